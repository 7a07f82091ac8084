// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageWatcher, urlKey, type ChangeKind } from '../../src/content/observer';

let hidden = false;
let changes: ChangeKind[];
let watcher: PageWatcher;
let ours: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  hidden = false;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.body.innerHTML = '<main><p>one</p></main>';
  ours = document.createElement('winnow-ui');
  changes = [];
  watcher = new PageWatcher(window, {
    isOurs: (n) => n === ours || ours.contains(n),
    onChange: (k) => changes.push(k),
    debounceMs: 100,
    maxWaitMs: 1000,
  });
  watcher.start();
});

afterEach(() => {
  watcher.stop();
  vi.useRealTimers();
});

const flush = async (ms: number) => {
  await Promise.resolve(); // MutationObserver callbacks are microtasks
  await vi.advanceTimersByTimeAsync(ms);
};

describe('PageWatcher', () => {
  it('reports a burst of page changes once, after it settles', async () => {
    for (let i = 0; i < 5; i++) document.querySelector('main')!.append(document.createElement('p'));
    await flush(50);
    expect(changes).toEqual([]);
    await flush(100);
    expect(changes).toEqual(['mutation']);
  });

  it('a page that never stops changing is still re-read (max wait)', async () => {
    for (let t = 0; t < 1500; t += 50) {
      document.querySelector('main')!.append(document.createElement('i'));
      await flush(50);
    }
    expect(changes.length).toBeGreaterThanOrEqual(1);
  });

  it('ignores Winnow\'s own host element coming and going', async () => {
    document.documentElement.append(ours);
    ours.append(document.createElement('div'));
    await flush(300);
    ours.remove();
    await flush(300);
    expect(changes).toEqual([]);
  });

  it('an in-page navigation (pushState) is reported as such; a hash change is not', async () => {
    history.pushState({}, '', '/another-story');
    document.querySelector('main')!.textContent = 'new page';
    await flush(100);
    expect(changes).toEqual(['navigation']);
    watcher.acceptUrl();
    history.pushState({}, '', '/another-story#comments');
    document.querySelector('main')!.append(document.createElement('b'));
    await flush(200);
    expect(changes).toEqual(['navigation', 'mutation']);
  });

  it('stops observing while hidden and reports one resume when visible again', async () => {
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(watcher.observing).toBe(false);
    document.querySelector('main')!.append(document.createElement('p'));
    await flush(500);
    expect(changes).toEqual([]);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(watcher.observing).toBe(true);
    expect(changes).toEqual(['resume']);
  });

  it('stop() disconnects everything', async () => {
    watcher.stop();
    document.querySelector('main')!.append(document.createElement('p'));
    document.dispatchEvent(new Event('visibilitychange'));
    await flush(500);
    expect(changes).toEqual([]);
  });
});

describe('urlKey', () => {
  it('drops the fragment only', () => {
    expect(urlKey('https://a.com/x?y=1#z')).toBe('https://a.com/x?y=1');
    expect(urlKey('https://a.com/x')).toBe('https://a.com/x');
  });
});
