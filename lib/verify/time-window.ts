/**
 * The time rules: which records a claim may be compared with, given the article's date.
 * - running totals: records as of dates on or before the article — the latest of each series, plus
 *   any from the fortnight before (articles often quote a figure a few days old);
 * - incidents and handovers: records dated within EVENT_WINDOW days of the article;
 * - unknown article date: every record (the verdict then says the date is unknown).
 */
import type { TimeScope } from '../claim';
import { between, firstOnOrAfter, type IndexedRecord, type RecordGroup } from './record-index';

export const EVENT_WINDOW_DAYS = 3;
/** How far back a running total may be and still count as "the figure at the time" of the article. */
export const RECENT_DAYS = 14;
/** How many older records to look through for each series' latest figure (keeps lookups bounded). */
const LOOKBACK_LIMIT = 500;

export function cumulativeCandidates(totals: readonly IndexedRecord[], articleDay: number | null): IndexedRecord[] {
  if (articleDay === null) return [...totals].reverse();
  const end = firstOnOrAfter(totals, articleDay + 1);
  const out: IndexedRecord[] = [];
  const seenClaimants = new Set<string>();
  for (let i = end - 1, looked = 0; i >= 0 && looked < LOOKBACK_LIMIT; i--, looked++) {
    const r = totals[i];
    const recent = articleDay - r.day <= RECENT_DAYS;
    if (recent || !seenClaimants.has(r.record.claimant)) out.push(r);
    seenClaimants.add(r.record.claimant);
  }
  return out; // newest first
}

export function eventCandidates(group: readonly IndexedRecord[], articleDay: number | null): IndexedRecord[] {
  const events = articleDay === null ? [...group] : between(group, articleDay - EVENT_WINDOW_DAYS, articleDay + EVENT_WINDOW_DAYS);
  // Closest to the article first; with no date, the most recent first.
  return articleDay === null ? events.reverse() : events.sort((a, b) => Math.abs(a.day - articleDay) - Math.abs(b.day - articleDay));
}

/** Records of the right kind and time for a claim; a claim of unknown scope is compared with both kinds. */
export function candidatesFor(group: RecordGroup, scope: TimeScope | null, articleDay: number | null): IndexedRecord[] {
  if (scope === 'cumulative') return cumulativeCandidates(group.cumulative, articleDay);
  if (scope === 'event') return eventCandidates(group.event, articleDay);
  return [...eventCandidates(group.event, articleDay), ...cumulativeCandidates(group.cumulative, articleDay)];
}
