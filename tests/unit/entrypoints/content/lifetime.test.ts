/** A copy of the content script ends only through channels a page cannot reach. */
import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Lifetime, quietWxtContext } from '../../../../entrypoints/content/lifetime';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

test('a newer copy stops the older one through the isolated world; nothing else does', () => {
  const first = Lifetime.claim();
  const stopped = vi.fn();
  first.signal.addEventListener('abort', stopped);
  expect(first.stopped).toBe(false);
  const second = Lifetime.claim();
  expect(stopped).toHaveBeenCalledOnce();
  expect(first.stopped).toBe(true);
  expect(second.stopped).toBe(false);
  second.stop();
});

test('a copy stops when the extension goes away (reloaded, updated, removed)', () => {
  vi.useFakeTimers();
  const life = Lifetime.claim();
  const stopped = vi.fn();
  life.signal.addEventListener('abort', stopped);
  vi.advanceTimersByTime(5000);
  expect(stopped).not.toHaveBeenCalled();
  const id = Object.getOwnPropertyDescriptor(fakeBrowser.runtime, 'id');
  Object.defineProperty(fakeBrowser.runtime, 'id', { value: undefined, configurable: true });
  try {
    vi.advanceTimersByTime(2500);
    expect(stopped).toHaveBeenCalledOnce();
  } finally {
    if (id) Object.defineProperty(fakeBrowser.runtime, 'id', id);
    else delete (fakeBrowser.runtime as { id?: string }).id;
  }
});

test('while WXT builds its context, its page-visible announcement and its page-triggered listener are dropped, then everything is put back', async () => {
  const posted: unknown[] = [];
  const dispatched: string[] = [];
  const listened: string[] = [];
  const win = { postMessage: (m: unknown) => void posted.push(m) };
  const proto = {
    dispatchEvent(e: Event) {
      dispatched.push(e.type);
      return true;
    },
    addEventListener(t: string) {
      listened.push(t);
    },
  };
  const doc = Object.create(proto);
  vi.stubGlobal('window', win);
  vi.stubGlobal('document', doc);
  const name = 'abcdef:content:wxt:content-script-started';
  quietWxtContext();
  // What WXT's ContentScriptContext constructor does:
  document.dispatchEvent(new Event(name));
  window.postMessage({ type: name, contentScriptName: 'content', messageId: 'x' }, '*');
  document.addEventListener(name, () => {});
  // Anything else passes through.
  window.postMessage({ type: 'other' }, '*');
  document.addEventListener('keydown', () => {});
  expect(posted).toEqual([{ type: 'other' }]);
  expect(dispatched).toEqual([]);
  expect(listened).toEqual(['keydown']);
  await Promise.resolve();
  expect(Object.getOwnPropertyNames(doc)).toEqual([]);
  expect(typeof win.postMessage).toBe('function');
  window.postMessage({ type: name }, '*');
  expect(posted).toHaveLength(2);
});

test('the second of two scripts in one frame (the early settings read, then the content script) is quieted too, where the method it finds is read-only', async () => {
  const posted: unknown[] = [];
  const win: Record<string, unknown> = {};
  // What Firefox's wrapper leaves after the first script put the method back: not assignable.
  Object.defineProperty(win, 'postMessage', { value: (m: unknown) => void posted.push(m), writable: false, configurable: true });
  const doc = Object.create({ dispatchEvent: () => true, addEventListener: () => {} });
  vi.stubGlobal('window', win);
  vi.stubGlobal('document', doc);
  const name = 'abcdef:content:wxt:content-script-started';
  expect(() => quietWxtContext()).not.toThrow();
  window.postMessage({ type: name }, '*');
  window.postMessage({ type: 'other' }, '*');
  expect(posted).toEqual([{ type: 'other' }]);
  await Promise.resolve();
  window.postMessage({ type: name }, '*');
  expect(posted).toHaveLength(2);
  vi.unstubAllGlobals();
});
