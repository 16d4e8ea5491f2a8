/**
 * The time rules: which records a claim may be compared with, given the article's date.
 * - running totals: records as of dates on or before the article — the latest of each series, plus
 *   any from the fortnight before (articles often quote a figure a few days old);
 * - incidents and handovers: records dated within EVENT_WINDOW days of the article;
 * - unknown article date: every record (the verdict then says the date is unknown).
 */
import type { Claim, TimeScope } from '../claim';
import { roundsTo, type Interval } from './interval';
import { between, firstOnOrAfter, type IndexedRecord, type RecordGroup } from './record-index';

export const EVENT_WINDOW_DAYS = 3;
/** How far back a running total may be and still count as "the figure at the time" of the article. */
export const RECENT_DAYS = 14;
export function cumulativeCandidates(series: ReadonlyMap<string, IndexedRecord[]>, articleDay: number | null): IndexedRecord[] {
  const out: IndexedRecord[] = [];
  for (const records of series.values()) {
    if (articleDay === null) {
      out.push(...records);
      continue;
    }
    const end = firstOnOrAfter(records, articleDay + 1);
    if (end === 0) continue;
    out.push(records[end - 1]); // the series' latest figure on or before the article, however old
    for (let i = end - 2; i >= 0 && articleDay - records[i].day <= RECENT_DAYS; i--) out.push(records[i]);
  }
  return out;
}

export function eventCandidates(group: readonly IndexedRecord[], articleDay: number | null): IndexedRecord[] {
  return articleDay === null ? [...group] : between(group, articleDay - EVENT_WINDOW_DAYS, articleDay + EVENT_WINDOW_DAYS);
}

/**
 * Period totals (a year's deaths) whose period the claim's sentence names ("in 2023"), published by
 * the article's date: a "since the war began" figure is never set against one year's total.
 */
export function periodCandidates(periods: readonly IndexedRecord[], claim: Claim, articleDay: number | null): IndexedRecord[] {
  if (periods.length === 0) return [];
  const years = new Set(claim.sentence.match(/\b(?:19|20)\d{2}\b/g) ?? []);
  if (years.size === 0) return [];
  return periods.filter((e) => {
    const t = e.record.time;
    if (claim.population !== null && e.record.population !== claim.population) return false;
    return t.kind === 'cumulative' && years.has(t.asOf.slice(0, 4)) && (t.periodStart ?? '').slice(0, 4) === t.asOf.slice(0, 4) && (articleDay === null || e.day <= articleDay);
  });
}

/** Records of the right kind and time for a claim, unordered; a claim of unknown scope is compared with both kinds. */
export function candidatesFor(group: RecordGroup, scope: TimeScope | null, articleDay: number | null): IndexedRecord[] {
  if (scope === 'cumulative') return cumulativeCandidates(group.series, articleDay);
  if (scope === 'event') return eventCandidates(group.event, articleDay);
  return [...eventCandidates(group.event, articleDay), ...cumulativeCandidates(group.series, articleDay)];
}

/** Whether a series only grows (low, best and high never fall): then it can be searched by value. */
const growing = new WeakMap<readonly IndexedRecord[], boolean>();
function onlyGrows(series: readonly IndexedRecord[]): boolean {
  let known = growing.get(series);
  if (known === undefined) {
    known = series.every((e, i) => i === 0 || (e.record.low >= series[i - 1].record.low && e.record.best >= series[i - 1].record.best && e.record.high >= series[i - 1].record.high));
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

/** Records of a growing series whose [low, high] meets `i`: a contiguous run, found by two searches. */
function meetingRun(series: readonly IndexedRecord[], i: Interval): [number, number] {
  const from = firstAtLeast(series, highOf, i.low, i.lowOpen);
  const to = firstAtLeast(series, lowOf, i.high, !i.highOpen) - 1; // last with low ≤ high (or < when open)
  return [from, to];
}

/**
 * With no article date a running total could be any of a series' figures. For a series that only
 * grows, the few records that matter are found by value instead of reading them all: those that
 * agree (within the claim's reach, or that round to its figure), else one that does not contradict
 * it, else the latest (which then contradicts it, as every other does).
 */
export function undatedPicks(series: readonly IndexedRecord[], claim: Claim, reach: Interval, logical: Interval, limit: number): readonly IndexedRecord[] {
  if (!onlyGrows(series)) return series;
  const picks: IndexedRecord[] = [];
  const [from, to] = meetingRun(series, reach);
  for (let k = to; k >= from && picks.length < limit; k--) picks.push(series[k]);
  const near = firstAtLeast(series, bestOf, claim.count, false);
  for (const k of [near - 1, near]) {
    const e = series[k];
    if (e && !picks.includes(e) && roundsTo(claim.count, e.record.best)) picks.push(e);
  }
  if (picks.length > 0) return picks;
  const [okFrom, okTo] = meetingRun(series, logical);
  if (okFrom <= okTo) return [series[okTo]];
  return series.length > 0 ? [series[series.length - 1]] : [];
}

/** Events of a group ordered by figure, built once per group, for undated lookups by value. */
const byFigure = new WeakMap<readonly IndexedRecord[], { sorted: IndexedRecord[]; widest: number }>();

/**
 * With no article date any recorded handover could be the one meant, and none can dispute: only
 * those whose figure agrees matter (found by value), plus the latest as context.
 */
export function undatedEventPicks(events: readonly IndexedRecord[], claim: Claim, reach: Interval, limit: number): IndexedRecord[] {
  if (events.length === 0) return [];
  let found = byFigure.get(events);
  if (!found) {
    const sorted = [...events].sort((a, b) => a.record.best - b.record.best);
    byFigure.set(events, (found = { sorted, widest: sorted.reduce((m, e) => Math.max(m, e.record.best - e.record.low), 0) }));
  }
  const { sorted, widest } = found;
  const picks: IndexedRecord[] = [];
  // Records with best ≥ reach.low − widest span are the only ones whose [low, high] can reach it.
  for (let k = firstAtLeast(sorted, bestOf, reach.low - widest, false); k < sorted.length && sorted[k].record.low <= reach.high; k++) {
    if (picks.length >= limit * 4) break;
    picks.push(sorted[k]);
  }
  const near = firstAtLeast(sorted, bestOf, claim.count, false);
  for (const k of [near - 1, near]) {
    const e = sorted[k];
    if (e && !picks.includes(e) && roundsTo(claim.count, e.record.best)) picks.push(e);
  }
  const latest = events[events.length - 1];
  if (!picks.includes(latest)) picks.push(latest);
  return picks;
}
