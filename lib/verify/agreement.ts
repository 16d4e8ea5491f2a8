/** Whether a record agrees with a claim, contradicts it, or may be used to dispute it at all. */
import type { Claim } from '../claim';
import type { DatasetRecord } from '../dataset/schema';
import { meets, roundsTo, type Interval } from './interval';

/** The claim's interval meets the record's [low, high], or the record rounds to the stated figure. */
export function agrees(claim: Claim, interval: Interval, record: DatasetRecord): boolean {
  if (meets(interval, record.low, record.high)) return true;
  return (claim.qualifier === 'exact' || claim.qualifier === 'approx') && roundsTo(claim.count, record.best);
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
