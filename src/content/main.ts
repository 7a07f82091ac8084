/**
 * Content script start-up, shared by the three entry points (listed sites,
 * "all article pages", on demand). A page gets one controller however many
 * times a script is injected (a manifest script plus an on-demand injection,
 * say): the first one wins and later injections only make sure it listens.
 */
import type { Trigger } from '../shared/messages';
import { Controller } from './controller';

const KEY = '__winnowController';

type Slot = { [KEY]?: Controller };

export function start(trigger: Trigger): void {
  try {
    // The isolated world's global is ours alone; the page cannot see or fake it.
    const slot = globalThis as unknown as Slot;
    if (slot[KEY]) return;
    if (typeof window === 'undefined' || !document.documentElement) return;
    // Only top-level http(s) documents: frames and special pages are not articles.
    if (window.top !== window || !/^https?:$/.test(location.protocol)) return;
    const controller = new Controller(window, trigger);
    slot[KEY] = controller;
    void controller.boot();
  } catch {
    // nothing may reach the page's console
  }
}
