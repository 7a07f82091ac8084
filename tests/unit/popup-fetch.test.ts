import { describe, expect, it, vi } from 'vitest';
import { classifyUrl, fetchAnalysis, parseAnalysisReply, type FetchDeps } from '../../src/popup/fetch-analysis';
import { makeAnalysis } from './reader-fixtures';

const good = makeAnalysis([{ text: 'Body text.' }, { text: 'Menu', verdict: 'boilerplate' }]);
const empty = makeAnalysis([{ text: 'Menu', verdict: 'boilerplate' }]);

function deps(over: Partial<FetchDeps> = {}): FetchDeps {
  return {
    getTab: async (id) => ({ id, url: 'https://www.kenyastar.com/news/1' }),
    sendMessage: async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },
    snapshot: async () => ({ url: 'https://www.kenyastar.com/news/1', html: '<p>x</p>', contentType: 'text/html' }),
    analyzeSnapshot: async () => good,
    timeoutMs: 50,
    ...over,
  };
}

describe('fetchAnalysis', () => {
  it('uses the content script’s cached analysis when it answers', async () => {
    const snapshot = vi.fn();
    const r = await fetchAnalysis(7, deps({ sendMessage: async () => ({ url: 'https://x.com/a', ...good }), snapshot }));
    expect(r).toMatchObject({ ok: true, via: 'content-script', url: 'https://x.com/a' });
    expect(r.ok && r.blocks.length).toBe(2);
    expect(snapshot).not.toHaveBeenCalled();
  });

  it('asks with the agreed message', async () => {
    const send = vi.fn(async () => ({ url: 'u', ...good }));
    await fetchAnalysis(3, deps({ sendMessage: send }));
    expect(send).toHaveBeenCalledWith(3, { type: 'winnow/get-analysis' });
  });

  it('injects the content script on demand, then asks again', async () => {
    let injected = false;
    const r = await fetchAnalysis(
      1,
      deps({
        injectContentScript: async () => (injected = true),
        sendMessage: async () => {
          if (!injected) throw new Error('no receiver');
          return { url: 'u', ...good };
        },
      }),
    );
    expect(r).toMatchObject({ ok: true, via: 'content-script' });
  });

  it('falls back to a page snapshot analysed locally', async () => {
    const r = await fetchAnalysis(1, deps());
    expect(r).toMatchObject({ ok: true, via: 'snapshot', url: 'https://www.kenyastar.com/news/1' });
  });

  it('falls back when the content script does not answer in time', async () => {
    const r = await fetchAnalysis(1, deps({ sendMessage: () => new Promise(() => {}) }));
    expect(r).toMatchObject({ ok: true, via: 'snapshot' });
  });

  it('ignores a malformed reply rather than rendering it', async () => {
    const r = await fetchAnalysis(1, deps({ sendMessage: async () => ({ analysis: { blocks: [{ id: 'x' }] } }) }));
    expect(r).toMatchObject({ ok: true, via: 'snapshot' });
  });

  it('says plainly when there is nothing to read', async () => {
    const cases: [Partial<FetchDeps>, string][] = [
      [{ getTab: async () => null }, 'no-tab'],
      [{ getTab: async (id) => ({ id, url: 'chrome://settings/' }) }, 'restricted'],
      [{ getTab: async (id) => ({ id, url: 'https://chromewebstore.google.com/detail/x' }) }, 'restricted'],
      [{ getTab: async (id) => ({ id, url: 'https://example.com/report.pdf' }) }, 'pdf'],
      [{ snapshot: async () => ({ url: 'https://e.com/x', html: '', contentType: 'application/pdf' }) }, 'pdf'],
      [{ snapshot: async () => ({ url: 'https://e.com/x.png', html: '', contentType: 'image/png' }) }, 'not-html'],
      [{ snapshot: async () => Promise.reject(new Error('Cannot access contents of url "chrome://newtab/".')) }, 'restricted'],
      [{ snapshot: async () => Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')) }, 'no-permission'],
      [{ snapshot: async () => Promise.reject(new Error('The extensions gallery cannot be scripted.')) }, 'restricted'],
      [{ snapshot: async () => Promise.reject(new Error('Missing host permission for the tab')) }, 'no-permission'],
      [{ analyzeSnapshot: async () => empty }, 'empty'],
      [{ sendMessage: async () => ({ url: 'u', ...empty }) }, 'empty'],
      [{ analyzeSnapshot: async () => Promise.reject(new Error('boom')) }, 'error'],
    ];
    for (const [over, reason] of cases) {
      expect(await fetchAnalysis(1, deps(over)), reason).toMatchObject({ ok: false, reason });
    }
  });
});

describe('classifyUrl', () => {
  it('knows the pages an extension may not script', () => {
    expect(classifyUrl('about:blank')).toBe('restricted');
    expect(classifyUrl('edge://settings')).toBe('restricted');
    expect(classifyUrl('view-source:https://a.com')).toBe('restricted');
    expect(classifyUrl('https://a.com/news')).toBeNull();
    expect(classifyUrl(undefined)).toBeNull();
  });
});

describe('parseAnalysisReply', () => {
  it('keeps only well-formed blocks and tolerates a reply without blocks', () => {
    const r = parseAnalysisReply({ url: 'u', analysis: good.analysis, blocks: [good.blocks[0], { id: 1 }] });
    expect(r?.blocks.length).toBe(1);
    expect(parseAnalysisReply({ url: 'u', analysis: good.analysis })?.blocks).toEqual([]);
    expect(parseAnalysisReply(null)).toBeNull();
    expect(parseAnalysisReply({ analysis: { ...good.analysis, title: 5 } })).toBeNull();
  });
});
