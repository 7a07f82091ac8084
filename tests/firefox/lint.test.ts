/** `web-ext lint` on the Firefox build: no errors, no warnings, no notices. */
import { describe, expect, it } from 'vitest';
import { ensureFirefoxBuild, lint } from './harness';

describe('web-ext lint --source-dir dist-firefox', () => {
  it('reports nothing', { timeout: 180_000 }, () => {
    const dir = ensureFirefoxBuild();
    const r = lint(dir);
    expect(r.messages).toEqual([]);
    expect(r.summary).toEqual({ errors: 0, notices: 0, warnings: 0 });
  });
});
