/**
 * Who stands behind a record: a party to the conflict, or someone independent of it. A verdict of
 * "corroborated" needs a record that does not come from the same party as the claim.
 */
import type { Claim } from '../claim';
import type { DatasetRecord } from '../dataset/schema';

const INDEPENDENT_TYPES = new Set(['un', 'independent', 'intelligence']);
const INDEPENDENT_KINDS = new Set(['exchange_record', 'verified_floor', 'statistical_estimate']);

/** Names that give away which side an organisation belongs to, for records with a party claimant. */
const SIDE_HINTS: [RegExp, string][] = [
  [/ukrain|kyiv|zelensk|general staff of the armed forces of ukraine/i, 'ukraine'],
  [/russia|kremlin|moscow|medinsky|shoigu|putin/i, 'russia'],
  [/israel|\bidf\b|netanyahu/i, 'israel'],
  [/gaza|hamas|palestin/i, 'palestinians'],
  [/hezbollah|lebanon|lebanese/i, 'lebanon'],
];

/** The side an organisation speaks for, guessed from its name; null for UN bodies and unknown names. */
export function claimantSideOf(name: string | null): string | null {
  if (!name) return null;
  for (const [pattern, side] of SIDE_HINTS) if (pattern.test(name)) return side;
  return null;
}

/**
 * Whether a record counts as independent evidence for this claim. Exchange records are handovers
 * confirmed by both sides, so they count whoever announced them; other records count when they come
 * from the UN, independent or intelligence sources, or are verified/statistical counts — unless the
 * record's own claimant is the party that makes the claim (a party cannot corroborate itself).
 */
export function isIndependentOf(record: DatasetRecord, claim: Claim): boolean {
  if (record.figureKind === 'exchange_record') return true;
  if (!INDEPENDENT_TYPES.has(record.claimantType) && !INDEPENDENT_KINDS.has(record.figureKind)) return false;
  if (INDEPENDENT_TYPES.has(record.claimantType)) return true;
  const recordSide = claimantSideOf(record.claimant);
  const claimSide = claim.claimantSide ?? claimantSideOf(claim.claimant);
  return recordSide === null || claimSide === null || recordSide !== claimSide;
}

/** Whether a party record is the claim's own claimant's running figure (its faithfulness can be checked). */
export function isSameParty(record: DatasetRecord, claim: Claim): boolean {
  const claimSide = claim.claimantSide ?? claimantSideOf(claim.claimant);
  return claimSide !== null && claimantSideOf(record.claimant) === claimSide;
}

/** Whether the claim rests on a party's or an unnamed source's word rather than an independent one. */
export function restsOnPartyWord(claim: Claim): boolean {
  return !INDEPENDENT_TYPES.has(claim.claimantType);
}
