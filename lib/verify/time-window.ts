/**
 * The time rules: which records a claim may be compared with, given the article's date.
 * - running totals: records as of dates on or before the article — the latest of each series, plus
 *   any from the fortnight before (articles often quote a figure a few days old);
 * - incidents and handovers: records dated within EVENT_WINDOW days of the article;
 * - unknown article date: every record (the verdict then says the date is unknown).
 */
import type { Claim, TimeScope } from '../claim';
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
