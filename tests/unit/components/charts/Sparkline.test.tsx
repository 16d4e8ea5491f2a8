/** The popup's sparkline component draws exactly what it is given, with line styles and a sentence. */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Sparkline, SPARKLINE_CSS } from '../../../../components/charts/Sparkline';
import { SPARK_BASE, SPARK_HEIGHT, SPARK_WIDTH, type Sparkline as Data } from '../../../../lib/charts/sparkline';

let root: Element;
beforeEach(() => {
  const { document, window } = parseHTML('<html><body><div id="root"></div></body></html>');
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', window);
  root = document.getElementById('root')!;
});
afterEach(() => vi.unstubAllGlobals());

const running: Data = {
  kind: 'running',
  series: [
    { shape: 'line', style: 'party', points: '3,15 40,10 77,4' },
    { shape: 'line', style: 'floor', points: '10,14 70,12' },
    { shape: 'span', style: 'estimate', x: 50, y1: 12, y2: 8 },
  ],
  claim: { x: 77, y: 6, top: 3 },
  text: 'The article’s figure, more than 300k, against a party’s claim of 310k.',
};

it('draws the lines in their order and styles, the claim as a ringed dot with its bar, in an 80×18 box', () => {
  render(<Sparkline sparkline={running} />, root);
  const svg = root.querySelector('svg')!;
  expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual([String(SPARK_WIDTH), String(SPARK_HEIGHT)]);
  const lines = [...svg.querySelectorAll('polyline')];
  expect(lines.map((l) => [l.getAttribute('class'), l.getAttribute('points')])).toEqual([
    ['sp-party', '3,15 40,10 77,4'],
    ['sp-floor', '10,14 70,12'],
  ]);
  // The floor is shaded down to the baseline under its line.
  expect(svg.querySelector('polygon.sp-floor-area')!.getAttribute('points')).toBe(`10,${SPARK_BASE} 10,14 70,12 70,${SPARK_BASE}`);
  expect(svg.querySelector('line.sp-estimate')!.getAttribute('y2')).toBe('8');
  const dot = svg.querySelector('circle.sp-claim')!;
  expect([dot.getAttribute('cx'), dot.getAttribute('cy')]).toEqual(['77', '6']);
  const bar = svg.querySelector('line.sp-claim')!;
  expect([bar.getAttribute('x1'), bar.getAttribute('y1'), bar.getAttribute('y2')]).toEqual(['77', '6', '3']);
  // The dot is drawn last, over the lines.
  expect(svg.lastElementChild).toBe(dot);
});

it('has a one-sentence text alternative', () => {
  render(<Sparkline sparkline={running} />, root);
  const svg = root.querySelector('svg')!;
  expect(svg.getAttribute('role')).toBe('img');
  expect(svg.getAttribute('aria-label')).toBe(running.text);
});

it('draws an exact figure as a dot without a bar', () => {
  render(<Sparkline sparkline={{ ...running, claim: { x: 40, y: 9, top: null } }} />, root);
  expect(root.querySelector('line.sp-claim')).toBeNull();
  expect(root.querySelector('circle.sp-claim')!.getAttribute('cx')).toBe('40');
});

it('draws handovers as bars standing on the baseline, this one marked', () => {
  const bars: Data = {
    kind: 'handovers',
    bars: [
      { x: 3, y: 10, width: 20 },
      { x: 28, y: 4, width: 20 },
    ],
    marked: 1,
    text: 'Two handovers; this one is marked.',
  };
  render(<Sparkline sparkline={bars} />, root);
  const rects = [...root.querySelectorAll('rect')];
  expect(rects.map((r) => [r.getAttribute('class'), r.getAttribute('x'), r.getAttribute('height')])).toEqual([
    ['sp-bar', '3', String(SPARK_BASE - 10)],
    ['sp-bar sp-marked', '28', String(SPARK_BASE - 4)],
  ]);
  expect(root.querySelector('circle')).toBeNull();
});

it('tells the party’s claim by its dashes, and follows a dark colour scheme', () => {
  expect(SPARKLINE_CSS).toMatch(/polyline\.sp-party\{[^}]*stroke-dasharray/);
  expect(SPARKLINE_CSS).toMatch(/@media \(prefers-color-scheme: dark\)\{\.sparkline\{--sp-p:/);
});
