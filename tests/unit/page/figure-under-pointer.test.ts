// @vitest-environment happy-dom
/**
 * Hit-testing the pointer against figures, and coalescing pointer moves to one per frame. The test
 * DOM has no layout, so the caret lookup and the figures' line boxes are given per test.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type Figure, FigureSet } from '../../../lib/page/figure-set';
import { figureAt, onPointerFrames } from '../../../lib/page/figure-under-pointer';
import { figureOf, setPage } from './page-fixture';

/** The session of the test; ended after it so its window listener never sees the next test's events. */
let session: AbortController;
beforeEach(() => {
  session = new AbortController();
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  session.abort();
  vi.useRealTimers();
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  delete (document as { caretRangeFromPoint?: unknown }).caretRangeFromPoint;
});

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom, width: right - left, height: bottom - top }) as DOMRect;

/** Lays a figure out on the given line boxes. */
function laidOut(figure: Figure, ...rects: DOMRect[]): Figure {
  figure.range.getClientRects = () => rects as unknown as DOMRectList;
  return figure;
}

/** The caret lookup answers with the text node at `x` (one node per 100 px band, in reading order). */
function caretOver(nodes: Node[]) {
  Object.assign(document, { caretPositionFromPoint: (x: number) => ({ offsetNode: nodes[Math.floor(x / 100)] ?? document.body, offset: 0 }) });
}

function twoFigures() {
  setPage('<p>Early on <b>2,1</b>00 were hurt.</p><p>Later 48 died.</p>');
  // "2,100" wraps: "2,1" on one line, "00" starting the next.
  const wrapped = laidOut(figureOf('2,100'), box(150, 10, 180, 30), box(200, 40, 215, 60));
  const single = laidOut(figureOf('48'), box(320, 80, 340, 100));
  const set = new FigureSet();
  set.add(wrapped);
  set.add(single);
  const texts = [document.querySelector('p')!.firstChild!, document.querySelector('b')!.firstChild!, wrapped.nodes[1], single.nodes[0]];
  caretOver(texts);
  return { set, wrapped, single };
}

test('the figure under the point is found from the caret node, with the line box the point is on', () => {
  const { set, wrapped, single } = twoFigures();
  expect(figureAt(set, 160, 20)).toEqual({ figure: wrapped, line: 0 });
  expect(figureAt(set, 210, 50)).toEqual({ figure: wrapped, line: 1 });
  expect(figureAt(set, 330, 90)).toEqual({ figure: single, line: 0 });
  // Two pixels of slack around a line box, no more.
  expect(figureAt(set, 148, 20)?.figure).toBe(wrapped);
  expect(figureAt(set, 147, 20)).toBeNull();
  // Over a node with a figure on it, but outside its boxes; over a node without figures.
  expect(figureAt(set, 250, 20)).toBeNull();
  expect(figureAt(set, 50, 20)).toBeNull();
});

test('a browser with only the WebKit caret lookup is hit-tested the same way; no lookup at all hits nothing', () => {
  const { set, single } = twoFigures();
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  expect(figureAt(set, 330, 90)).toBeNull();
  Object.assign(document, { caretRangeFromPoint: () => ({ startContainer: single.nodes[0] }) });
  expect(figureAt(set, 330, 90)).toEqual({ figure: single, line: 0 });
});

test('no figures: the caret is not even looked up', () => {
  const lookup = vi.fn();
  Object.assign(document, { caretPositionFromPoint: lookup });
  expect(figureAt(new FigureSet(), 10, 10)).toBeNull();
  expect(lookup).not.toHaveBeenCalled();
});

function move(target: EventTarget, x: number, y: number, trusted = true) {
  const e = new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true });
  if (trusted) Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
}

test('pointer moves are coalesced to one call per frame with the latest position; synthetic moves count for nothing', () => {
  setPage('<p>x</p>');
  const onMove = vi.fn();
  onPointerFrames(window, onMove, session.signal);
  const p = document.querySelector('p')!;
  move(p, 1, 1);
  move(p, 5, 6);
  move(p, 900, 900, false);
  expect(onMove).not.toHaveBeenCalled();
  vi.advanceTimersToNextFrame();
  expect(onMove.mock.calls).toEqual([[5, 6, p]]);
  move(document.body, 7, 8, false);
  vi.advanceTimersToNextFrame();
  expect(onMove).toHaveBeenCalledTimes(1);
});

test('after the session ends no move is seen, and a frame already pending never runs', () => {
  setPage('<p>x</p>');
  const onMove = vi.fn();
  onPointerFrames(window, onMove, session.signal);
  move(document.body, 3, 4);
  session.abort();
  expect(vi.getTimerCount()).toBe(0);
  move(document.body, 5, 6);
  vi.advanceTimersToNextFrame();
  expect(vi.getTimerCount()).toBe(0);
  expect(onMove).not.toHaveBeenCalled();
});
