// @vitest-environment happy-dom
/**
 * The scanner: page text out to the checker in pieces, claims back onto live Ranges over the right
 * text nodes, kept honest as the page changes, and nothing after the session ends. The checker is a
 * stand-in that reports every number followed by " died" (offsets into the text it was sent).
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type CheckPort, FigureScanner } from '../../../lib/page/figure-scanner';
import { PIECE_CHARS } from '../../../lib/page/pieces';
import type { CheckedClaim } from '../../../lib/verdict';
import { checkedClaim } from '../checked-claim';
import { setPage } from './page-fixture';

function claimsIn(text: string): CheckedClaim[] {
  return [...text.matchAll(/\d[\d,]*(?= died)/g)].map((m) => checkedClaim(m[0], m.index, 'unverified'));
}

/** A checker whose answers the test releases; it records what it was sent and told to forget. */
function checker() {
  const sent: { chunkId: string; text: string; answer: (claims?: CheckedClaim[]) => void; fail: (e: Error) => void }[] = [];
  const forgotten: { chunkIds: string[]; keys: string[] }[] = [];
  const port: CheckPort = {
    check: (chunkId, text) => new Promise((resolve, reject) => sent.push({ chunkId, text, answer: (claims = claimsIn(text)) => resolve(claims), fail: reject })),
    forget: (chunkIds, keys) => void forgotten.push({ chunkIds, keys }),
    keyOf: (chunkId, claim) => `${chunkId}:${claim.start}-${claim.end}`,
  };
  const answerAll = () => {
    for (const s of sent.splice(0)) s.answer();
  };
  return { port, sent, forgotten, answerAll };
}

/** Lets queued promise reactions (the scanner's awaits) run. */
const settle = () => new Promise((ok) => setTimeout(ok, 0));

let session: AbortController;
beforeEach(() => {
  session = new AbortController();
});
afterEach(() => session.abort());

function scanner(port: CheckPort, changed = vi.fn()) {
  return { scan: new FigureScanner(session.signal, port, changed), changed };
}

const figures = (s: FigureScanner) => s.figures.inOrder().map((f) => ({ figure: f.claim.figure, reads: f.range.toString(), nodes: f.nodes.map((n) => n.data) }));

test('claims come back as live Ranges over the text nodes they span, even a figure split across elements', async () => {
  const body = setPage('<h1>Floods</h1><p>Officials said <b>1,2</b>00 died and <a href="#">45</a> died later.</p><p>Elsewhere 7 died.</p>');
  const { port, sent, answerAll } = checker();
  const { scan, changed } = scanner(port);
  const whenSent = vi.fn();
  const done = scan.scanPage(body, { sent: whenSent });
  await settle();
  expect(whenSent).toHaveBeenCalledOnce(); // before any answer
  expect(sent.map((s) => s.text)).toEqual(['Floods\n\nOfficials said 1,200 died and 45 died later.\n\nElsewhere 7 died.']);
  answerAll();
  await done;
  expect(changed).toHaveBeenCalled();
  expect(figures(scan)).toEqual([
    { figure: '1,200', reads: '1,200', nodes: ['1,2', '00 died and '] },
    { figure: '45', reads: '45', nodes: ['45'] },
    { figure: '7', reads: '7', nodes: ['Elsewhere 7 died.'] },
  ]);
  // Keys are the checker's, from the chunk and the claim's offsets in the text it was sent.
  expect(scan.figures.inOrder()[0].key).toBe('c1:23-28');
});

test('a long page goes out in pieces, the ones near the viewport first, and each piece maps back by its own offset', async () => {
  const para = (i: number) => `<p id="p${i}">In district ${i} some ${100 + i} died as the river rose over the old town walls and roads.</p>`;
  const body = setPage(Array.from({ length: 400 }, (_, i) => para(i)).join(''));
  // The page is scrolled to its far end: only the last paragraphs are on screen.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const top = Number(this.id.slice(1)) >= 250 ? 0 : -100_000;
    return { top, bottom: top + 40 } as DOMRect;
  });
  const { port, sent, answerAll } = checker();
  const { scan } = scanner(port);
  const whenSent = vi.fn();
  const done = scan.scanPage(body, { sent: whenSent });
  await vi.waitFor(() => expect(whenSent).toHaveBeenCalled());
  expect(sent.length).toBeGreaterThan(2);
  expect(sent.every((s) => s.text.length <= PIECE_CHARS)).toBe(true);
  expect(sent[0].chunkId).toBe(`c${sent.length}`); // the last piece, on screen, goes first
  expect(sent.slice(1).map((s) => s.chunkId)).toEqual(Array.from({ length: sent.length - 1 }, (_, i) => `c${i + 1}`));
  answerAll();
  await done;
  const placed = scan.figures.inOrder();
  expect(placed).toHaveLength(400);
  placed.forEach((f, i) => {
    expect(f.range.toString()).toBe(String(100 + i));
    expect(f.nodes[0].parentElement!.id).toBe(`p${i}`);
  });
});

test('a page known to show its top goes out in document order, and nothing measures its layout', async () => {
  const body = setPage(Array.from({ length: 400 }, (_, i) => `<p id="p${i}">In district ${i} some ${100 + i} died when the river rose.</p>`).join(''));
  const measured = vi.spyOn(Element.prototype, 'getBoundingClientRect');
  const { port, sent, answerAll } = checker();
  const { scan } = scanner(port);
  const whenSent = vi.fn();
  const done = scan.scanPage(body, { sent: whenSent, atTop: true });
  await vi.waitFor(() => expect(whenSent).toHaveBeenCalled());
  expect(sent.length).toBeGreaterThan(1);
  expect(sent.map((s) => s.chunkId)).toEqual(Array.from({ length: sent.length }, (_, i) => `c${i + 1}`));
  expect(measured).not.toHaveBeenCalled();
  answerAll();
  await done;
  expect(scan.figures.inOrder()).toHaveLength(400);
});

test('a piece the checker fails on is reported and the others are still placed', async () => {
  const body = setPage(Array.from({ length: 300 }, (_, i) => `<p>Report ${i}: ${i} died in the night, officials in the region said on Tuesday.</p>`).join(''));
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { port, sent } = checker();
  const { scan } = scanner(port);
  const whenSent = vi.fn();
  const done = scan.scanPage(body, { sent: whenSent });
  await vi.waitFor(() => expect(whenSent).toHaveBeenCalled());
  expect(sent.length).toBeGreaterThan(1);
  sent[0].fail(new Error('worker restarted'));
  for (const s of sent.slice(1)) s.answer();
  await done;
  expect(warn).toHaveBeenCalledOnce();
  expect(String(warn.mock.calls[0][0])).toContain('checking a piece of the page');
  expect(scan.figures.size).toBeGreaterThan(0);
  expect(scan.figures.size).toBeLessThan(300);
});

test('a changed block is read again: its old figures are dropped and forgotten, the new text is checked and placed', async () => {
  const body = setPage('<p id="a">First 10 died.</p><p id="b">Then 20 died.</p>');
  const { port, sent, forgotten, answerAll } = checker();
  const { scan } = scanner(port);
  const first = scan.scanPage(body);
  await settle();
  answerAll();
  await first;
  const b = document.getElementById('b')!;
  b.textContent = 'Then 25 died.';
  const again = scan.rescanBlocks([b]);
  await settle();
  expect(forgotten).toEqual([{ chunkIds: [], keys: ['c1:21-23'] }]);
  expect(figures(scan).map((f) => f.figure)).toEqual(['10']);
  expect(sent.map((s) => [s.chunkId, s.text])).toEqual([['c2', 'Then 25 died.']]);
  answerAll();
  await again;
  expect(figures(scan)).toEqual([
    { figure: '10', reads: '10', nodes: ['First 10 died.'] },
    { figure: '25', reads: '25', nodes: ['Then 25 died.'] },
  ]);
  expect(scan.figures.inOrder()[1].key).toBe('c2:5-7');
});

test('a block re-rendered with the same text keeps its chunk, claims and keys without asking the checker again', async () => {
  const body = setPage('<div id="feed"><p>Update: 31 died.</p></div><p>Other 4 died.</p>');
  const { port, sent, forgotten, answerAll } = checker();
  const { scan } = scanner(port);
  const feed = document.getElementById('feed')!;
  const first = scan.scanPage(body);
  await settle();
  answerAll();
  await first;
  // A change inside the feed makes the feed its own chunk (read on its own), then the feed re-renders.
  feed.innerHTML = '<p>Update: 32 died.</p>';
  const split = scan.rescanBlocks([feed.firstElementChild!]);
  await settle();
  answerAll();
  await split;
  const key = scan.figures.inOrder()[0].key;
  const toldBefore = forgotten.length;
  feed.innerHTML = '<p>Update: 32 died.</p>';
  await scan.rescanBlocks([feed]);
  expect(sent).toEqual([]);
  expect(forgotten).toHaveLength(toldBefore); // nothing left the page
  const [placed] = scan.figures.inOrder();
  expect(placed.key).toBe(key);
  expect(placed.nodes[0]).toBe(feed.querySelector('p')!.firstChild);
  expect(placed.range.toString()).toBe('32');
});

test('answers that arrive after the session ended are dropped; nothing is read or sent afterwards', async () => {
  const body = setPage('<p>Then 20 died.</p>');
  const { port, sent } = checker();
  const { scan, changed } = scanner(port);
  const done = scan.scanPage(body);
  await settle();
  session.abort();
  sent[0].answer();
  await done;
  expect(scan.figures.size).toBe(0);
  expect(changed).not.toHaveBeenCalled();
  await scan.scanPage(body);
  await scan.rescanBlocks([body.firstElementChild!]);
  expect(sent).toHaveLength(1);
});
