/**
 * The engine in the service worker: content scripts send the blocks they read
 * (`winnow/analyze`, src/content/engine-client.ts) and get the Analysis back.
 * Running here keeps the engine off the page's main thread and out of the
 * content script; the worker stays warm across pages, so the engine's code is
 * compiled and optimised once, not on every page.
 */
import { analyze } from '../engine/index';
import type { Analysis } from '../engine/types';
import { engineOptionsOf, type AnalyzeRequest } from '../shared/engine-wire';

/** Answers a checked `winnow/analyze` request (isMessage has validated it). */
export function handleAnalyze(req: AnalyzeRequest): Analysis {
  return analyze(req.page, engineOptionsOf(req));
}
