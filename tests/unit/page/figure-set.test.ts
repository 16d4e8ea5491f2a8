// @vitest-environment happy-dom
/** The figures on the page: kept in document order, found by text node, trusted only while they read right. */
import { expect, test } from 'vitest';
import { FigureSet, stillReads } from '../../../lib/page/figure-set';
import { figureOf, setPage } from './page-fixture';

test('figures come out in document order whatever order they were added in', () => {
  setPage('<p>First 120 dead.</p><div><p>Then <b>3,4</b>00 wounded and 56 missing.</p></div><p>Last 78 bodies.</p>');
  const [a, b, c, d] = ['120', '3,400', '56', '78'].map((t) => figureOf(t));
  const set = new FigureSet();
  for (const f of [d, b, a, c]) set.add(f);
  expect(set.inOrder().map((f) => f.claim.figure)).toEqual(['120', '3,400', '56', '78']);
  expect(set.size).toBe(4);
  set.remove(b.key);
  expect(set.inOrder().map((f) => f.claim.figure)).toEqual(['120', '56', '78']);
  set.add(b);
  set.add(b); // again under the same key: replaced, not doubled
  expect(set.inOrder().map((f) => f.claim.figure)).toEqual(['120', '3,400', '56', '78']);
  expect(set.size).toBe(4);
});

test('a figure split across elements is found from every text node it spans, and only from those', () => {
  setPage('<p>Then <b>3,4</b>00 wounded and 56 missing.</p>');
  const split = figureOf('3,400');
  const other = figureOf('56');
  expect(split.nodes.map((n) => n.data)).toEqual(['3,4', '00 wounded and 56 missing.']);
  const set = new FigureSet();
  set.add(split);
  set.add(other);
  const [before, bold, after] = [...document.querySelectorAll('p')[0].childNodes].map((n) => (n.nodeType === 1 ? n.firstChild! : n));
  expect(set.at(before)).toEqual([]);
  expect(set.at(bold)).toEqual([split]);
  expect(set.at(after)).toEqual([split, other]);
  expect(set.at(document.querySelector('b')!)).toEqual([]); // elements are never hit, only text
  set.remove(split.key);
  expect(set.at(bold)).toEqual([]);
  expect(set.at(after)).toEqual([other]);
  set.clear();
  expect(set.size).toBe(0);
  expect(set.inOrder()).toEqual([]);
  expect(set.at(after)).toEqual([]);
});

test('a figure reads right until its text is edited or taken off the page', () => {
  setPage('<p>Officials said <em>1,200</em> people died.</p><p>Another 45 were hurt.</p>');
  const edited = figureOf('1,200');
  const removed = figureOf('45');
  expect(stillReads(edited)).toBe(true);
  expect(stillReads(removed)).toBe(true);
  document.querySelector('em')!.firstChild!.textContent = '1,900';
  expect(stillReads(edited)).toBe(false);
  document.querySelectorAll('p')[1].remove();
  expect(stillReads(removed)).toBe(false);
});

test('a no-break space in the page still reads as the figure', () => {
  setPage('<p>At least 12\u00a0000 people fled.</p>');
  const f = figureOf('12 000');
  expect(f.range.toString()).toBe('12\u00a0000');
  expect(stillReads(f)).toBe(true);
});
