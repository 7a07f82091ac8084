/**
 * The content script's line to the service worker. Sending never throws: the
 * worker may be restarting or the extension reloaded under the page, and a
 * page must never see Winnow's errors.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isMessage, type Message, type PageContext, type Trigger } from '../shared/messages';

export async function send<R = unknown>(message: Message): Promise<R | null> {
  try {
    return ((await browser.runtime.sendMessage(message)) as R) ?? null;
  } catch {
    return null;
  }
}

function isContext(v: unknown): v is PageContext {
  if (!v || typeof v !== 'object') return false;
  const c = v as Record<string, unknown>;
  return (
    (c.site === null || typeof c.site === 'string') &&
    typeof c.autoRun === 'boolean' &&
    (c.mode === 'tint' || c.mode === 'collapse') &&
    (c.sensitivity === 'conservative' || c.sensitivity === 'balanced' || c.sensitivity === 'thorough') &&
    Array.isArray(c.corrections)
  );
}

/** The page's context from the service worker, or null if it could not be had. */
export async function fetchContext(trigger: Trigger): Promise<PageContext | null> {
  const reply = await send<unknown>({ type: 'winnow/page-context', trigger });
  return isContext(reply) ? reply : null;
}

export type Responder = (message: Message) => Promise<unknown> | undefined;

/**
 * Listen for messages from Winnow's own contexts only; anything malformed is
 * ignored. Returns a function that stops listening.
 */
export function listen(respond: Responder): () => void {
  const handler = (msg: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id || !isMessage(msg)) return undefined;
    try {
      const out = respond(msg);
      return out ? out.catch(() => null) : undefined;
    } catch {
      return undefined;
    }
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

/** Call `fn` when Winnow's stored settings change (sync area), e.g. from the options page. */
export function onStoredSettingsChanged(fn: () => void): () => void {
  const handler = (_changes: unknown, area: string) => {
    if (area === 'sync') {
      try {
        fn();
      } catch {
        // swallow
      }
    }
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
