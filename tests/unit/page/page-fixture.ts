/**
 * Pages for the page engine's tests, built in the test's DOM (happy-dom): the body is replaced,
 * and a figure is made the way the scanner makes one, from offsets in the page's visible text.
 */
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
