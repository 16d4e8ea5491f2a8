/**
 * The tooltip's small chart for one figure, laid out in the worker from the same records the
 * verdict compared (lib/verify): the comparable running series over the two years before the
 * article — the party's own claim, independent counts, verified counts as an "at least" floor,
 * estimates as bands — each thinned to a few dozen points, with the article's figure at the
 * article's date; or, for a handover, the recent exchanges with this one marked. It travels with
 * the verdict already laid out (coordinates, ticks, labels, a one-sentence text alternative), so
 * the page draws it at once and the content script carries no charting code.
 */
import type { Claim } from '../claim';
import { firstOnOrAfter, type IndexedRecord } from '../verify/record-index';
import { claimInterval } from '../verify/interval';
import { dateTicks, isoOf, linear, thin } from './scale';

/** How a series is drawn; never told by colour alone (line style and label differ too). */
export type SeriesStyle = 'party' | 'independent' | 'floor' | 'estimate';

/** One drawn mark, in the chart's own coordinates (CHART_WIDTH × CHART_HEIGHT). */
export type Mark =
  | { shape: 'line'; style: SeriesStyle; points: string }
  | { shape: 'area'; style: SeriesStyle; points: string }
  | { shape: 'dot'; style: SeriesStyle | 'claim'; x: number; y: number }
  | { shape: 'span'; style: SeriesStyle | 'claim'; x: number; y1: number; y2: number }
  | { shape: 'bar'; marked: boolean; x: number; y: number; width: number; height: number; label: string; labelX: number };

export interface VerdictChart {
  kind: 'running' | 'handovers';
  marks: Mark[];
  ticks: { x: number; label: string }[];
  /** The value axis' top, in words ("16k"), drawn at its top left. */
  top: string;
  legend: { style: SeriesStyle; label: string }[];
  /** The chart in one sentence, for screen readers. */
  text: string;
}

export const CHART_WIDTH = 260;
export const CHART_HEIGHT = 90;
/** The left margin holds the value axis' top label, so a mark at the top left never covers it. */
export const CHART_PAD = { left: 26, right: 6, top: 6, bottom: 16 };
const PAD = CHART_PAD;
const BASE = CHART_HEIGHT - PAD.bottom;

const MAX_SERIES = 3;
const MAX_POINTS = 30;
/** How far back the chart looks: enough to show a trend, short enough to read at 260 pixels. */
const LOOKBACK_DAYS = 2 * 365;
const MAX_BARS = 8;

const STYLE_WORDS: Record<SeriesStyle, string> = { party: 'party claim', independent: 'independent count', floor: 'verified minimum', estimate: 'estimate' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthYear = (day: number) => {
  const iso = isoOf(day);
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
};
/** "16k", "1.2M", "950". */
export const short = (n: number) =>
  n >= 1e6 ? `${+(n / 1e6).toFixed(1)}M` : n >= 1e4 ? `${Math.round(n / 1e3)}k` : n >= 1e3 ? `${+(n / 1e3).toFixed(1)}k` : String(Math.round(n));
const round = (v: number) => Math.round(v * 10) / 10;

function styleOf(e: IndexedRecord): SeriesStyle {
  if (e.trust.kind === 'party' || e.record.figureKind === 'party_claim') return 'party';
  if (e.record.figureKind === 'verified_floor') return 'floor';
  if (e.record.figureKind === 'statistical_estimate') return 'estimate';
  return 'independent';
}

type Point = { day: number; value: number; low: number; high: number };

/**
 * A series' thinned points over the LOOKBACK_DAYS before `day`, found by binary search. Every
 * figure on a page shares the page's date, so the results for the last few days per series are kept.
 */
const windows = new WeakMap<readonly IndexedRecord[], Map<number, Point[]>>();
/** Days kept per series: an undated page's pieces may each be dated by their own text. */
const WINDOW_DAYS_KEPT = 8;
function windowOf(series: readonly IndexedRecord[], day: number): Point[] {
  let byDay = windows.get(series);
  const known = byDay?.get(day);
  if (known) return known;
  const from = firstOnOrAfter(series, day - LOOKBACK_DAYS);
  const to = firstOnOrAfter(series, day + 1);
  const points = thin(
    series.slice(from, to).map((r) => ({ day: r.day, value: r.record.best, low: r.record.low, high: r.record.high })),
    MAX_POINTS,
  );
  if (!byDay) windows.set(series, (byDay = new Map()));
  if (byDay.size >= WINDOW_DAYS_KEPT) byDay.clear();
  byDay.set(day, points);
  return points;
}

interface Series {
  label: string;
  style: SeriesStyle;
  points: { day: number; low: number; high: number }[];
}

/**
 * The chart for a running-total figure: the series holding the records the verdict compared, in
 * the order given (the most telling first), each from LOOKBACK_DAYS before the article to it.
 */
export function runningChart(
  claim: Claim,
  articleDay: number,
  compared: readonly IndexedRecord[],
  seriesOf: (e: IndexedRecord) => readonly IndexedRecord[] | undefined,
): VerdictChart | null {
  const series: Series[] = [];
  const seen = new Set<readonly IndexedRecord[]>();
  const ids: number[] = [];
  for (const e of compared) {
    if (series.length === MAX_SERIES) break;
    const all = seriesOf(e);
    if (!all || seen.has(all)) continue;
    seen.add(all);
    const points = windowOf(all, articleDay);
    if (points.length === 0) continue;
    series.push({ label: e.record.claimant, style: styleOf(e), points });
    ids.push(idOf(all));
  }
  if (series.length === 0) return null;
  const i = claimInterval(claim);
  const claimHigh = Number.isFinite(i.high) ? i.high : null;
  const need = claimHigh ?? i.low * 1.5;
  // Figures of one page share its date and mostly their series: the series are laid out once per
  // page, and each figure adds only its own marks, unless it reaches above them all.
  const key = `${articleDay}|${ids.join(',')}|${series.map((s) => s.style).join(',')}`;
  let back = backdrops.get(key);
  if (!back) {
    if (backdrops.size > 200) backdrops.clear();
    backdrops.set(key, (back = backdrop(series, articleDay, 0)));
  }
  if (need > back.seriesTop) back = backdrop(series, articleDay, need);
  const cx = round(back.x(articleDay));
  const marks = [...back.marks];
  if (claimHigh === null || claimHigh !== i.low)
    marks.push({ shape: 'span', style: 'claim', x: cx, y1: round(back.y(i.low)), y2: round(claimHigh === null ? PAD.top : back.y(claimHigh)) });
  marks.push({ shape: 'dot', style: 'claim', x: cx, y: round(back.y(i.low)) });
  const figure = claimHigh === null ? `more than ${short(i.low)}` : claimHigh === i.low ? short(i.low) : `${short(i.low)}–${short(claimHigh)}`;
  return { kind: 'running', marks, ticks: back.ticks, top: back.top, legend: back.legend, text: `The article's figure, ${figure}, against ${back.parts}.` };
}

let nextId = 0;
const seriesIds = new WeakMap<readonly IndexedRecord[], number>();
function idOf(series: readonly IndexedRecord[]): number {
  let id = seriesIds.get(series);
  if (id === undefined) seriesIds.set(series, (id = nextId++));
  return id;
}

interface Backdrop {
  x: (v: number) => number;
  y: (v: number) => number;
  /** The highest value the series reach: a figure below it is drawn on the same scale. */
  seriesTop: number;
  marks: Mark[];
  ticks: VerdictChart['ticks'];
  top: string;
  legend: VerdictChart['legend'];
  parts: string;
}
const backdrops = new Map<string, Backdrop>();

/** The series of a chart laid out on a scale that reaches at least `need`. */
function backdrop(series: Series[], articleDay: number, need: number): Backdrop {
  let d0 = articleDay;
  let d1 = articleDay;
  let seriesTop = 1;
  for (const s of series)
    for (const p of s.points) {
      if (p.day < d0) d0 = p.day;
      if (p.day > d1) d1 = p.day;
      if (p.high > seriesTop) seriesTop = p.high;
    }
  const top = Math.max(seriesTop, need) * 1.08;
  const x = linear(d0, d1, PAD.left, CHART_WIDTH - PAD.right);
  const y = linear(0, top, BASE, PAD.top);
  const at = (p: { day: number }, v: number) => `${round(x(p.day))},${round(y(v))}`;
  const marks: Mark[] = [];
  for (const s of series) {
    const lows = s.points.map((p) => at(p, p.low));
    if (s.points.length === 1) {
      const p = s.points[0];
      marks.push(
        p.high > p.low
          ? { shape: 'span', style: s.style, x: round(x(p.day)), y1: round(y(p.low)), y2: round(y(p.high)) }
          : { shape: 'dot', style: s.style, x: round(x(p.day)), y: round(y(p.low)) },
      );
    } else if (s.style === 'floor') {
      // "At least": everything up to the verified count is shaded.
      marks.push({ shape: 'area', style: s.style, points: `${round(x(s.points[0].day))},${BASE} ${lows.join(' ')} ${round(x(s.points[s.points.length - 1].day))},${BASE}` });
      marks.push({ shape: 'line', style: s.style, points: lows.join(' ') });
    } else if (s.style === 'estimate' && s.points.some((p) => p.high > p.low)) {
      marks.push({
        shape: 'area',
        style: s.style,
        points: `${lows.join(' ')} ${[...s.points]
          .reverse()
          .map((p) => at(p, p.high))
          .join(' ')}`,
      });
    } else {
      marks.push({ shape: 'line', style: s.style, points: lows.join(' ') });
    }
  }
  const ticks = dateTicks(d0, d1, 3).map((t) => {
    const day = Date.parse(`${t}T00:00:00Z`) / 86_400_000;
    return { x: round(Math.min(CHART_WIDTH - 20, Math.max(12, x(day)))), label: t.slice(5) === '01-01' ? t.slice(0, 4) : monthYear(day) };
  });
  const parts = series
    .map((s) => {
      const last = s.points[s.points.length - 1];
      return `${s.label} (${STYLE_WORDS[s.style]}) ${last.low === last.high ? short(last.low) : `${short(last.low)}–${short(last.high)}`} by ${monthYear(last.day)}`;
    })
    .join('; ');
  return { x, y, seriesTop, marks, ticks, top: short(top / 1.08), legend: series.map((s) => ({ style: s.style, label: s.label })), parts };
}

/** The chart for a handover: the last exchanges to the same side up to a few days after the article. */
export function handoverChart(claim: Claim, articleDay: number, events: readonly IndexedRecord[], matched: IndexedRecord | undefined): VerdictChart | null {
  const recent = events.filter((e) => e.day <= articleDay + 3).slice(-MAX_BARS);
  if (recent.length === 0) return null;
  const top = Math.max(...recent.map((e) => e.record.best), claim.count, 1) * 1.1;
  const y = linear(0, top, BASE, PAD.top);
  const slot = (CHART_WIDTH - PAD.left - PAD.right) / recent.length;
  const marks: Mark[] = recent.map((e, i) => ({
    shape: 'bar',
    marked: e === matched,
    x: round(PAD.left + i * slot + 2),
    y: round(y(e.record.best)),
    width: round(Math.max(2, slot - 4)),
    height: round(BASE - y(e.record.best)),
    label: short(e.record.best),
    labelX: round(PAD.left + i * slot + slot / 2),
  }));
  const values = recent.map((e) => e.record.best);
  return {
    kind: 'handovers',
    marks,
    ticks: [],
    top: short(top / 1.1),
    legend: [],
    text: `The last ${recent.length} recorded handovers, ${monthYear(recent[0].day)} to ${monthYear(recent[recent.length - 1].day)}, ranged from ${short(Math.min(...values))} to ${short(Math.max(...values))}; ${matched ? `this one, of ${matched.record.best}, is marked` : `none matches ${claim.count}`}.`,
  };
}
