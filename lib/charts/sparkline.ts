/**
 * The popup's one-line sparkline of a figure (about 80×18 px), derived in the worker from the
 * tooltip's chart (verdict-chart.ts): the same series on the same scale, shrunk and thinned to a
 * couple of dozen points per line, with the article's figure as a dot (and its "more than" or
 * range bar); for a handover, the same bars with this one marked. Derived from the chart's
 * coordinates, not from the records again, so the sparkline can never disagree with the tooltip.
 *
 * Why it is stored with the tab report, split in two (see entrypoints/background/tab-reports.ts):
 * the popup opens long after the worker checked the page (the worker may have slept and lost every
 * chart), so asking the worker on open would mean checking the page again. Stored whole with each
 * figure a sparkline costs ~290 bytes (a stored figure is ~560): on the 1 MB test page (654
 * figures, 327 with a chart) +95 kB on 368 kB. But the figures of one page share their series (the
 * chart lays them out once per page), so what they share — the backdrop — is stored once per tab
 * under a content id, like a reference record, and each figure keeps only its dot, its sentence
 * and that id (~160 bytes): +54 kB there, about 15%, so the ~1 MB tab budget still lists more than
 * twice the figures of such a page.
 */
import { thin } from './scale';
import { CHART_HEIGHT, CHART_PAD, CHART_WIDTH, type SeriesStyle, type VerdictChart } from './verdict-chart';

export const SPARK_WIDTH = 80;
export const SPARK_HEIGHT = 18;
/** Room round the plot for the claim's ringed dot (radius 2.5). */
export const SPARK_PAD = 3;
/** The baseline (value 0) of a sparkline; floors are shaded down to it and bars stand on it. */
export const SPARK_BASE = SPARK_HEIGHT - 2;
/** Points per line: at 80 pixels a point every ~3 px is as much as the eye can take. */
export const SPARK_POINTS = 24;
/** Lines per sparkline: more would be a tangle at 18 px high. */
export const SPARK_SERIES = 3;

/** One series as drawn, in the sparkline's own coordinates (SPARK_WIDTH × SPARK_HEIGHT). */
export type SparkSeries =
  | { shape: 'line'; style: SeriesStyle; points: string }
  /** An estimate's range over time: its lows left to right, then its highs back. */
  | { shape: 'band'; style: SeriesStyle; points: string }
  /** A series with one record. */
  | { shape: 'dot'; style: SeriesStyle; x: number; y: number }
  /** A series with one record that is a range. */
  | { shape: 'span'; style: SeriesStyle; x: number; y1: number; y2: number };

export interface SparkBar {
  x: number;
  /** The bar's top; it stands on SPARK_BASE. */
  y: number;
  width: number;
}

/** The article's figure: a dot at its (lower) value, and a bar up to `top` for "more than" or a range. */
export interface SparkClaim {
  x: number;
  y: number;
  top: number | null;
}

export type Sparkline =
  | { kind: 'running'; series: SparkSeries[]; claim: SparkClaim; text: string }
  /** `marked`: the index in `bars` of the exchange this figure is, or null when none matches. */
  | { kind: 'handovers'; bars: SparkBar[]; marked: number | null; text: string };

/** What the figures of one page share: the series (or handovers) on one scale. */
export type SparkBackdrop = { kind: 'running'; series: SparkSeries[] } | { kind: 'handovers'; bars: SparkBar[] };

/** What is the figure's own: where its dot is (or which bar is it), and its sentence. */
export type SparkOwn = { kind: 'running'; claim: SparkClaim; text: string } | { kind: 'handovers'; marked: number | null; text: string };

const half = (v: number) => Math.round(v * 2) / 2;
// The chart's plot area onto the sparkline's, so both keep the same scale and proportions.
const sx = (x: number) => half(SPARK_PAD + ((x - CHART_PAD.left) * (SPARK_WIDTH - 2 * SPARK_PAD)) / (CHART_WIDTH - CHART_PAD.left - CHART_PAD.right));
const chartBase = CHART_HEIGHT - CHART_PAD.bottom;
const sy = (y: number) => half(SPARK_PAD + ((y - CHART_PAD.top) * (SPARK_BASE - SPARK_PAD)) / (chartBase - CHART_PAD.top));
const sw = (w: number) => half((w * (SPARK_WIDTH - 2 * SPARK_PAD)) / (CHART_WIDTH - CHART_PAD.left - CHART_PAD.right));

type XY = { day: number; value: number };
const parse = (points: string): XY[] =>
  points.split(' ').map((p) => {
    const [x, y] = p.split(',').map(Number);
    return { day: x, value: y };
  });
const join = (points: readonly XY[]) => points.map((p) => `${sx(p.day)},${sy(p.value)}`).join(' ');

/**
 * The sparkline of a figure's chart, or null when it has none (no comparable series): then the
 * popup shows no sparkline at all, rather than an empty box.
 */
export function sparklineOf(chart: VerdictChart | undefined): Sparkline | null {
  if (!chart) return null;
  if (chart.kind === 'handovers') {
    const bars: SparkBar[] = [];
    let marked: number | null = null;
    for (const m of chart.marks) {
      if (m.shape !== 'bar') continue;
      if (m.marked) marked = bars.length;
      bars.push({ x: sx(m.x), y: sy(m.y), width: Math.max(1, sw(m.width)) });
    }
    return bars.length ? { kind: 'handovers', bars, marked, text: chart.text } : null;
  }
  const series: SparkSeries[] = [];
  let claim: SparkClaim | null = null;
  let claimTop: number | null = null;
  for (const m of chart.marks) {
    if (m.shape === 'bar') continue;
    if (m.style === 'claim') {
      if (m.shape === 'dot') claim = { x: sx(m.x), y: sy(m.y), top: null };
      else if (m.shape === 'span') claimTop = sy(Math.min(m.y1, m.y2));
      continue;
    }
    if (series.length === SPARK_SERIES) continue;
    switch (m.shape) {
      case 'line':
        series.push({ shape: 'line', style: m.style, points: join(thin(parse(m.points), SPARK_POINTS)) });
        break;
      case 'area':
        // A floor's shading is drawn from its line (which follows it); only an estimate's band is kept.
        if (m.style !== 'floor') series.push({ shape: 'band', style: m.style, points: band(parse(m.points)) });
        break;
      case 'dot':
        series.push({ shape: 'dot', style: m.style, x: sx(m.x), y: sy(m.y) });
        break;
      case 'span':
        series.push({ shape: 'span', style: m.style, x: sx(m.x), y1: sy(m.y1), y2: sy(m.y2) });
        break;
    }
  }
  if (!claim || series.length === 0) return null;
  if (claimTop !== null && claimTop !== claim.y) claim.top = claimTop;
  return { kind: 'running', series, claim, text: chart.text };
}

/** A band's outline (lows left to right, then highs right to left), each edge thinned alike. */
function band(outline: XY[]): string {
  const n = outline.length / 2;
  const lows = outline.slice(0, n).map((p, i) => ({ ...p, i }));
  const highs = outline.slice(n).reverse();
  const kept = thin(lows, SPARK_POINTS);
  return `${join(kept)} ${join(kept.map((p) => highs[p.i]).reverse())}`;
}

/** A sparkline split into what the page's figures share and what is the figure's own. */
export function splitSparkline(s: Sparkline): { backdrop: SparkBackdrop; own: SparkOwn } {
  return s.kind === 'running'
    ? { backdrop: { kind: 'running', series: s.series }, own: { kind: 'running', claim: s.claim, text: s.text } }
    : { backdrop: { kind: 'handovers', bars: s.bars }, own: { kind: 'handovers', marked: s.marked, text: s.text } };
}

/** The sparkline again from its two halves; null if they do not belong together (a lost or mismatched backdrop). */
export function joinSparkline(backdrop: SparkBackdrop | undefined, own: SparkOwn): Sparkline | null {
  if (!backdrop || backdrop.kind !== own.kind) return null;
  if (backdrop.kind === 'running' && own.kind === 'running') return { kind: 'running', series: backdrop.series, claim: own.claim, text: own.text };
  if (backdrop.kind === 'handovers' && own.kind === 'handovers') {
    if (own.marked !== null && own.marked >= backdrop.bars.length) return null;
    return { kind: 'handovers', bars: backdrop.bars, marked: own.marked, text: own.text };
  }
  return null;
}

/**
 * A short id of a backdrop from its content (FNV-1a over its JSON, base 36): figures with the same
 * series on the same scale get the same id, so the backdrop is stored once. A tab holds a handful
 * of backdrops, so a clash of 32-bit ids is not a practical concern.
 */
export function backdropId(b: SparkBackdrop): string {
  const s = JSON.stringify(b);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
