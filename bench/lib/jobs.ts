/**
 * The unit of work the benchmark farms out to worker threads: extract one page
 * with one system, or build one injected page for the repetition benchmark.
 * Pure functions of their input, so they run the same in a worker or in-process.
 */
import { readPageHtml } from './datasets';
import { extract, errorMessage, parsePage, type DomName, type Extraction, type SystemName } from './extract';
import { injectPage, mulberry32, type InjectionPlan, type RepSpec } from './inject';

export interface ExtractJob {
  type: 'extract';
  system: SystemName;
  dom: DomName;
  /** Either a gzipped dataset page… */
  file?: string;
  /** …or HTML already in hand (an injected page). */
  html?: string;
  url: string | null;
}

export interface InjectJob {
  type: 'inject';
  dom: DomName;
  file: string;
  url: string | null;
  truth: string;
  plan: InjectionPlan;
  seed: number;
  otherLeads: string[];
}

export type Job = ExtractJob | InjectJob;

export interface InjectResult {
  html?: string;
  spec?: RepSpec;
  /** Why the page was left out (too few paragraphs found), when it was. */
  skip?: string;
  error?: string;
}

export type JobResult<J extends Job> = J extends ExtractJob ? Extraction : InjectResult;

export function runExtract(job: ExtractJob): Extraction {
  let html: string;
  try {
    html = job.html ?? readPageHtml(job.file!);
  } catch (e) {
    return { text: '', ms: 0, error: `read: ${errorMessage(e)}` };
  }
  return extract(job.system, html, job.dom, job.url);
}

export function runInject(job: InjectJob): InjectResult {
  try {
    const page = parsePage(readPageHtml(job.file), job.dom, job.url);
    try {
      const spec = injectPage(page.document, job.truth, job.plan, {
        rng: mulberry32(job.seed),
        otherLeads: job.otherLeads,
        url: job.url,
      });
      if (!spec) return { skip: 'fewer than 3 article paragraphs identified from the ground truth' };
      return { html: page.serialize(), spec };
    } finally {
      page.close();
    }
  } catch (e) {
    return { error: errorMessage(e) };
  }
}

export function runJob(job: Job): Extraction | InjectResult {
  return job.type === 'extract' ? runExtract(job) : runInject(job);
}

/** What a job yields when its worker died or ran out of time. */
export function failedResult(job: Job, error: string, ms: number): Extraction | InjectResult {
  return job.type === 'extract' ? { text: '', ms, error } : { error };
}
