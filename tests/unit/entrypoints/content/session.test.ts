// @vitest-environment happy-dom
/**
 * One page session, wired as the content script wires it, against a stand-in background: it paints
 * the page's figures, and when its Lifetime ends everything stops together — no highlight stays, no
 * timer is left, and no later change to the page, the settings or the pointer makes it read, send
 * or paint anything. (The messaging library answers through `chrome.runtime` callbacks, which the
 * fake browser does not call, so the background's side is a stand-in for `sendMessage`.)
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Lifetime } from '../../../../entrypoints/content/lifetime';
import { PageSession } from '../../../../entrypoints/content/session';
import type { CheckedClaim } from '../../../../lib/verdict';
import { checkedClaim } from '../../checked-claim';
import { type FakeHighlight, setPage, standInHighlights } from '../../page/page-fixture';

const background = vi.hoisted(() => ({ received: [] as string[], answer: (_text: string): unknown[] => [] }));
vi.mock('../../../../lib/extension/messaging', async (original) => ({
  ...(await original<object>()),
  sendMessage: async (type: string, data: { text?: string }) => {
    background.received.push(type);
    return type === 'checkText' ? background.answer(data.text!) : undefined;
  },
}));

let registry: Map<string, FakeHighlight>;
const received = background.received;
beforeEach(() => {
  fakeBrowser.reset();
  registry = standInHighlights();
  received.length = 0;
  // The stand-in checker reports each number before " died".
  background.answer = (text): CheckedClaim[] => [...text.matchAll(/\d+(?= died)/g)].map((m) => checkedClaim(m[0], m.index, 'disputed'));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const painted = () => (registry.get('tollcheck-disputed')?.held() ?? []).map((r) => r.toString());

test('a session paints the page; once its lifetime ends nothing it started runs again', async () => {
  setPage('<p id="a">In the morning 12 died.</p><p id="b">By night 30 died.</p>');
  const lifetime = Lifetime.claim();
  const session = await PageSession.start(lifetime);
  await vi.waitFor(() => expect(painted()).toEqual(['12', '30']));
  expect(received).toEqual(['pageReset', 'checkText', 'pageRead']);

  // Live while it runs: a change is read again (debounced) and painted.
  document.getElementById('b')!.textContent = 'By night 31 died.';
  await vi.waitFor(() => expect(painted()).toEqual(['12', '31']));
  expect(received.slice(3)).toEqual(['dropChunks', 'checkText']);
  expect(session.reveal(`c2:9-11`)).toBe(true); // flashes the figure: a timer is pending
  expect(registry.has('tollcheck-flash')).toBe(true);

  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  lifetime.stop();
  expect(registry.size).toBe(0);
  expect(vi.getTimerCount()).toBe(0);
  const before = received.length;

  // The page keeps changing, the user changes a setting, moves the pointer, presses Escape, scrolls.
  document.getElementById('a')!.textContent = 'In the morning 14 died.';
  document.body.append(Object.assign(document.createElement('p'), { textContent: 'Later 5 died.' }));
  await fakeBrowser.storage.sync.set({ highlightStyle: 'background' });
  const move = new PointerEvent('pointermove', { clientX: 1, clientY: 1 });
  Object.defineProperty(move, 'isTrusted', { value: true });
  window.dispatchEvent(move);
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  window.dispatchEvent(new Event('scroll'));
  await Promise.resolve();
  vi.advanceTimersByTime(10_000);
  vi.advanceTimersToNextFrame();
  await vi.runAllTimersAsync();

  expect(vi.getTimerCount()).toBe(0);
  expect(received).toHaveLength(before);
  expect(registry.size).toBe(0);
  expect(document.adoptedStyleSheets).toEqual([]);
  expect(session.ui.hostElement?.isConnected ?? false).toBe(false);
});
