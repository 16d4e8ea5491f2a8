// @vitest-environment happy-dom
/** The watcher: DOM changes become the blocks to re-read, debounced; its own UI and unread regions are ignored; nothing after the session ends. */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { markOwnUi, unmarkOwnUi } from '../../../lib/page/own-ui';
import { PageWatcher } from '../../../lib/page/page-watcher';
import { setPage } from './page-fixture';

/** The session of the test, ended after it. */
let session: AbortController;
beforeEach(() => {
  session = new AbortController();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  session.abort();
  vi.useRealTimers();
});

/** Mutation records are delivered in a microtask. */
const delivered = () => Promise.resolve().then(() => {});

function watch() {
  const flushed: string[][] = [];
  const changed = vi.fn();
  const watcher = new PageWatcher(session.signal, (blocks) => flushed.push(blocks.map((b) => b.id || b.localName)), changed);
  watcher.start(document.body);
  return { watcher, flushed, changed };
}

const PAGE = '<article id="a"><p id="p1">So far <b>12</b> have died.</p><p id="p2">Second.</p></article><div id="live"></div><script id="s"></script>';

test('a changed text reports its block once the page has been quiet for 250 ms; the change itself is told at once', async () => {
  setPage(PAGE);
  const { flushed, changed } = watch();
  document.querySelector('b')!.firstChild!.textContent = '13';
  await delivered();
  expect(changed).toHaveBeenCalledOnce();
  vi.advanceTimersByTime(249);
  expect(flushed).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(flushed).toEqual([['p1']]);
});

test('a burst of changes in several blocks costs one report of each block', async () => {
  setPage(PAGE);
  const { flushed } = watch();
  for (let i = 0; i < 5; i++) {
    document.getElementById('p2')!.textContent = `Second, take ${i}.`;
    document.querySelector('b')!.textContent = String(20 + i);
    await delivered();
    vi.advanceTimersByTime(100);
  }
  vi.advanceTimersByTime(250);
  expect(flushed).toHaveLength(1);
  expect(flushed[0].sort()).toEqual(['p1', 'p2']);
});

test('a page that never stops changing is still reported once a second', async () => {
  setPage(PAGE);
  const { flushed } = watch();
  for (let t = 0; t < 2000; t += 100) {
    document.getElementById('p2')!.textContent = `tick ${t}`;
    await delivered();
    vi.advanceTimersByTime(100);
  }
  expect(flushed).toEqual([['p2'], ['p2']]);
});

test('an added block is its own unit; removals report the parent; hidden toggles count', async () => {
  setPage(PAGE);
  const { flushed } = watch();
  const entry = document.createElement('section');
  entry.id = 'entry';
  entry.innerHTML = '<p>Update: 4 more found.</p>';
  document.getElementById('live')!.append(entry);
  await delivered();
  vi.advanceTimersByTime(250);
  expect(flushed).toEqual([['entry']]);
  document.getElementById('p2')!.remove();
  await delivered();
  vi.advanceTimersByTime(250);
  expect(flushed[1]).toEqual(['a']);
  document.querySelector('b')!.setAttribute('hidden', '');
  await delivered();
  vi.advanceTimersByTime(250);
  expect(flushed[2]).toEqual(['p1']); // the paragraph reads differently without its bold figure
  document.getElementById('p1')!.setAttribute('aria-hidden', 'true');
  await delivered();
  vi.advanceTimersByTime(250);
  expect(flushed[3]).toEqual(['a']);
});

test("changes inside TollCheck's own UI or in unread regions report nothing, nor does a page adding a script", async () => {
  setPage(PAGE);
  const ours = document.createElement('div');
  document.body.append(ours);
  markOwnUi(ours);
  try {
    const { flushed } = watch();
    ours.innerHTML = '<p>Tooltip: 12 corroborated</p>';
    document.getElementById('s')!.textContent = 'var casualties = 12;';
    const tracker = document.createElement('script');
    tracker.textContent = 'track(12)';
    document.body.append(tracker);
    document.getElementById('p2')!.append(Object.assign(document.createElement('style'), { textContent: 'b { color: red }' }));
    await delivered();
    vi.advanceTimersByTime(1000);
    expect(flushed).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  } finally {
    unmarkOwnUi(ours);
  }
});

test('a block removed before the report is left out of it', async () => {
  setPage(PAGE);
  const { flushed } = watch();
  document.getElementById('p2')!.textContent = 'changed';
  await delivered();
  document.getElementById('a')!.remove();
  await delivered();
  vi.advanceTimersByTime(250);
  // The article's removal marks the body, which is still there; the paragraph is gone.
  expect(flushed).toEqual([['body']]);
});

test('stop() drops what was pending and watches nothing until started again', async () => {
  setPage(PAGE);
  const { watcher, flushed, changed } = watch();
  document.getElementById('p2')!.textContent = 'one';
  await delivered();
  watcher.stop();
  document.getElementById('p2')!.textContent = 'two';
  await delivered();
  vi.advanceTimersByTime(1000);
  expect(flushed).toEqual([]);
  expect(changed).toHaveBeenCalledOnce();
  watcher.start(document.body);
  document.getElementById('p2')!.textContent = 'three';
  await delivered();
  vi.advanceTimersByTime(250);
  expect(flushed).toEqual([['p2']]);
});

test('after the session ends no change is seen, a pending report never comes and start() does nothing', async () => {
  setPage(PAGE);
  const { watcher, flushed, changed } = watch();
  document.getElementById('p2')!.textContent = 'before the end';
  await delivered();
  expect(vi.getTimerCount()).toBe(1);
  session.abort();
  expect(vi.getTimerCount()).toBe(0);
  watcher.start(document.body);
  document.getElementById('p2')!.textContent = 'after the end';
  document.getElementById('live')!.append(document.createElement('p'));
  await delivered();
  vi.advanceTimersByTime(5000);
  expect(changed).toHaveBeenCalledOnce();
  expect(flushed).toEqual([]);
});
