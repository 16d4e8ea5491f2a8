/**
 * The time rules: which records speak to a claim, given when the article was written.
 * - running totals: cut-offs from the fortnight before the article (the month before, for series
 *   published monthly or occasionally) up to its date: "the figure at the time";
 * - period totals: published in the month before the article (a quarter's report, a week's toll);
 *   a calendar year's total also when the claim names that year;
 * - incidents and handovers: dated within EVENT_WINDOW_DAYS of the article;
 * - an article of unknown date with a window inferred from its text: the same rules over the window;
 * - no date and no window: every record (the verdict then needs a unique match, see verify.ts).
 */
import type { Claim } from '../claim';
import { roundsTo, type Interval } from './interval';
import { between, firstOnOrAfter, type IndexedRecord, type RecordGroup } from './record-index';

/** When the article was written: its own date (from = to), or a window its text allows. */
export interface Frame {
  from: number;
  to: number;
  /** How the window was worked out, for the reason ("the latest date it mentions, 31 May 2024"); null for a dated page. */
  basis: string | null;
}

export const EVENT_WINDOW_DAYS = 3;
/** A handover can only contradict a claim about a handover on the same day (give or take one). */
export const SAME_EVENT_DAYS = 1;
/** Period totals published this long before the article can be the ones it quotes. */
export const PERIOD_WINDOW_DAYS = 30;
/** How many days after the article a running total may be dated and still be the one it reports. */
export const NEXT_DAY = 1;

export type Fits = (e: IndexedRecord) => boolean;

/** Running totals that were current when the article was written, from every series that fits. */
export function runningCandidates(series: ReadonlyMap<string, IndexedRecord[]>, frame: Frame, fits: Fits): IndexedRecord[] {
  const out: IndexedRecord[] = [];
  for (const records of series.values()) {
    if (records.length === 0 || !fits(records[0])) continue;
    // A record dated the day after the article may be the very update it reports (a cut-off or a
    // time zone away); it can agree with the claim, never dispute it (verify.ts).
    const end = firstOnOrAfter(records, frame.to + 1 + NEXT_DAY);
    // Each record too: a test may depend on the figure ("a small figure is no share of a running
    // total", verify.ts), which a series' first, smallest record would pass for all of them.
    for (let i = end - 1; i >= 0 && frame.from - records[i].day <= records[i].currentDays; i--) if (fits(records[i])) out.push(records[i]);
  }
  return out;
}

/** Incidents and handovers dated near the article (or its window). */
export function eventCandidates(events: readonly IndexedRecord[], frame: Frame, fits: Fits): IndexedRecord[] {
  return between(events, frame.from - EVENT_WINDOW_DAYS, frame.to + EVENT_WINDOW_DAYS).filter(fits);
}

const YEAR_RE = /\b(?:19|20)\d{2}\b/g;

/**
 * Period totals that may be the one the claim quotes: published in the month before the article,
 * or, when the claim's sentence names a year, that calendar year's total (published by then). With
 * no date at all, those giving the very figure stated (verify.ts then needs them to be of one time).
 */
export function periodCandidates(periods: readonly IndexedRecord[], claim: Claim, frame: Frame | null, fits: Fits, recentOk: Fits): IndexedRecord[] {
  if (periods.length === 0) return [];
  const years = new Set(claim.sentence.match(YEAR_RE) ?? []);
  return periods.filter((e) => {
    if (!fits(e)) return false;
    if (years.size > 0 && isCalendarYear(e) && years.has(e.record.time.kind === 'cumulative' ? e.record.time.asOf.slice(0, 4) : ''))
      return frame === null || e.publishedDay <= frame.to + 1;
    if (frame === null) return recentOk(e) && e.record.best === claim.count; // no date: only the very figure can single one out
    return recentOk(e) && e.publishedDay <= frame.to + 1 && frame.from - e.publishedDay <= PERIOD_WINDOW_DAYS;
  });
}

function isCalendarYear(e: IndexedRecord): boolean {
  const t = e.record.time;
  return t.kind === 'cumulative' && t.periodStart !== null && t.periodStart.slice(5) === '01-01' && t.asOf.slice(5) === '12-31' && t.periodStart.slice(0, 4) === t.asOf.slice(0, 4);
}

/** Whether a series only grows (low, best and high never fall): then it can be searched by value. */
const growing = new WeakMap<readonly IndexedRecord[], boolean>();
function onlyGrows(series: readonly IndexedRecord[]): boolean {
  let known = growing.get(series);
  if (known === undefined) {
    known = series.every(
      (e, i) => i === 0 || (e.record.low >= series[i - 1].record.low && e.record.best >= series[i - 1].record.best && e.record.high >= series[i - 1].record.high),
    );
    growing.set(series, known);
  }
  return known;
}

/** First index whose value is ≥ `v` (or > `v` when `strict`), in a series where the value only grows. */
function firstAtLeast(series: readonly IndexedRecord[], value: (e: IndexedRecord) => number, v: number, strict: boolean): number {
  let lo = 0;
  let hi = series.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = value(series[mid]);
    if (strict ? x > v : x >= v) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const lowOf = (e: IndexedRecord) => e.record.low;
const highOf = (e: IndexedRecord) => e.record.high;
const bestOf = (e: IndexedRecord) => e.record.best;

/**
 * With no date at all a running total could be any of a series' figures. Only records that agree
 * can matter (nothing is disputed then), so a series that only grows is searched by value: the run
 * whose [low, high] meets the claim's reach, and those that round to its figure. Other series are
 * read whole.
 */
export function undatedPicks(series: readonly IndexedRecord[], claim: Claim, reach: Interval): readonly IndexedRecord[] {
  if (!onlyGrows(series)) return series;
  const picks: IndexedRecord[] = [];
  const from = firstAtLeast(series, highOf, reach.low, reach.lowOpen);
  const to = firstAtLeast(series, lowOf, reach.high, !reach.highOpen) - 1;
  for (let k = from; k <= to; k++) picks.push(series[k]);
  const near = firstAtLeast(series, bestOf, claim.count, false);
  for (const k of [near - 1, near]) {
    const e = series[k];
    if (e && !picks.includes(e) && roundsTo(claim.count, e.record.best)) picks.push(e);
  }
  return picks;
}

/** Every record of a group that fits, for a page with no date at all (running series searched by value). */
export function undatedCandidates(group: RecordGroup, claim: Claim, reach: Interval, fits: Fits, kinds: { running: boolean; events: boolean }): IndexedRecord[] {
  const out: IndexedRecord[] = [];
  if (kinds.events) for (const e of group.event) if (fits(e)) out.push(e);
  if (kinds.running) {
    for (const series of group.series.values()) {
      if (series.length === 0 || !fits(series[0])) continue;
      for (const e of undatedPicks(series, claim, reach)) out.push(e);
    }
  }
  return out;
}
