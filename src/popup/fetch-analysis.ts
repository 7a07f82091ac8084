/**
 * Getting the analysis of a tab, cheapest way first:
 *   1. ask the tab's content script for the analysis it already made
 *      (`winnow/get-analysis`) — instant, and its block ids let "show on page"
 *      work;
 *   2. otherwise inject the content script on demand (if the extension
 *      provides one) and ask again;
 *   3. otherwise take a snapshot of the page's HTML with a self-contained
 *      injected function and analyse it here (no "show on page" then).
 * Where none of this can work (browser pages, PDFs, no permission, nothing
 * readable) the result says why, in words a reader understands.
 *
 * Every browser call goes through `FetchDeps`, so the logic is unit-tested
 * without an extension.
 */
import { t } from '../shared/i18n';
import type { Analysis, Block, Verdict } from '../engine/types';
import { isMemoryNote } from '../memory/client';
import type { MemoryNote } from '../memory/types';

export type NothingReason = 'restricted' | 'pdf' | 'no-permission' | 'no-tab' | 'empty' | 'not-html' | 'error';

export type FetchResult =
  | {
      ok: true;
      /** 'content-script' when the page's own content script answered (its block ids address page elements). */
      via: 'content-script' | 'snapshot';
      analysis: Analysis;
      blocks: Block[];
      url: string | null;
      /** The cross-page memory's note (other sites that carried the story), when the content script had one. */
      memory?: MemoryNote;
    }
  | { ok: false; reason: NothingReason; detail?: string };

export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
}

export interface PageSnapshot {
  url: string;
  html: string;
  contentType: string;
}

export interface FetchDeps {
  getTab(tabId: number): Promise<TabInfo | null>;
  /** tabs.sendMessage; rejects when no content script listens. */
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
  /** Inject the extension's on-demand content script, if there is one; false when there is none. */
  injectContentScript?(tabId: number): Promise<boolean>;
  /** Run `snapshotPage` in the tab (scripting.executeScript with `func`). */
  snapshot(tabId: number): Promise<PageSnapshot | null>;
  /** Analyse a snapshot locally (DOMParser + segmenter + engine). */
  analyzeSnapshot(snapshot: PageSnapshot): Promise<{ analysis: Analysis; blocks: Block[] }>;
  /** How long to wait for a content script's answer before falling back. */
  timeoutMs?: number;
}

/** Nothing the extension may script: browser UI, other extensions, stores, view-source. */
const RESTRICTED_URL =
  /^(chrome|chrome-extension|chrome-untrusted|chrome-search|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|extension):/i;
const STORE_URL = /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/i;

export function classifyUrl(url: string | undefined): NothingReason | null {
  if (!url) return null;
  if (RESTRICTED_URL.test(url) || STORE_URL.test(url)) return 'restricted';
  if (/^(data|blob|javascript):/i.test(url)) return 'restricted';
  if (/\.pdf([?#]|$)/i.test(url)) return 'pdf';
  return null;
}

const notice = (key: string) => ({ title: t(`notice${key}Title`), body: t(`notice${key}Body`) });

/** What the reading view says instead of an article (messages notice<Reason>Title / …Body). */
export const NOTHING_TEXT: Record<NothingReason, { title: string; body: string }> = {
  restricted: notice('Restricted'),
  pdf: notice('Pdf'),
  'not-html': notice('NotHtml'),
  'no-permission': notice('NoPermission'),
  'no-tab': notice('NoTab'),
  empty: notice('Empty'),
  error: notice('Error'),
};

export async function fetchAnalysis(tabId: number, deps: FetchDeps): Promise<FetchResult> {
  const tab = await deps.getTab(tabId).catch(() => null);
  if (!tab) return { ok: false, reason: 'no-tab' };
  const urlProblem = classifyUrl(tab.url);
  if (urlProblem) return { ok: false, reason: urlProblem };

  const fromScript = await askContentScript(tabId, deps);
  if (fromScript) return finish(fromScript);

  if (deps.injectContentScript) {
    const injected = await deps.injectContentScript(tabId).catch(() => false);
    if (injected) {
      const again = await askContentScript(tabId, deps);
      if (again) return finish(again);
    }
  }

  let snap: PageSnapshot | null;
  try {
    snap = await deps.snapshot(tabId);
  } catch (e) {
    return { ok: false, reason: scriptingError(e), detail: errorText(e) };
  }
  if (!snap) return { ok: false, reason: 'error' };
  const urlProblem2 = classifyUrl(snap.url);
  if (urlProblem2) return { ok: false, reason: urlProblem2 };
  if (/pdf/i.test(snap.contentType)) return { ok: false, reason: 'pdf' };
  if (!/html|xml/i.test(snap.contentType)) return { ok: false, reason: 'not-html' };
  try {
    const { analysis, blocks } = await deps.analyzeSnapshot(snap);
    return finish({ via: 'snapshot', analysis, blocks, url: snap.url });
  } catch (e) {
    return { ok: false, reason: 'error', detail: errorText(e) };
  }
}

type Found = Extract<FetchResult, { ok: true }>;

function finish(found: Omit<Found, 'ok'>): FetchResult {
  const hasContent = found.analysis.blocks.some((b) => b.verdict === 'content' && b.text.trim());
  return hasContent ? { ok: true, ...found } : { ok: false, reason: 'empty' };
}

async function askContentScript(tabId: number, deps: FetchDeps): Promise<Omit<Found, 'ok'> | null> {
  let reply: unknown;
  try {
    reply = await withTimeout(deps.sendMessage(tabId, { type: 'winnow/get-analysis' }), deps.timeoutMs ?? 4000);
  } catch {
    return null; // no content script in the tab (or it did not answer in time)
  }
  const parsed = parseAnalysisReply(reply);
  return parsed ? { via: 'content-script', ...parsed } : null;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}

/** Map what scripting.executeScript throws to a reason a reader understands. */
function scriptingError(e: unknown): NothingReason {
  const msg = errorText(e);
  // Chrome: "Cannot access contents of the page. Extension manifest must request permission to access the respective host."
  if (/must request permission|host permission|permission to access/i.test(msg)) return 'no-permission';
  // Chrome: "Cannot access a chrome:// URL", "The extensions gallery cannot be scripted."
  if (/cannot access|cannot be scripted|extensions gallery|chrome:\/\/|restricted/i.test(msg)) return 'restricted';
  if (/permission/i.test(msg)) return 'no-permission';
  if (/no tab|tab was closed|frame with id 0 was removed|no frame/i.test(msg)) return 'no-tab';
  if (/error page/i.test(msg)) return 'empty';
  return 'error';
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

// --- validating what comes back --------------------------------------------------

const VERDICTS: readonly Verdict[] = ['content', 'duplicate', 'boilerplate', 'meta'];
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strOrNull = (v: unknown) => v === null || v === undefined || typeof v === 'string';

/**
 * Check the content script's reply before rendering it. The renderer is safe
 * with any strings; this is about shape (a content script of another version,
 * a half-finished analysis) so the view fails plainly instead of throwing.
 */
export function parseAnalysisReply(raw: unknown): { analysis: Analysis; blocks: Block[]; url: string | null; memory?: MemoryNote } | null {
  if (!isObj(raw) || !isObj(raw.analysis)) return null;
  const a = raw.analysis;
  if (!Array.isArray(a.blocks)) return null;
  for (const b of a.blocks) {
    if (!isObj(b) || typeof b.id !== 'number' || typeof b.text !== 'string' || !VERDICTS.includes(b.verdict as Verdict)) return null;
  }
  for (const k of ['title', 'byline', 'publishedTime', 'siteName', 'source', 'lang'] as const) if (!strOrNull(a[k])) return null;
  const blocks = Array.isArray(raw.blocks)
    ? (raw.blocks as unknown[]).filter(
        (b): b is Block => isObj(b) && typeof b.id === 'number' && Array.isArray(b.links) && Array.isArray(b.images),
      )
    : [];
  const parsed: { analysis: Analysis; blocks: Block[]; url: string | null; memory?: MemoryNote } = {
    analysis: a as unknown as Analysis,
    blocks,
    url: typeof raw.url === 'string' ? raw.url : null,
  };
  if (isMemoryNote(raw.memory)) parsed.memory = raw.memory;
  return parsed;
}

// --- the injected function ----------------------------------------------------------

/**
 * Runs INSIDE the page (scripting.executeScript `func`), so it must be
 * self-contained: no imports, no closure. It only reads; the HTML is parsed
 * later in the extension page with DOMParser, where scripts never run.
 */
export function snapshotPage(): { url: string; html: string; contentType: string } {
  const MAX = 8_000_000;
  const html = document.documentElement ? document.documentElement.outerHTML : '';
  return { url: location.href, html: html.length > MAX ? html.slice(0, MAX) : html, contentType: document.contentType };
}
