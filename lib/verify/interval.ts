/**
 * A claim as the set of true values it is compatible with, and the two ways a record can agree with
 * it: their intervals meet, or the record, rounded the way the writer rounded, gives the figure.
 */
import type { Claim } from '../claim';

export interface Interval {
  low: number;
  high: number;
  /** Open ends: "more than 11,000" excludes 11,000 itself. */
  lowOpen: boolean;
  highOpen: boolean;
}

/** Relative slack for "about 500", "nearly 1,000", "some 40". */
const APPROX_SLACK = 0.1;
/**
 * How far an open-ended figure reaches when it is to *agree* with a record: a writer who knew of
 * 50,000 deaths would not write "more than 100". Contradiction still uses the open interval.
 */
const OPEN_REACH = 2;

/** True for figures like "hundreds", "tens of thousands" or "several hundred" that name an order of magnitude, not a number. */
export function isVague(claim: Claim): boolean {
  return VAGUE_RE.test(claim.figure);
}
const VAGUE_RE = /\b(?:dozens|scores|hundreds|thousands|millions)\b|\b(?:several|a few)\s+(?:dozen|hundred|thousand)\b/i;

function closed(low: number, high: number): Interval {
  return { low, high, lowOpen: false, highOpen: false };
}

export function claimInterval(claim: Claim): Interval {
  const n = claim.count;
  switch (claim.qualifier) {
    case 'exact':
      return closed(n, n);
    case 'more_than':
      return { low: n, high: Infinity, lowOpen: true, highOpen: false };
    case 'at_least':
      // "hundreds" is at least 200 and stays within its order of magnitude.
      return isVague(claim) ? closed(n, orderOfMagnitudeTop(n)) : closed(n, Infinity);
    case 'up_to':
      return closed(0, n);
    case 'less_than':
      return { low: 0, high: n, lowOpen: false, highOpen: true };
    case 'range':
      return closed(n, claim.countHigh ?? n);
    case 'approx':
      return isVague(claim) ? closed(n, orderOfMagnitudeTop(n)) : closed(Math.floor(n * (1 - APPROX_SLACK)), Math.ceil(n * (1 + APPROX_SLACK)));
  }
}

/** Vague amounts span their order of magnitude: "hundreds" (200) → 200–999, "tens of thousands" → 10,000–99,999. */
function orderOfMagnitudeTop(n: number): number {
  return 10 ** String(Math.max(1, Math.round(n))).length - 1;
}

/**
 * The values a record may have and still *agree* with the claim: the claim's interval, with open
 * ends brought within OPEN_REACH of the stated figure ("more than 11,000" agrees with 11,000–22,000,
 * "fewer than 100" with 50–99).
 */
export function agreementInterval(claim: Claim): Interval {
  const i = claimInterval(claim);
  if (i.high === Infinity) return { ...i, high: claim.count * OPEN_REACH };
  if ((claim.qualifier === 'up_to' || claim.qualifier === 'less_than') && i.low === 0) return { ...i, low: Math.ceil(claim.count / OPEN_REACH) };
  return i;
}

/** Whether some value lies both in the claim's interval and in the record's [low, high]. */
export function meets(claim: Interval, low: number, high: number): boolean {
  const aboveLow = claim.lowOpen ? high > claim.low : high >= claim.low;
  const belowHigh = claim.highOpen ? low < claim.high : low <= claim.high;
  return aboveLow && belowHigh;
}

/** Largest share a rounded figure may differ from the record: 501 → "500" yes, 24 → "20" no. */
const ROUNDING_TOLERANCE = 0.05;

/**
 * Whether `value` rounded at the precision the writer used (the stated figure's trailing zeros)
 * gives the stated figure: 501 → "500", 1,012 → "1,000", but 11,600 is not "11,000".
 */
export function roundsTo(stated: number, value: number): boolean {
  if (stated <= 0 || stated === value) return stated === value;
  let unit = 1;
  while (stated % (unit * 10) === 0) unit *= 10;
  if (unit === 1) return false;
  const rounded = Math.round(value / unit) * unit;
  return rounded === stated && Math.abs(value - stated) <= stated * ROUNDING_TOLERANCE;
}

/** How the claim's interval reads in a sentence ("more than 11,000"); used in reasons. */
/** "11,000": thousands separated by commas (counts are whole numbers; Intl costs more than a lookup). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatRange(low: number, high: number): string {
  return low === high ? formatCount(low) : `${formatCount(low)}–${formatCount(high)}`;
}
