/**
 * Build flags. `__WINNOW_TEST__` is replaced by vite (`define`); under vitest
 * it is undefined, hence the typeof guard. In the shipped build the constant
 * folds to false and every `if (TEST_BUILD)` branch is dropped.
 */
declare const __WINNOW_TEST__: boolean | undefined;

export const TEST_BUILD: boolean = typeof __WINNOW_TEST__ !== 'undefined' && __WINNOW_TEST__ === true;
