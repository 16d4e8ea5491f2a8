/** Whether a record agrees with a claim, contradicts it, or may be used to dispute it at all. */
import type { Claim } from '../claim';
import type { DatasetRecord } from '../dataset/schema';
import { meets, roundsTo, type Interval } from './interval';
import type { IndexedRecord } from './record-index';

/** The claim's interval meets the record's [low, high], or the record rounds to the stated figure. */
export function agrees(claim: Claim, interval: Interval, record: DatasetRecord): boolean {
  if (meets(interval, record.low, record.high)) return true;
  if (claim.qualifier !== 'exact' && claim.qualifier !== 'approx') return false;
  // The article rounds the record's figure ("about 5,600" for 5,601), or — for a verified floor
  // stated round by its source ("more than 5,600", stored as 5,600) — gives the precise count the
  // floor rounds (5,601), never one below it. (A handover's 250 bodies is no rounding of 254.)
  return roundsTo(claim.count, record.best) || (record.figureKind === 'verified_floor' && claim.count >= record.low && roundsTo(record.best, claim.count));
}

/**
 * Whether the record rules the claim out. A verified floor (the UN's minimum of confirmed deaths,
 * named dead) says "at least this many": a higher claim is not contradicted by it — the UN itself
 * says the real toll is higher — only a claim below the floor is.
 */
export function contradicts(interval: Interval, record: DatasetRecord): boolean {
  if (record.figureKind === 'verified_floor') return !meets(interval, record.low, Infinity);
  return !meets(interval, record.low, record.high);
}

/**
 * Looser test for a party's own running figure: "more than 11,000" reports a published 11,000
 * faithfully, as does any rounding of it.
 */
export function reportsFaithfully(claim: Claim, interval: Interval, record: DatasetRecord): boolean {
  return agrees(claim, interval, record) || claim.count === record.best || roundsTo(claim.count, record.best);
}

/** Whether the record gives the very figure stated (same number, or the same range). */
function sameFigure(claim: Claim, record: DatasetRecord): boolean {
  if (claim.qualifier === 'range') return record.low === claim.count && record.high === claim.countHigh;
  return record.best === claim.count;
}

/** Words of a claimant name that identify it ("Nato source" and "NATO (senior official)" share "nato"). */
const wordsCache = new Map<string, Set<string>>();
function nameWords(name: string | null): Set<string> {
  const key = name ?? '';
  let words = wordsCache.get(key);
  if (!words) {
    if (wordsCache.size > 2000) wordsCache.clear(); // page claimant names vary; keep the cache small
    wordsCache.set(key, (words = computeNameWords(key)));
  }
  return words;
}

function computeNameWords(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .match(/[a-z]{3,}/g)
      ?.filter((w) => !/^(the|source|sources|officials?|said|says|and|for|of)$/.test(w)) ?? [],
  );
}

function relevance(claim: Claim, claimWords: Set<string>, e: IndexedRecord): number {
  let named = false;
  if (claimWords.size > 0) for (const w of nameWords(e.record.claimant)) if (claimWords.has(w)) named = true;
  return (sameFigure(claim, e.record) ? 2 : 0) + (named ? 1 : 0);
}

/**
 * The `k` most relevant records, best first: the record giving the very figure stated, then one
 * from the source the article names, then the closest in time to the article (newest first when
 * its date is unknown). A partial selection: a claim may meet dozens of records but cites five.
 */
export function topRelevant(claim: Claim, entries: readonly IndexedRecord[], articleDay: number | null, k: number): IndexedRecord[] {
  const claimWords = nameWords(claim.claimant);
  const top: { e: IndexedRecord; s: number; d: number }[] = [];
  for (const e of entries) {
    const s = relevance(claim, claimWords, e);
    const d = articleDay === null ? -e.day : Math.abs(e.day - articleDay) * 1e6 - e.day;
    const last = top.length === k ? top[k - 1] : null;
    if (last && (last.s > s || (last.s === s && last.d <= d))) continue; // not among the best k
    const item = { e, s, d };
    let i = top.length;
    while (i > 0 && (top[i - 1].s < item.s || (top[i - 1].s === item.s && top[i - 1].d > item.d))) i--;
    if (i < k) {
      top.splice(i, 0, item);
      if (top.length > k) top.pop();
    }
  }
  return top.map(({ e }) => e);
}
