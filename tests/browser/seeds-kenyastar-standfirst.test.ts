/**
 * The Kenya Star standfirst sits in its own box beside the article body: it is content.
 * (A box holding one paragraph next to the article reads as a paragraph.)
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { KENYASTAR } from './fixtures';
import { FixtureServer, launch, tabIdOf, waitReady, type Harness } from './harness';

const server = new FixtureServer();
let h: Harness;

beforeAll(async () => {
  server.page(KENYASTAR.path, readFileSync(KENYASTAR.file, 'utf8'));
  await server.start();
  h = await launch(server);
});

afterAll(async () => {
  await h?.close();
  await server.stop();
});

it('Kenya Star: the standfirst is content, so it carries no mark (its teaser copy below does)', async () => {
  const page = await h.context.newPage();
  await page.goto(server.url(KENYASTAR.host, KENYASTAR.path));
  await waitReady(h, await tabIdOf(h, page));
  expect(await page.locator('.standfirst p').getAttribute('data-winnow')).toBeNull();
  const teaser = page.locator('.teaser-text', { hasText: 'Moscow will honor all its commitments' });
  expect(['duplicate', 'boilerplate']).toContain(await teaser.getAttribute('data-winnow'));
});
