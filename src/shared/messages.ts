/**
 * Every message that crosses between Winnow's contexts (service worker,
 * content script, popup, options page) is defined here, and checked on receipt
 * with `isMessage` before anything acts on it. A message that fails the check
 * is dropped: content scripts run beside untrusted pages, so the shape of what
 * arrives is never assumed.
 *
 * Conventions: `type` is 'winnow/<noun-or-verb>'; a request that expects an
 * answer names its reply type next to it (…Reply). Senders that need the tab
 * or the site read them from the runtime's `sender`, never from the message.
 */
import type { Analysis, Block, Correction, Sensitivity } from '../engine/types';
import type { MemoryNote, RecordedBlock } from '../memory/types';
import { isAnalyzeRequestBody, type AnalyzeRequest } from './engine-wire';

export type FlagVerdict = 'duplicate' | 'boilerplate';
export type HighlightLook = 'tint' | 'collapse';

/** How the content script got into the page; decides whether it may start by itself. */
export type Trigger = 'listed' | 'article' | 'demand';

/** What the content script reports about its page (badge, popup, tests). */
export interface HighlightSummary {
  on: boolean;
  /** Flagged blocks by verdict, from the latest analysis (0 when off). */
  duplicate: number;
  boilerplate: number;
  /** Page elements that carry a mark right now. */
  marked: number;
  mode: HighlightLook;
  /** Milliseconds from navigation start to the first marks (null until then). */
  firstHighlightMs: number | null;
  /** Where the time went, in ms (context, analysis, marking, longest slice …). */
  timings?: Record<string, number>;
  /** Test builds only: errors the content script caught instead of letting them reach the page. */
  errors?: string[];
}

/** What the service worker tells a content script about its page. */
export interface PageContext {
  /** Registrable domain, or null (IP addresses, local hosts). */
  site: string | null;
  /**
   * May highlighting start by itself, given how the script got here? For
   * 'listed': the site is curated or added, not paused, not turned off. For
   * 'article': the "all article pages" mode is on and the site is not paused or
   * off (the content script still checks that the page looks like an article).
   * Never for 'demand'.
   */
  autoRun: boolean;
  mode: HighlightLook;
  sensitivity: Sensitivity;
  corrections: Correction[];
}

export type Message =
  // content → service worker
  | { type: 'winnow/page-context'; trigger: Trigger } // reply: PageContext
  | { type: 'winnow/state'; summary: HighlightSummary }
  | { type: 'winnow/open-reader' }
  | { type: 'winnow/correct'; fingerprint: string; action: Correction['action'] } // reply: OkReply
  | { type: 'winnow/site-on'; on: boolean } // remember on/off for the sender's site; reply: OkReply
  | AnalyzeRequest // run the engine on these blocks (src/shared/engine-wire.ts); reply: Analysis
  | { type: 'winnow/memory-view'; url: string } // the site's template before analysis; reply: MemoryViewReply | null
  | { type: 'winnow/memory-record'; url: string; blocks: RecordedBlock[] } // after analysis; reply: MemoryRecordReply
  // options page → service worker (checked: extension pages only)
  | { type: 'winnow/memory-admin'; op: MemoryAdminOp; site?: string; json?: string }
  // service worker / popup → content
  | { type: 'winnow/ping' } // reply: HighlightSummary
  | { type: 'winnow/toggle'; on?: boolean } // reply: HighlightSummary
  | { type: 'winnow/get-analysis' } // reply: AnalysisReply
  | { type: 'winnow/reveal'; blockId: number } // reply: OkReply
  // test builds only (the handlers are compiled out of the shipped build)
  | { type: 'winnow/test-force'; marks: ForcedMark[] }; // reply: HighlightSummary

/** What the options page asks of the memory (src/memory/background.ts answers). */
export type MemoryAdminOp = 'size' | 'sites' | 'problems' | 'forget' | 'forget-site' | 'export' | 'import';
export const MEMORY_ADMIN_OPS: readonly MemoryAdminOp[] = ['size', 'sites', 'problems', 'forget', 'forget-site', 'export', 'import'];

export interface ForcedMark {
  selector: string;
  verdict: FlagVerdict;
}

export interface OkReply {
  ok: boolean;
  error?: string;
}

export interface AnalysisReply {
  url: string;
  analysis: Analysis;
  /**
   * The segmenter's blocks (at least the `content` ones), with their links and
   * images: the reading view rebuilds links and figures from them. Without it
   * the view still shows the text, just no links or images.
   */
  blocks?: Block[];
  /** What the cross-page memory knew of the page (other sites that carried the story), when it answered in time. */
  memory?: MemoryNote;
}

export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

// --- validation ----------------------------------------------------------------

type Check = (m: Record<string, unknown>) => boolean;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e9;
const isVerdict = (v: unknown): v is FlagVerdict => v === 'duplicate' || v === 'boilerplate';

export function isHighlightSummary(v: unknown): v is HighlightSummary {
  return (
    isObj(v) &&
    typeof v.on === 'boolean' &&
    isCount(v.duplicate) &&
    isCount(v.boilerplate) &&
    isCount(v.marked) &&
    (v.mode === 'tint' || v.mode === 'collapse') &&
    (v.firstHighlightMs === null || (typeof v.firstHighlightMs === 'number' && Number.isFinite(v.firstHighlightMs))) &&
    (v.timings === undefined ||
      (isObj(v.timings) && Object.values(v.timings).every((x) => typeof x === 'number' && Number.isFinite(x)))) &&
    (v.errors === undefined || (Array.isArray(v.errors) && v.errors.every((x) => typeof x === 'string')))
  );
}

const CHECKS: Record<MessageType, Check> = {
  'winnow/page-context': (m) => m.trigger === 'listed' || m.trigger === 'article' || m.trigger === 'demand',
  'winnow/state': (m) => isHighlightSummary(m.summary),
  'winnow/open-reader': () => true,
  'winnow/correct': (m) =>
    typeof m.fingerprint === 'string' &&
    /^[0-9a-f]{8,64}$/.test(m.fingerprint) &&
    (m.action === 'keep' || m.action === 'flag'),
  'winnow/site-on': (m) => typeof m.on === 'boolean',
  'winnow/analyze': isAnalyzeRequestBody,
  'winnow/memory-view': (m) => typeof m.url === 'string' && m.url.length < 8192,
  'winnow/memory-record': (m) =>
    typeof m.url === 'string' &&
    m.url.length < 8192 &&
    Array.isArray(m.blocks) &&
    m.blocks.length <= 2000 &&
    m.blocks.every(
      (b) =>
        isObj(b) &&
        typeof b.fp === 'string' &&
        /^[0-9a-f]{16}$/.test(b.fp) &&
        typeof b.article === 'boolean' &&
        (b.text === undefined || (typeof b.text === 'string' && b.text.length <= 20_000)),
    ),
  'winnow/memory-admin': (m) =>
    (MEMORY_ADMIN_OPS as readonly unknown[]).includes(m.op) &&
    (m.site === undefined || (typeof m.site === 'string' && m.site.length <= 300)) &&
    (m.json === undefined || typeof m.json === 'string'),
  'winnow/ping': () => true,
  'winnow/toggle': (m) => m.on === undefined || typeof m.on === 'boolean',
  'winnow/get-analysis': () => true,
  'winnow/reveal': (m) => isCount(m.blockId),
  'winnow/test-force': (m) =>
    Array.isArray(m.marks) &&
    m.marks.length <= 1000 &&
    m.marks.every((x) => isObj(x) && typeof x.selector === 'string' && x.selector.length < 500 && isVerdict(x.verdict)),
};

/** True when `x` is a well-formed Winnow message (type known, fields of the right shape). */
export function isMessage(x: unknown): x is Message {
  if (!isObj(x) || typeof x.type !== 'string') return false;
  const check = Object.prototype.hasOwnProperty.call(CHECKS, x.type) ? CHECKS[x.type as MessageType] : undefined;
  return check ? check(x) : false;
}

/** Narrow to one message type after validation. */
export function isMessageOf<T extends MessageType>(x: unknown, type: T): x is MessageOf<T> {
  return isMessage(x) && x.type === type;
}
