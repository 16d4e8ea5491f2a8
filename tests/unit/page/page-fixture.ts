/**
 * Pages for the page engine's tests, built in the test's DOM (happy-dom): the body is replaced,
 * and a figure is made the way the scanner makes one, from offsets in the page's visible text.
 * happy-dom has no Custom Highlight API; `standInHighlights` puts one in.
 */
import { vi } from 'vitest';
import type { Figure } from '../../../lib/page/figure-set';
import { locate, offsetsToRange, readVisibleText } from '../../../lib/page/visible-text';
import type { VerdictStatus } from '../../../lib/verdict';
import { checkedClaim } from '../checked-claim';

export function setPage(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** The `nth` occurrence of `text` in the page's visible text as a figure with a live Range. */
export function figureOf(text: string, status: VerdictStatus = 'corroborated', nth = 0): Figure {
  const read = readVisibleText(document);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = read.text.indexOf(text, at + 1);
  if (at < 0) throw new Error(`"${text}" is not on the page`);
  const pos = locate(read.segments, at, at + text.length)!;
  const range = offsetsToRange(read.segments, at, at + text.length, document)!;
  const nodes = read.segments.slice(pos.start.index, pos.end.index + 1).map((s) => s.node);
  return { key: `c1:${at}-${at + text.length}`, chunkId: 'c1', claim: checkedClaim(text, at, status), range, nodes };
}

/**
 * A Highlight as a Firefox content script sees it: a set of ranges that cannot be iterated (Xrays
 * do not wrap iterators). Tests read it the way the browser does, with Set's own `values`.
 */
export class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) {
    super(ranges);
  }
  [Symbol.iterator](): SetIterator<Range> {
    throw new TypeError('Xray wrapping of iterators not supported');
  }
  held(): Range[] {
    return [...Set.prototype.values.call(this)];
  }
}

/** Stubs `CSS.highlights` (a Map, as the registry is maplike) and `Highlight`; returns the registry. */
export function standInHighlights(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('Highlight', FakeHighlight);
  return registry;
}
