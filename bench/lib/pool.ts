/**
 * A small worker-thread pool with a per-job time limit. A job that runs too
 * long, or whose worker crashes, yields a failed result (empty text + error);
 * the worker is replaced and the run goes on. Size 0 runs jobs in-process
 * (easier to debug; no time limit).
 */
import { Worker } from 'node:worker_threads';
import { failedResult, runJob, type Job, type JobResult } from './jobs';

interface Pending {
  seq: number;
  job: Job;
  resolve: (r: unknown) => void;
  started: number;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current: Pending | null;
}

const WORKER_URL = new URL('./worker.ts', import.meta.url).href;

/** Workers are plain Node: register tsx inside them before loading the TypeScript entry. */
function bootstrap(): string {
  const tsx = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL)}); });`;
}

export class Pool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private seq = 0;
  private closed = false;
  /** Jobs that hit the time limit or lost their worker. */
  failures = 0;

  constructor(
    readonly size: number,
    readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run<J extends Job>(job: J): Promise<JobResult<J>> {
    if (this.size === 0) return Promise.resolve(runJob(job) as JobResult<J>);
    return new Promise((resolve) => {
      this.queue.push({ seq: ++this.seq, job, resolve: resolve as (r: unknown) => void, started: 0 });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(bootstrap(), { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    const slot: Slot = { worker, ready: false, current: null };
    worker.on('message', (msg: { ready?: boolean; seq?: number; result?: unknown }) => {
      if (msg.ready) {
        slot.ready = true;
        this.pump();
        return;
      }
      const cur = slot.current;
      if (!cur || cur.seq !== msg.seq) return;
      clearTimeout(cur.timer);
      slot.current = null;
      cur.resolve(msg.result);
      this.pump();
    });
    worker.on('error', (err) => this.replace(slot, `worker crashed: ${err?.message ?? err}`));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, `worker exited (${code})`);
    });
    return slot;
  }

  /** Fail the slot's current job, drop the worker, start a fresh one. */
  private replace(slot: Slot, error: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const cur = slot.current;
    slot.current = null;
    if (cur) {
      clearTimeout(cur.timer);
      this.failures++;
      cur.resolve(failedResult(cur.job, error, performance.now() - cur.started));
    }
    this.slots.splice(i, 1);
    void slot.worker.terminate();
    if (!this.closed) {
      this.slots.push(this.spawn());
      this.pump();
    }
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.current || !this.queue.length) continue;
      const p = this.queue.shift()!;
      p.started = performance.now();
      slot.current = p;
      if (this.timeoutMs > 0) {
        p.timer = setTimeout(() => this.replace(slot, `timeout after ${Math.round(this.timeoutMs / 1000)} s`), this.timeoutMs);
      }
      slot.worker.postMessage({ seq: p.seq, job: p.job });
    }
  }
}

/** Run `fn` over `items` with at most `limit` in flight; results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  });
  await Promise.all(lanes);
  return out;
}
