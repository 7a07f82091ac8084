export { TEST_BUILD } from '../content/env';
