// @vitest-environment happy-dom
/**
 * The painter registers figures in one CSS Highlight per verdict, never changes the page's DOM,
 * removes only its own highlights, and takes everything off when the session ends. The test DOM has
 * no Custom Highlight API, so `CSS.highlights` and `Highlight` are stood in for by a Map and a Set,
 * which is what the API is (a maplike registry of setlike range collections). Like a Highlight seen
 * from a Firefox content script, the stand-in cannot be iterated (page-fixture.ts).
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Figure } from '../../../lib/page/figure-set';
import { HighlightPainter, type PaintSettings, pageIsDark, supportsHighlights } from '../../../lib/page/highlight-painter';
import { FakeHighlight, figureOf, setPage, standInHighlights } from './page-fixture';

let registry: Map<string, FakeHighlight>;
beforeEach(() => {
  registry = standInHighlights();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.adoptedStyleSheets = [];
});

const nameOf = (status: string) => `tollcheck-${status.replace('_', '-')}`;
const defaults: PaintSettings = { categories: ['killed', 'wounded'], markNoData: true, sheetCss: () => null };
const all = () => true;
const ranges = (name: string) => (registry.get(name)?.held() ?? []).map((r) => r.toString());

function page(): Figure[] {
  setPage('<p>Officials said <b>1,2</b>00 were killed, 340 wounded and 56 missing; 78 died later.</p>');
  return [figureOf('1,200', 'corroborated'), figureOf('340', 'disputed'), figureOf('56', 'no_data'), figureOf('78', 'corroborated')];
}

test('without the Custom Highlight API the content script knows not to start', () => {
  expect(supportsHighlights()).toBe(true);
  vi.stubGlobal('Highlight', undefined);
  expect(supportsHighlights()).toBe(false);
});

test('figures go into one highlight per verdict under the given names; the page DOM is untouched', () => {
  const figures = page();
  const before = document.body.innerHTML;
  const painter = new HighlightPainter(new AbortController().signal, nameOf);
  const marked = painter.paint(figures, defaults, all);
  expect(marked).toEqual(figures);
  expect([...registry.keys()].sort()).toEqual(['tollcheck-corroborated', 'tollcheck-disputed', 'tollcheck-no-data']);
  expect(ranges('tollcheck-corroborated')).toEqual(['1,200', '78']);
  expect(ranges('tollcheck-disputed')).toEqual(['340']);
  expect(document.body.innerHTML).toBe(before);
});

test('settings decide what is marked: categories, and figures the dataset knows nothing about', () => {
  const figures = page();
  figures[1].claim.category = 'missing';
  const painter = new HighlightPainter(new AbortController().signal, nameOf);
  const marked = painter.paint(figures, { ...defaults, markNoData: false }, all);
  expect(marked.map((f) => f.claim.figure)).toEqual(['1,200', '78']);
  expect([...registry.keys()]).toEqual(['tollcheck-corroborated']);
});

test('painting again keeps the same Highlight objects, drops figures whose text changed, and unregisters emptied verdicts', () => {
  const figures = page();
  const painter = new HighlightPainter(new AbortController().signal, nameOf);
  painter.paint(figures, defaults, all);
  const corroborated = registry.get('tollcheck-corroborated');
  document.querySelector('b')!.firstChild!.textContent = '9,9';
  const marked = painter.paint(figures.slice(0, 3), defaults, all);
  expect(marked.map((f) => f.claim.figure)).toEqual(['340', '56']);
  expect(registry.has('tollcheck-corroborated')).toBe(false);
  painter.paint(figures.slice(3), defaults, all);
  expect(ranges('tollcheck-corroborated')).toEqual(['78']);
  painter.paint(figures.slice(3), defaults, all);
  const again = registry.get('tollcheck-corroborated');
  expect(again).toBeDefined();
  expect(painter.paint(figures.slice(3), defaults, all)).toHaveLength(1);
  expect(registry.get('tollcheck-corroborated')).toBe(again);
  expect(again).not.toBe(corroborated);
});

test('only ranges the viewport test accepts are registered, but every shown figure counts as marked', () => {
  const figures = page();
  const painter = new HighlightPainter(new AbortController().signal, nameOf);
  const marked = painter.paint(figures, defaults, (r) => r.toString() !== '78');
  expect(marked).toHaveLength(4);
  expect(ranges('tollcheck-corroborated')).toEqual(['1,200']);
});

test("clear() removes this painter's highlights and sheet, never those another copy registered", () => {
  const figures = page();
  const painter = new HighlightPainter(new AbortController().signal, nameOf);
  painter.paint(figures, { ...defaults, sheetCss: (dark) => `::highlight(tollcheck-disputed) { color: ${dark ? 'white' : 'black'}; }` }, all);
  expect(document.adoptedStyleSheets).toHaveLength(1);
  const newer = new FakeHighlight();
  registry.set('tollcheck-disputed', newer); // a newer copy of the script took this name over
  painter.clear();
  expect([...registry.keys()]).toEqual(['tollcheck-disputed']);
  expect(registry.get('tollcheck-disputed')).toBe(newer);
  expect(document.adoptedStyleSheets).toEqual([]);
});

test('a look other than the default adopts one sheet, rewritten only when the look changes and dropped for the default', () => {
  const figures = page();
  const painter = new HighlightPainter(new AbortController().signal, nameOf);
  const written = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
  const sheet = (css: string) => ({ ...defaults, sheetCss: () => css });
  const orange = '::highlight(tollcheck-disputed) { background-color: orange; }';
  const teal = '::highlight(tollcheck-disputed) { background-color: teal; }';
  painter.paint(figures, sheet(orange), all);
  painter.paint(figures, sheet(orange), all);
  const [adopted] = document.adoptedStyleSheets;
  expect(document.adoptedStyleSheets).toHaveLength(1);
  painter.paint(figures, sheet(teal), all);
  expect(document.adoptedStyleSheets).toEqual([adopted]);
  expect(written.mock.calls.map(([css]) => css)).toEqual([orange, teal]);
  expect(written.mock.contexts).toEqual([adopted, adopted]);
  painter.paint(figures, defaults, all);
  expect(document.adoptedStyleSheets).toEqual([]);
  document.adoptedStyleSheets = [];
  painter.paint(figures, sheet(teal), all); // the page replaced the list: adopted again, not rewritten
  expect(document.adoptedStyleSheets).toEqual([adopted]);
  expect(written).toHaveBeenCalledTimes(2);
});

test('a page with light text is dark', () => {
  setPage('<p>x</p>');
  expect(pageIsDark()).toBe(false);
  document.body.style.color = 'rgb(236, 236, 236)';
  expect(pageIsDark()).toBe(true);
});

test('a flash marks one figure and goes by itself', () => {
  const [figure] = page();
  const painter = new HighlightPainter(new AbortController().signal, nameOf);
  painter.flash(figure.range);
  expect(ranges('tollcheck-flash')).toEqual(['1,200']);
  vi.advanceTimersByTime(1599);
  expect(registry.has('tollcheck-flash')).toBe(true);
  vi.advanceTimersByTime(1);
  expect(registry.has('tollcheck-flash')).toBe(false);
});

test('when the session ends every highlight, the flash and its timer and the sheet go, and nothing is painted again', () => {
  const figures = page();
  const session = new AbortController();
  const painter = new HighlightPainter(session.signal, nameOf);
  painter.paint(figures, { ...defaults, sheetCss: () => '::highlight(tollcheck-disputed) { color: red; }' }, all);
  painter.flash(figures[0].range);
  expect(vi.getTimerCount()).toBe(1);
  session.abort();
  expect(registry.size).toBe(0);
  expect(document.adoptedStyleSheets).toEqual([]);
  expect(vi.getTimerCount()).toBe(0);
  expect(painter.paint(figures, defaults, all)).toEqual([]);
  painter.flash(figures[0].range);
  expect(registry.size).toBe(0);
  expect(vi.getTimerCount()).toBe(0);
});
