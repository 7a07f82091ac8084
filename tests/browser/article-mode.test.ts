/**
 * Where Winnow runs without being asked: listed sites only by default; with
 * the "all article pages" opt-in, any granted origin whose page looks like an
 * article — never a page that is neither listed nor an article. Elsewhere it
 * runs only when asked (here: the keyboard command's handler).
 *
 * The test build's extra host access to http://127.0.0.1 stands in for the
 * broad permission the options page requests when the reader opts in.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { browserSession, MENAFN, NOT_AN_ARTICLE, setSettings, traces } from './fixtures';
import { hook, serialise, waitReady, type Harness } from './harness';

const session = browserSession((server) => {
  server.page('/news/2025/lavrov-story', readFileSync(MENAFN.file, 'utf8'));
  server.page('/plain/notes', NOT_AN_ARTICLE.replace('Example Daily — Home', 'Notes'));
});
let h: Harness;
beforeAll(() => {
  h = session.h;
});

/** Pages here are served at 127.0.0.1: not a listed host. */
const open = (path: string) => session.open('127.0.0.1', path);

async function registeredIds(): Promise<string[]> {
  return (await hook(h, 'registered')).map((r) => r.id).sort();
}

it('by default an unlisted page gets no content script and is left untouched', async () => {
  for (const path of ['/section/world', '/news/2025/lavrov-story']) {
    const { page, tab, errors } = await open(path);
    const html = await serialise(page);
    await page.waitForTimeout(800);
    expect(await hook(h, 'ping', tab)).toBeNull();
    expect(await traces(page)).toEqual({ hosts: 0, attrs: 0, adopted: 0 });
    expect(await serialise(page)).toBe(html);
    expect(errors).toEqual([]);
  }
});

it('elsewhere it runs when asked (keyboard command → on-demand injection)', async () => {
  const { page, tab, errors } = await open('/news/2025/lavrov-story');
  const html = await serialise(page);
  const on = await hook(h, 'command', tab);
  expect(on?.on).toBe(true);
  expect((await traces(page)).hosts).toBe(1);
  const off = await hook(h, 'command', tab);
  expect(off?.on).toBe(false);
  expect(await serialise(page)).toBe(html);
  expect(errors).toEqual([]);
});

it('"all article pages": articles are highlighted, a page that is not an article is left untouched', async () => {
  await setSettings(h, { allArticlePages: true });
  await expect.poll(registeredIds, { timeout: 10_000 }).toEqual(['winnow-article-pages']);
  const reg = (await hook(h, 'registered')).find((r) => r.id === 'winnow-article-pages') as {
    matches: string[];
    excludeMatches?: string[];
  };
  expect(reg.matches).toEqual(['http://127.0.0.1/*']);
  expect(reg.excludeMatches).toContain('*://*.menafn.com/*');

  const article = await open('/news/2025/lavrov-story');
  const summary = await waitReady(h, article.tab);
  expect(summary.on).toBe(true);
  expect((await traces(article.page)).hosts).toBe(1);
  expect(article.errors).toEqual([]);

  for (const path of ['/', '/section/world', '/plain/notes']) {
    const { page, tab, errors } = await open(path);
    const html = await serialise(page);
    await page.waitForTimeout(800);
    const s = await hook(h, 'ping', tab);
    expect(s?.on).toBe(false); // the script is there, and decided to do nothing
    expect(await traces(page)).toEqual({ hosts: 0, attrs: 0, adopted: 0 });
    expect(await serialise(page)).toBe(html);
    expect(errors).toEqual([]);
  }

  await setSettings(h, { allArticlePages: false });
  await expect.poll(registeredIds, { timeout: 10_000 }).toEqual([]);
});
