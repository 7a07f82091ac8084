/**
 * The content script's conductor: decides whether to start, runs the
 * analysis in slices, keeps the marks, the chip and the tooltip in step with
 * the page, and takes it all away again. Each job it delegates lives in its
 * own module (highlight, page-style, host, chip, tooltip, hover, observer,
 * scheduler, messaging); this file only sequences them.
 *
 * Every entry point (boot, messages, events, timers) is wrapped so that an
 * error stays here: the page's console never sees Winnow.
 */
import { SegmentJob, segmentDocument, type Segmentation } from '../dom/segment';
import { fingerprint } from '../engine/normalize';
import type { Analysis, BlockResult, Correction } from '../engine/types';
import type { MemoryNote } from '../memory/types';
import type {
  AnalysisReply,
  ForcedMark,
  HighlightLook,
  HighlightSummary,
  Message,
  OkReply,
  PageContext,
  Trigger,
} from '../shared/messages';
import { MemoryClient } from '../memory/client';
import { syndicationText } from '../memory/note';
import { looksLikeArticle, readArticleSignals } from './article-check';
import { reasonText, t } from '../shared/i18n';
import { Chip } from './chip';
import { analyzeInWorker } from './engine-client';
import { TEST_BUILD } from './env';
import { ATTR, ATTR_CURRENT, ATTR_FLASH, Highlighter, planMarks, type Mark } from './highlight';
import { Host } from './host';
import { HoverTips } from './hover';
import { fetchContext, listen, onStoredSettingsChanged, send } from './messaging';
import { PageWatcher, type ChangeKind, urlKey } from './observer';
import { PageStyle } from './page-style';
import { forEachSliced, newSliceStats, recordSlice, timed, yieldToEventLoop, type SliceStats } from './scheduler';
import { Tooltip } from './tooltip';

/** How long one slice of reading the page may run before the page gets the main thread back. */
const SEGMENT_SLICE_MS = 5;

const DEFAULT_CONTEXT: PageContext = {
  site: null,
  autoRun: false,
  mode: 'tint',
  sensitivity: 'balanced',
  corrections: [],
};

interface Result {
  analysis: Analysis;
  segmentation: Segmentation;
  url: string;
}

type RefreshKind = ChangeKind | 'start' | 'settings';

export class Controller {
  private on = false;
  /** Who turned highlighting on: the page's own rules, or the reader (a command, the chip, the popup). */
  private startedBy: 'auto' | 'reader' | null = null;
  /** The reader switched it off on this page: settings changes must not switch it back on. */
  private readerOff = false;
  private ctx: PageContext = DEFAULT_CONTEXT;
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private last: Result | null = null;
  private readonly highlighter = new Highlighter();
  private readonly style: PageStyle;
  private host: Host | null = null;
  private chip: Chip | null = null;
  private tip: Tooltip | null = null;
  private readonly hover: HoverTips;
  private readonly watcher: PageWatcher;
  /** The collapse look's "Show" button switches this page to tint until it is pressed again. */
  private lookOverride: HighlightLook | null = null;
  private current: Element | null = null;
  private forced: Mark[] = [];
  private signature = '';
  private firstHighlightMs: number | null = null;
  private readonly slices: SliceStats = newSliceStats();
  private readonly timings: Record<string, number> = {};
  private readonly errors: string[] = [];
  private stops: (() => void)[] = [];
  /** The site's template before each analysis, the page's report after (src/memory/client.ts). */
  private readonly memory = new MemoryClient(send);

  constructor(
    private readonly win: Window,
    private readonly trigger: Trigger,
  ) {
    const doc = win.document;
    this.style = new PageStyle(doc, () => this.host?.element ?? null);
    this.hover = new HoverTips(doc, {
      flaggedAt: (t) => this.flaggedAt(t),
      open: (el) => this.openTip(el),
      close: () => this.closeTip(),
      isOpenFor: (el) => this.tip?.visible === true && this.tip.anchor === el,
      scrolled: () => this.followScroll(),
    });
    this.watcher = new PageWatcher(win, {
      isOurs: (n) => this.host?.contains(n) ?? false,
      onChange: (kind) => void this.refresh(kind),
    });
  }

  private get doc(): Document {
    return this.win.document;
  }

  // --- lifecycle -------------------------------------------------------------

  async boot(): Promise<void> {
    await this.guard('boot', async () => {
      this.stops.push(listen((m) => this.respond(m)));
      this.stops.push(onStoredSettingsChanged(() => void this.settingsChanged()));
      this.timings.startAt = performance.now();
      if (this.trigger === 'demand') return; // started by a message, never by itself
      const t0 = performance.now();
      this.ctx = (await fetchContext(this.trigger)) ?? { ...DEFAULT_CONTEXT, autoRun: this.trigger === 'listed' };
      this.timings.contextMs = performance.now() - t0;
      if (this.mayAutoStart()) await this.turnOn('auto');
    });
  }

  private mayAutoStart(): boolean {
    if (!this.ctx.autoRun || this.readerOff) return false;
    if (this.trigger === 'article') return looksLikeArticle(readArticleSignals(this.doc, this.win.location.href));
    return this.trigger === 'listed';
  }

  async turnOn(by: 'auto' | 'reader'): Promise<void> {
    if (by === 'reader') this.readerOff = false;
    if (!this.on) {
      this.on = true;
      this.startedBy = by;
      this.lookOverride = null;
      this.watcher.start();
      this.hover.attach();
    }
    await this.refresh('start');
  }

  turnOff(): void {
    this.on = false;
    this.startedBy = null;
    this.generation++; // cancels any run in flight
    this.watcher.stop();
    this.hover.detach();
    this.tip?.hide();
    this.highlighter.clear();
    this.style.remove();
    this.host?.remove();
    this.host = null;
    this.chip = null;
    this.tip = null;
    this.current = null;
    this.forced = [];
    this.report();
  }

  private look(): HighlightLook {
    return this.lookOverride ?? this.ctx.mode;
  }

  // --- analysis and marks -------------------------------------------------------

  private enqueue<T>(task: () => Promise<T>): Promise<T | null> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => null);
    return run.catch((e) => {
      this.noteError('task', e);
      return null;
    });
  }

  private refresh(kind: RefreshKind): Promise<void | null> {
    const gen = ++this.generation;
    return this.enqueue(async () => {
      if (gen !== this.generation || !this.on) return;
      if (kind === 'navigation') {
        // A new page in the same document: nothing of the old one applies.
        this.watcher.acceptUrl();
        this.closeTip();
        this.setCurrent(null);
        this.forced = [];
        this.last = null;
        if (this.trigger === 'article' && this.startedBy === 'auto' && !this.mayAutoStart()) {
          this.turnOff();
          return;
        }
      }
      if (kind === 'resume' && this.last && this.signature === this.pageSignature()) return;
      const result = await this.analyse(gen);
      if (!result) return;
      await this.render(result, gen);
    });
  }

  /**
   * Segment the page, yield, then run the engine: the two synchronous steps
   * of `analyzeSegmented` (src/dom/analyze-document.ts), kept apart so the
   * page gets the main thread back between them.
   */
  private async analyse(gen: number): Promise<Result | null> {
    await yieldToEventLoop();
    if (gen !== this.generation) return null;
    const url = this.win.location.href;
    const memoryView = this.memory.view(url); // asked while the page is segmented
    const t0 = performance.now();
    // The collapse look hides flagged blocks; read the page as the site shows it.
    const hiding = this.style.installed && this.look() === 'collapse';
    if (hiding) this.style.setDisabled(true);
    let segmentation: Segmentation | null;
    let segmentWork = 0;
    if (hiding) {
      // In one go: the page must not show what the look hides between two slices.
      try {
        const s0 = performance.now();
        segmentation = timed(() => segmentDocument(this.doc, { url }), this.slices);
        segmentWork = performance.now() - s0;
      } finally {
        this.style.setDisabled(false);
      }
    } else {
      const sliced = await this.segmentInSlices(url, gen);
      if (!sliced) return null;
      ({ segmentation, segmentWork } = sliced);
    }
    this.signature = this.pageSignature();
    const t1 = performance.now();
    await yieldToEventLoop();
    const tm = performance.now();
    const memory = (await memoryView) ?? undefined;
    this.timings.memoryWaitMs = performance.now() - tm;
    if (gen !== this.generation) return null;
    const t2 = performance.now();
    // The engine runs in the service worker (engine-client.ts): here only the message's
    // serialisation is main-thread work, timed as a slice.
    const options = { sensitivity: this.ctx.sensitivity, corrections: this.ctx.corrections, memory };
    const analysis = await timed(() => analyzeInWorker(send, segmentation.page, options), this.slices);
    if (gen !== this.generation) return null;
    const t3 = performance.now();
    this.timings.segmentMs = segmentWork;
    this.timings.segmentWallMs = t1 - t0;
    this.timings.engineMs = t3 - t2;
    this.timings.analyseMs = segmentWork + (t3 - t2);
    this.timings.blocks = analysis.blocks.length;
    const result = { analysis, segmentation, url };
    this.last = result;
    this.memory
      .report(url, analysis)
      .then((note) => {
        if (note?.seenElsewhere.length && this.last?.url === url) this.updateChip();
      })
      .catch((e) => this.noteError('memory', e));
    return gen === this.generation ? result : null;
  }

  /**
   * The page read in slices of about SEGMENT_SLICE_MS, the page getting the main
   * thread back between them; null when a newer run (or turning off) cancelled this one.
   */
  private async segmentInSlices(url: string, gen: number): Promise<{ segmentation: Segmentation; segmentWork: number } | null> {
    const job = new SegmentJob(this.doc, { url });
    let work = 0;
    for (;;) {
      const start = performance.now();
      const segmentation = job.step(() => performance.now() - start >= SEGMENT_SLICE_MS);
      const ms = performance.now() - start;
      work += ms;
      recordSlice(this.slices, ms);
      if (segmentation) return { segmentation, segmentWork: work };
      await yieldToEventLoop();
      if (gen !== this.generation) return null;
    }
  }

  private async render(result: Result, gen: number): Promise<void> {
    const planned = planMarks(result.analysis.blocks, result.segmentation.elements, {
      exclusive: result.segmentation.elementExclusive,
      isOurs: (el) => this.host?.contains(el) ?? false,
    });
    const marks = this.forced.length ? mergeMarks(planned, this.forced) : planned;
    this.ensureUi();
    const t0 = performance.now();
    const ops = this.highlighter.diff(marks);
    const done = await forEachSliced(ops, (op) => this.highlighter.apply(op), {
      cancelled: () => gen !== this.generation || !this.on,
      stats: this.slices,
    });
    if (!done) return;
    const now = performance.now();
    this.timings.markMs = now - t0;
    this.timings.readyAt = now;
    this.timings.longestSliceMs = this.slices.longestMs;
    this.timings.slices = this.slices.slices;
    if (this.firstHighlightMs === null && this.highlighter.size > 0) this.firstHighlightMs = now;
    if (this.current && !this.highlighter.markOf(this.current)) this.setCurrent(null);
    if (this.tip?.anchor && !this.highlighter.markOf(this.tip.anchor)) this.closeTip();
    this.updateChip();
    this.report();
  }

  private ensureUi(): void {
    if (!this.host) {
      const host = new Host(this.doc);
      this.host = host;
      this.chip = new Chip(this.doc, host.root, {
        prev: () => this.step(-1),
        next: () => this.step(1),
        openReader: () => void send({ type: 'winnow/open-reader' }),
        turnOff: () => {
          this.readerOff = true;
          void send({ type: 'winnow/site-on', on: false });
          this.turnOff();
        },
        toggleLook: () => {
          this.lookOverride = this.look() === 'collapse' ? 'tint' : null;
          this.style.install(this.look());
          this.updateChip();
        },
      });
      // After the chip, so Tab moves from the chip into an open tooltip.
      this.tip = new Tooltip(this.doc, host.root, (inside) => this.hover.pointerInTip(inside));
    }
    this.host.attach();
    this.style.install(this.look());
  }

  private counts(): { duplicate: number; boilerplate: number } {
    let duplicate = 0;
    let boilerplate = 0;
    if (this.on && this.last) {
      for (const b of this.last.analysis.blocks) {
        if (b.verdict === 'duplicate') duplicate++;
        else if (b.verdict === 'boilerplate') boilerplate++;
      }
    }
    if (this.on) {
      for (const m of this.forced) {
        if (m.verdict === 'duplicate') duplicate++;
        else boilerplate++;
      }
    }
    return { duplicate, boilerplate };
  }

  private updateChip(): void {
    if (!this.chip) return;
    const c = this.counts();
    this.chip.update({ ...c, marked: this.highlighter.size, look: this.look(), settingLook: this.ctx.mode });
    const seen = this.last ? this.memory.note(this.last.url)?.seenElsewhere : undefined;
    this.chip.setMemoryNote(seen?.length ? syndicationText(seen) : null);
    this.chip.setMinimised(c.duplicate + c.boilerplate === 0 && !seen?.length);
  }

  summary(): HighlightSummary {
    const c = this.counts();
    const s: HighlightSummary = {
      on: this.on,
      ...c,
      marked: this.highlighter.size,
      mode: this.look(),
      firstHighlightMs: this.firstHighlightMs,
      timings: { ...this.timings },
    };
    if (TEST_BUILD) s.errors = [...this.errors];
    return s;
  }

  private report(): void {
    void send({ type: 'winnow/state', summary: this.summary() });
  }

  private pageSignature(): string {
    return `${urlKey(this.win.location.href)}|${this.doc.getElementsByTagName('*').length}`;
  }

  // --- settings ----------------------------------------------------------------

  private async settingsChanged(): Promise<void> {
    await this.guard('settings', async () => {
      if (this.trigger === 'demand' && !this.on) return;
      const before = this.ctx;
      const ctx = await fetchContext(this.trigger);
      if (!ctx) return;
      this.ctx = ctx;
      if (!this.on) {
        if (this.trigger !== 'demand' && this.mayAutoStart()) await this.turnOn('auto');
        return;
      }
      if (this.startedBy === 'auto' && !ctx.autoRun) {
        this.turnOff();
        return;
      }
      if (before.mode !== ctx.mode) {
        this.lookOverride = null;
        this.style.install(this.look());
        this.updateChip();
      }
      if (before.sensitivity !== ctx.sensitivity || !sameCorrections(before.corrections, ctx.corrections)) {
        await this.refresh('settings');
      }
    });
  }

  // --- reader actions -------------------------------------------------------------

  private flaggedAt(target: EventTarget | null): Element | null {
    if (!(target instanceof Element)) return null;
    const el = target.closest(`[${ATTR}]`);
    return el && this.highlighter.markOf(el) ? el : null;
  }

  private blockOf(el: Element): BlockResult | null {
    const mark = this.highlighter.markOf(el);
    if (!mark || !this.last) return null;
    return this.last.analysis.blocks[mark.blockId] ?? null;
  }

  private originalOf(block: BlockResult | null): Element | null {
    if (!block || block.duplicateOf === null || !this.last) return null;
    return this.last.segmentation.elements[block.duplicateOf] ?? null;
  }

  private openTip(el: Element, note?: string): void {
    if (!this.tip || !this.on) return;
    const mark = this.highlighter.markOf(el);
    if (!mark) return;
    const block = this.blockOf(el);
    const original = this.originalOf(block);
    this.tip.show(
      el,
      {
        verdict: mark.verdict,
        reasons: block?.reasons.map((r) => reasonText(r)) ?? [],
        canJump: mark.verdict === 'duplicate' && original !== null,
      },
      {
        jump: () => {
          if (original) this.reveal(original);
        },
        keep: () => void this.correct(el, 'keep'),
        flag: () => void this.correct(el, 'flag'),
      },
      { note },
    );
  }

  private closeTip(): void {
    this.tip?.hide();
  }

  private followScroll(): void {
    const tip = this.tip;
    if (!tip?.visible || !tip.anchor) return;
    const r = tip.anchor.getBoundingClientRect();
    if (r.bottom < 0 || r.top > this.win.innerHeight) this.closeTip();
    else tip.position();
  }

  private async correct(el: Element, action: Correction['action']): Promise<void> {
    await this.guard('correct', async () => {
      const block = this.blockOf(el);
      if (!block) return;
      const reply = await send<OkReply>({ type: 'winnow/correct', fingerprint: fingerprint(block.text), action });
      const site = this.ctx.site ?? t('noteThisSite');
      const note = reply?.ok ? t(action === 'keep' ? 'noteKept' : 'noteFlagged', site) : t('noteNotSaved');
      // The chip says so: the tooltip goes away with the flag it belonged to.
      this.chip?.notify(note);
      if (!reply?.ok) return;
      this.closeTip();
      await this.settingsChanged();
    });
  }

  /** Previous / next flag: scroll to it, outline it, and show why it is flagged. */
  private step(dir: 1 | -1): void {
    const list = this.highlighter.elements();
    if (!list.length) return;
    const i = this.current ? list.indexOf(this.current) : -1;
    const next = list[i < 0 ? (dir > 0 ? 0 : list.length - 1) : (i + dir + list.length) % list.length]!;
    this.setCurrent(next);
    this.scrollTo(next);
    this.openTip(next);
  }

  private setCurrent(el: Element | null): void {
    if (this.current) this.highlighter.setTransient(this.current, ATTR_CURRENT, false);
    this.current = el;
    if (el) this.highlighter.setTransient(el, ATTR_CURRENT, true);
  }

  private scrollTo(el: Element): void {
    const reduce = this.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }

  private flashTimers = new Map<Element, ReturnType<typeof setTimeout>>();

  /** Scroll to an element and flash it (also works while highlighting is off; the flash then leaves no trace). */
  reveal(el: Element): void {
    if (!el.isConnected) return;
    if (!this.on) this.style.install('tint');
    this.scrollTo(el);
    this.highlighter.setTransient(el, ATTR_FLASH, true);
    const prev = this.flashTimers.get(el);
    if (prev) clearTimeout(prev);
    this.flashTimers.set(
      el,
      setTimeout(() => {
        this.flashTimers.delete(el);
        this.highlighter.setTransient(el, ATTR_FLASH, false);
        if (!this.on && this.flashTimers.size === 0) this.style.remove();
      }, 1600),
    );
  }

  // --- messages ---------------------------------------------------------------------

  private respond(msg: Message): Promise<unknown> | undefined {
    switch (msg.type) {
      case 'winnow/ping':
        return Promise.resolve(this.summary());
      case 'winnow/toggle':
        return this.guard('toggle', async () => {
          const want = msg.on ?? !this.on;
          if (want) await this.turnOn('reader');
          else {
            this.readerOff = true;
            this.turnOff();
          }
          return this.summary();
        });
      case 'winnow/get-analysis':
        return this.guard('get-analysis', () => this.currentAnalysis());
      case 'winnow/reveal':
        return this.guard('reveal', async () => {
          const result = await this.currentAnalysis();
          const el = result ? this.last?.segmentation.elements[msg.blockId] : undefined;
          if (!el) return { ok: false, error: 'no such block' } satisfies OkReply;
          this.reveal(el);
          return { ok: true } satisfies OkReply;
        });
      case 'winnow/test-force':
        if (!TEST_BUILD) return undefined;
        return this.guard('test-force', () => this.force(msg.marks));
      default:
        return undefined; // meant for the service worker
    }
  }

  /** The analysis of the page as it is now (reused when the page has not changed). */
  private async currentAnalysis(): Promise<AnalysisReply | null> {
    await this.queue;
    const url = this.win.location.href;
    if (this.last && this.last.url === url && this.signature === this.pageSignature()) {
      return withMemory({ url, analysis: this.last.analysis, blocks: this.last.segmentation.page.blocks }, await this.memory.settled(url));
    }
    const gen = this.generation; // analysing does not cancel a run, and a run does not cancel this
    const result = await this.enqueue(() => this.analyse(gen));
    return result ? withMemory({ url, analysis: result.analysis, blocks: result.segmentation.page.blocks }, await this.memory.settled(url)) : null;
  }

  /** Test builds: mark elements by selector, as if the engine had flagged them. */
  private async force(marks: ForcedMark[]): Promise<HighlightSummary> {
    if (!TEST_BUILD) return this.summary(); // folds away in the shipped build
    const forced: Mark[] = [];
    marks.forEach((m, i) => {
      for (const el of Array.from(this.doc.querySelectorAll(m.selector))) {
        forced.push({ element: el, verdict: m.verdict, blockId: 1_000_000 + i });
      }
    });
    if (!this.on) await this.turnOn('reader');
    this.forced = forced;
    await this.refresh('settings');
    return this.summary();
  }

  // --- errors ---------------------------------------------------------------------------

  private async guard<T>(where: string, fn: () => Promise<T> | T): Promise<T | null> {
    try {
      return await fn();
    } catch (e) {
      this.noteError(where, e);
      return null;
    }
  }

  private noteError(where: string, e: unknown): void {
    if (this.errors.length < 20) this.errors.push(`${where}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function withMemory(reply: AnalysisReply, note: MemoryNote | null): AnalysisReply {
  return note ? { ...reply, memory: note } : reply;
}

function mergeMarks(planned: Mark[], forced: Mark[]): Mark[] {
  const byEl = new Map<Element, Mark>();
  for (const m of planned) byEl.set(m.element, m);
  for (const m of forced) byEl.set(m.element, m);
  return [...byEl.values()];
}

function sameCorrections(a: Correction[], b: Correction[]): boolean {
  if (a.length !== b.length) return false;
  const key = (c: Correction) => `${c.fingerprint}:${c.action}`;
  const set = new Set(a.map(key));
  return b.every((c) => set.has(key(c)));
}
