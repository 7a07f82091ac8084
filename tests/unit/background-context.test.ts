import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import { badgeText } from '../../src/background/badge';
import { isAutoSite, pageContextFor, siteOnChange } from '../../src/background/context';
import { ARTICLE_PAGES_ID, plannedRegistrations, sameRegistration, USER_SITES_ID } from '../../src/background/registration-plan';
import type { HighlightSummary } from '../../src/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...over }) as Settings;
const KS = 'https://www.kenyastar.com/news/1/x';

describe('pageContextFor', () => {
  it('runs by itself on listed sites, with the reader\'s look, sensitivity and that site\'s corrections', () => {
    const s = settings({
      highlightMode: 'collapse',
      sensitivity: 'thorough',
      corrections: { 'kenyastar.com': [{ fingerprint: 'ab'.repeat(8), action: 'keep' }], 'menafn.com': [] },
    });
    expect(pageContextFor(KS, 'listed', s)).toEqual({
      site: 'kenyastar.com',
      autoRun: true,
      mode: 'collapse',
      sensitivity: 'thorough',
      corrections: [{ fingerprint: 'ab'.repeat(8), action: 'keep' }],
    });
  });

  it('not on a paused or switched-off site, nor when highlighting is off globally', () => {
    expect(pageContextFor(KS, 'listed', settings({ pausedSites: ['kenyastar.com'] })).autoRun).toBe(false);
    expect(pageContextFor(KS, 'listed', settings({ siteOff: ['kenyastar.com'] })).autoRun).toBe(false);
    expect(pageContextFor(KS, 'listed', settings({ highlightOn: false })).autoRun).toBe(false);
  });

  it('a reader-added site counts as listed; an unknown one does not', () => {
    const url = 'https://blog.example.org/post';
    expect(pageContextFor(url, 'listed', settings()).autoRun).toBe(false);
    expect(pageContextFor(url, 'listed', settings({ enabledSites: ['example.org'] })).autoRun).toBe(true);
    expect(isAutoSite('https://notkenyastar.com/', settings())).toBe(false);
  });

  it('article pages only with the opt-in; on-demand scripts never start by themselves', () => {
    const url = 'https://blog.example.org/post';
    expect(pageContextFor(url, 'article', settings()).autoRun).toBe(false);
    expect(pageContextFor(url, 'article', settings({ allArticlePages: true })).autoRun).toBe(true);
    expect(pageContextFor(url, 'article', settings({ allArticlePages: true, pausedSites: ['example.org'] })).autoRun).toBe(false);
    expect(pageContextFor(KS, 'demand', settings()).autoRun).toBe(false);
  });

  it('pages without a site (IP addresses) have no corrections', () => {
    const c = pageContextFor('http://127.0.0.1:8080/a', 'article', settings({ allArticlePages: true }));
    expect(c.site).toBeNull();
    expect(c.corrections).toEqual([]);
    expect(c.autoRun).toBe(true);
  });
});

describe('siteOnChange', () => {
  it('off adds the site once; on removes it from off and paused', () => {
    const s = settings({ siteOff: ['a.com'], pausedSites: ['b.com', 'kenyastar.com'] });
    expect(siteOnChange(s, 'kenyastar.com', false)).toEqual({ siteOff: ['a.com', 'kenyastar.com'], pausedSites: ['b.com', 'kenyastar.com'] });
    expect(siteOnChange(settings({ siteOff: ['kenyastar.com'] }), 'kenyastar.com', false).siteOff).toEqual(['kenyastar.com']);
    expect(siteOnChange(s, 'kenyastar.com', true)).toEqual({ siteOff: ['a.com'], pausedSites: ['b.com'] });
  });
});

describe('plannedRegistrations', () => {
  const files = { listed: 'l.js', article: 'a.js' };
  const broad = ['https://*/*', 'http://*/*'];

  it('nothing by default', () => {
    expect(plannedRegistrations(settings(), ['*://*.menafn.com/*'], [], files)).toEqual([]);
  });

  it('added sites whose access was granted run the listed-site script', () => {
    const r = plannedRegistrations(settings({ enabledSites: ['example.org'] }), ['*://*.example.org/*'], ['*://*.example.org/*'], files);
    expect(r).toEqual([{ id: USER_SITES_ID, matches: ['*://*.example.org/*'], js: ['l.js'], runAt: 'document_idle', allFrames: false }]);
  });

  it('"all article pages" runs the article script on granted origins, never on listed or added sites', () => {
    const r = plannedRegistrations(settings({ allArticlePages: true }), ['*://*.menafn.com/*', ...broad], [], files);
    expect(r).toHaveLength(1);
    expect(r[0]!.id).toBe(ARTICLE_PAGES_ID);
    expect(r[0]!.matches).toEqual(broad);
    expect(r[0]!.excludeMatches).toContain('*://*.menafn.com/*');
    expect(r[0]!.js).toEqual(['a.js']);
    // Opted in but no broad access granted (yet): nothing to register.
    expect(plannedRegistrations(settings({ allArticlePages: true }), ['*://*.menafn.com/*'], [], files)).toEqual([]);
  });

  it('compares registrations regardless of pattern order', () => {
    const a = { id: 'x', matches: ['b', 'a'], js: ['f'], runAt: 'document_idle' as const };
    expect(sameRegistration(a, { ...a, matches: ['a', 'b'] })).toBe(true);
    expect(sameRegistration(a, { ...a, js: ['g'] })).toBe(false);
  });
});

describe('badgeText', () => {
  const s = (over: Partial<HighlightSummary>): HighlightSummary => ({
    on: true,
    duplicate: 0,
    boilerplate: 0,
    marked: 0,
    mode: 'tint',
    firstHighlightMs: null,
    ...over,
  });
  it('is the number of flagged blocks, empty when off or none', () => {
    expect(badgeText(s({ duplicate: 8, boilerplate: 31 }))).toBe('39');
    expect(badgeText(s({ duplicate: 8, on: false }))).toBe('');
    expect(badgeText(s({}))).toBe('');
    expect(badgeText(null)).toBe('');
    expect(badgeText(s({ boilerplate: 5000 }))).toBe('999+');
  });
});
