// @vitest-environment happy-dom
/**
 * Which figures are near the viewport. The test DOM has no layout, so each block's place is given
 * by a `data-top` attribute, and IntersectionObserver is a stand-in that delivers what the test says
 * to the targets still observed (as the real one does: nothing after `disconnect`).
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { NearViewport } from '../../../lib/page/near-viewport';
import { figureOf, setPage } from './page-fixture';

class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  disconnect() {
    this.observed.clear();
  }
  /** What the browser would report as `el` scrolls in or out of the watched margin. */
  static report(el: Element, isIntersecting: boolean) {
    for (const o of FakeIntersectionObserver.all) if (o.observed.has(el)) o.callback([{ target: el, isIntersecting }]);
  }
}

let measured: Element[];
beforeEach(() => {
  FakeIntersectionObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  vi.stubGlobal('innerHeight', 800);
  measured = [];
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return (this.hasAttribute('data-contents') ? [] : [{}]) as unknown as DOMRectList;
  });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    measured.push(this);
    const top = Number((this as HTMLElement).dataset.top);
    return { top, bottom: top + 40 } as DOMRect;
  });
});
afterEach(() => vi.unstubAllGlobals());

// With an 800 px window, "near" is from 1,600 px above the top to 1,600 px below the bottom (2,400).
const PAGE =
  '<p data-top="-2000">Far above 11 died.</p><p data-top="0">On screen 22 died.</p><p data-top="2300">Just ahead 33 died.</p>' +
  '<p data-top="2500">Below 44 died.</p><p data-top="2600">Further 55 died.</p><p data-top="100">Misplaced 66 died.</p>';

test('blocks are measured in document order until one lies below the window; the rest are taken to lie below unmeasured', () => {
  setPage(PAGE);
  const figures = ['11', '22', '33', '44', '55', '66'].map((t) => figureOf(t));
  const near = new NearViewport(new AbortController().signal, () => {});
  const inView = near.inOrder();
  expect(figures.map((f) => inView(f.range))).toEqual([false, true, true, false, false, false]);
  expect(measured.map((el) => el.textContent)).toEqual(['Far above 11 died.', 'On screen 22 died.', 'Just ahead 33 died.', 'Below 44 died.']);
  // Every block is watched, measured or not, so the observer corrects the guesses.
  expect(FakeIntersectionObserver.all[0].observed.size).toBe(6);
  // Asked again: known blocks are not measured again.
  const again = near.inOrder();
  expect(figures.map((f) => again(f.range))).toEqual([false, true, true, false, false, false]);
  expect(measured).toHaveLength(4);
});

test('the observer corrects a guess and says so once; a report that changes nothing is not passed on', () => {
  setPage(PAGE);
  const misplaced = figureOf('66');
  const onChange = vi.fn();
  const near = new NearViewport(new AbortController().signal, onChange);
  const first = near.inOrder();
  for (const t of ['11', '22', '33', '44', '55']) first(figureOf(t).range);
  expect(first(misplaced.range)).toBe(false);
  const block = misplaced.range.startContainer.parentElement!;
  FakeIntersectionObserver.report(block, true);
  expect(onChange).toHaveBeenCalledOnce();
  FakeIntersectionObserver.report(block, true);
  expect(onChange).toHaveBeenCalledOnce();
  expect(near.inOrder()(misplaced.range)).toBe(true);
});

test('a figure in an element without a box (display: contents) belongs to the nearest ancestor with one', () => {
  setPage('<div data-top="3000"><span data-contents data-top="0">Inside 77 died.</span></div>');
  const near = new NearViewport(new AbortController().signal, () => {});
  expect(near.inOrder()(figureOf('77').range)).toBe(false);
  expect(measured.map((el) => el.localName)).toEqual(['div']);
});

test('reset() forgets every block, so the next pass measures afresh', () => {
  setPage(PAGE);
  const figure = figureOf('22');
  const near = new NearViewport(new AbortController().signal, () => {});
  near.inOrder()(figure.range);
  near.reset();
  expect(FakeIntersectionObserver.all[0].observed.size).toBe(0);
  near.inOrder()(figure.range);
  expect(measured).toHaveLength(2);
});

test('after the session ends the observer is disconnected, reports reach no one and nothing is watched again', () => {
  setPage(PAGE);
  const figure = figureOf('44');
  const onChange = vi.fn();
  const session = new AbortController();
  const near = new NearViewport(session.signal, onChange);
  near.inOrder()(figure.range);
  const block = figure.range.startContainer.parentElement!;
  session.abort();
  FakeIntersectionObserver.report(block, true);
  expect(onChange).not.toHaveBeenCalled();
  near.inOrder()(figureOf('55').range);
  expect(FakeIntersectionObserver.all[0].observed.size).toBe(0);
});
