/**
 * The cross-page memory in Chromium with the built extension: the same wire
 * story served on www.menafn.com and then on www.kenyastar.com (both listed
 * sites, mapped to the local fixture server). The second page's reading view
 * and highlight chip say "This story also appeared on menafn.com (…)"; a site's
 * promo seen on three pages is flagged as its template on the fourth.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisReply } from '../../src/shared/messages';
import { FixtureServer, hook, launch, tabIdOf, waitReady, watchConsole, type Harness } from './harness';
import { articleParagraphs, newsPage, PROMO } from '../unit/memory-fixtures';

const server = new FixtureServer();
let h: Harness;
const story = articleParagraphs(42, 8);

beforeAll(async () => {
  server.page('/1109876/wire-story', newsPage({ host: 'www.menafn.com', path: '/1109876/wire-story', seed: 42, paragraphs: story, promo: null, title: 'Ministers meet over the harbour plan' }).html);
  server.page('/news/wire-story', newsPage({ host: 'www.kenyastar.com', path: '/news/wire-story', seed: 42, paragraphs: story, promo: null, title: 'Ministers meet over the harbour plan' }).html);
  for (let i = 1; i <= 4; i++) server.page(`/local/story-${i}`, newsPage({ host: 'www.nigeriasun.com', path: `/local/story-${i}`, seed: 100 + i }).html);
  await server.start();
  h = await launch(server, process.env.WINNOW_TEST_DIST ? { dist: process.env.WINNOW_TEST_DIST } : {});
  await h.context.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());
});
afterAll(async () => {
  await h?.close();
  await server.stop();
});

const extUrl = (path: string) => `chrome-extension://${h.extensionId}/${path}`;

async function openArticle(host: string, path: string): Promise<{ page: Page; tabId: number; errors: string[] }> {
  const page = await h.context.newPage();
  const errors = watchConsole(page);
  await page.goto(server.url(host, path));
  const tabId = await tabIdOf(h, page);
  await waitReady(h, tabId);
  return { page, tabId, errors };
}

async function openReader(tabId: number): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(extUrl(`src/popup/index.html?tab=${tabId}`));
  await page.waitForSelector('html[data-state]', { timeout: 20_000 });
  return page;
}

describe('a story seen on another site', () => {
  it('is noted in the reading view and the chip of the second site, not the first', async () => {
    const first = await openArticle('www.menafn.com', '/1109876/wire-story');
    const firstReader = await openReader(first.tabId);
    expect(await firstReader.getAttribute('html', 'data-state')).toBe('ready');
    expect(await firstReader.locator('.memory-note').count()).toBe(0);
    await firstReader.close();

    const second = await openArticle('www.kenyastar.com', '/news/wire-story');
    const reader = await openReader(second.tabId);
    expect(await reader.getAttribute('html', 'data-state')).toBe('ready');
    const note = reader.locator('.article-header .memory-note');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toBe('This story also appeared on menafn.com (just now).');
    const link = note.locator('a');
    expect(await link.textContent()).toBe('menafn.com');
    expect(await link.getAttribute('href')).toBe(server.url('www.menafn.com', '/1109876/wire-story'));
    // The article itself is all there: the memory notes the story, it does not remove it.
    expect(await reader.locator('.article-body p').count()).toBe(story.length);
    await reader.screenshot({ path: 'test-results/screenshots/memory-syndication-note.png' }).catch(() => undefined);

    // The highlight chip on the page says it too.
    const chipNote = second.page.locator('winnow-ui .chip .memory');
    await expect.poll(() => chipNote.textContent(), { timeout: 10_000 }).toBe('This story also appeared on menafn.com (just now).');
    expect(await chipNote.isVisible()).toBe(true);
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
    await reader.close();
    await first.page.close();
    await second.page.close();
  });
});

describe('a site\'s template learned from visits', () => {
  it('flags the promo on the fourth page and not before', async () => {
    const seen: { verdict: string; reasons: string[] }[] = [];
    for (let i = 1; i <= 4; i++) {
      const { page, tabId } = await openArticle('www.nigeriasun.com', `/local/story-${i}`);
      // The analysis reply waits for the page's report, so the next page sees this one.
      const reply = (await hook(h, 'analysis', tabId)) as AnalysisReply;
      const promo = reply.analysis.blocks.find((b) => b.text === PROMO)!;
      seen.push({ verdict: promo.verdict, reasons: promo.reasons.map((r) => r.message) });
      await page.close();
    }
    expect(seen.slice(0, 3).map((s) => s.verdict)).toEqual(['content', 'content', 'content']);
    expect(seen[3]).toEqual({ verdict: 'boilerplate', reasons: ['Appears on 3 pages of nigeriasun.com'] });
  });
});

describe('the options page', () => {
  it('shows the memory\'s size and sites, and forgets one site', async () => {
    const page = await h.context.newPage();
    const errors = watchConsole(page);
    await page.goto(extUrl('src/options/index.html'));
    await page.waitForSelector('html[data-state="ready"]');
    await expect.poll(() => page.locator('#memory-size').textContent()).toMatch(/^Using [\d.]+ KB\.$/);
    expect(await page.locator('#memory-tools').isVisible()).toBe(true);
    const sites = page.locator('#memory-sites li');
    await expect.poll(() => sites.allTextContents()).toEqual([
      expect.stringMatching(/^nigeriasun\.com \([\d.]+ KB\) Forget$/),
      expect.stringMatching(/^kenyastar\.com /),
      expect.stringMatching(/^menafn\.com /),
    ]);
    await page.getByRole('button', { name: 'Forget nigeriasun.com' }).click();
    await expect.poll(() => sites.count()).toBe(2);
    // Forgotten means forgotten: its next page starts learning afresh.
    const { page: article, tabId } = await openArticle('www.nigeriasun.com', '/local/story-4');
    const reply = (await hook(h, 'analysis', tabId)) as AnalysisReply;
    expect(reply.analysis.blocks.find((b) => b.text === PROMO)!.verdict).toBe('content');
    expect(errors).toEqual([]);
    await article.close();
    await page.close();
  });
});
