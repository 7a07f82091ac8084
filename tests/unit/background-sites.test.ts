import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import { normalizeSite } from '../../src/shared/settings';
import { hostPattern, hostWithin, siteOf } from '../../src/shared/site';
import { NEWS_SITES } from '../../src/sites/news-sites';
import { expandSiteMarkers, listedSiteFor, SITES_MARKER } from '../../src/sites/patterns';

const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

describe('the curated site list', () => {
  const hosts = NEWS_SITES.map((s) => s.host);

  it('is valid host names, lower-case, without duplicates or entries under another entry', () => {
    for (const h of hosts) expect(h, h).toMatch(HOST);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const a of hosts) for (const b of hosts) if (a !== b) expect(hostWithin(a, b), `${a} under ${b}`).toBe(false);
  });

  it('names MENAFN and the Big News Network family, and wires', () => {
    for (const h of ['menafn.com', 'kenyastar.com', 'bignewsnetwork.com', 'nigeriasun.com', 'zimbabwestar.com', 'sierraleonetimes.com']) {
      expect(hosts).toContain(h);
    }
    expect(NEWS_SITES.find((s) => s.host === 'kenyastar.com')?.group).toBe('syndication');
    expect(NEWS_SITES.filter((s) => s.group === 'wire').map((s) => s.host)).toEqual(expect.arrayContaining(['reuters.com', 'apnews.com', 'afp.com']));
    // A look-alike that is not part of the family.
    expect(hosts).not.toContain('ghanastar.com');
  });

  it('every entry is a registrable domain, or a section host of a portal', () => {
    for (const s of NEWS_SITES) {
      const site = siteOf(s.host);
      expect(site, s.host).not.toBeNull();
      if (site !== s.host) expect(['news.yahoo.com', 'finance.yahoo.com', 'abcnews.go.com', 'timesofindia.indiatimes.com', 'economictimes.indiatimes.com']).toContain(s.host);
    }
  });

  it('finds the listed site for any subdomain, never for a look-alike suffix', () => {
    expect(listedSiteFor('www.kenyastar.com')?.host).toBe('kenyastar.com');
    expect(listedSiteFor('kenyastar.com')?.host).toBe('kenyastar.com');
    expect(listedSiteFor('notkenyastar.com')).toBeNull();
    expect(listedSiteFor('kenyastar.com.evil.example')).toBeNull();
  });

  it('expands the manifest marker and nothing else', () => {
    const m = expandSiteMarkers(
      { host_permissions: [SITES_MARKER, 'https://x.example/*'], content_scripts: [{ matches: [SITES_MARKER], js: ['a.js'] }] },
      ['*://*.a.com/*', '*://*.b.com/*'],
    );
    expect(m.host_permissions).toEqual(['*://*.a.com/*', '*://*.b.com/*', 'https://x.example/*']);
    expect(m.content_scripts[0]).toEqual({ matches: ['*://*.a.com/*', '*://*.b.com/*'], js: ['a.js'] });
  });
});

describe('siteOf', () => {
  it('is the registrable domain, so www.kenyastar.com and kenyastar.com are one site', () => {
    expect(siteOf('https://www.kenyastar.com/news/1')).toBe('kenyastar.com');
    expect(siteOf('http://kenyastar.com:8080/x')).toBe('kenyastar.com');
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('https://news.yahoo.com/')).toBe('yahoo.com');
  });

  it('has no site for IPs, local names and non-web URLs', () => {
    for (const x of ['http://127.0.0.1:3000/', 'http://[::1]/', 'http://localhost/', 'chrome://extensions', 'file:///tmp/a.html', '', null]) {
      expect(siteOf(x as string | null), String(x)).toBeNull();
    }
  });

  it('agrees with the settings\' normalizeSite (one key for every surface)', () => {
    for (const h of ['www.kenyastar.com', 'm.menafn.com', 'news.bbc.co.uk', 'abcnews.go.com', 'a.b.c.nigeriasun.com']) {
      expect(siteOf(h)).toBe(normalizeSite(h));
    }
  });

  it('builds one pattern per host, covering subdomains and both schemes', () => {
    expect(hostPattern('menafn.com')).toBe('*://*.menafn.com/*');
  });
});
