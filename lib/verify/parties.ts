/**
 * Who stands behind a record: a party to the conflict, or someone independent of it. A verdict of
 * "corroborated" needs a record that does not come from the same party as the claim.
 */
import type { Claim } from '../claim';
import type { DatasetRecord } from '../dataset/schema';

/** Claimants that are no party to any conflict: UN bodies, monitors and researchers, foreign intelligence, the press. */
const INDEPENDENT_TYPES = new Set(['un', 'independent', 'intelligence', 'media']);
const INDEPENDENT_KINDS = new Set(['exchange_record', 'verified_floor', 'statistical_estimate']);

/** Names that give away which side an organisation belongs to, for records with a party claimant. */
const SIDE_HINTS: [RegExp, string][] = [
  [/ukrain|kyiv|zelensk|general staff of the armed forces of ukraine/i, 'ukraine'],
  [/russia|kremlin|moscow|medinsky|shoigu|putin|\bTASS\b|\bRIA\b/i, 'russia'],
  [/israel|\bidf\b|netanyahu/i, 'israel'],
  [/gaza|hamas|palestin|\bWAFA\b/i, 'palestinians'],
  [/hezbollah|lebanon|lebanese/i, 'lebanon'],
];

/** The side an organisation speaks for, guessed from its name; null for UN bodies and unknown names. */
const sideOfName = new Map<string, string | null>();

export function claimantSideOf(name: string | null): string | null {
  if (!name) return null;
  let side = sideOfName.get(name);
  if (side === undefined) {
    if (sideOfName.size > 2000) sideOfName.clear(); // names come from pages too; keep the cache small
    side = SIDE_HINTS.find(([pattern]) => pattern.test(name))?.[1] ?? null;
    sideOfName.set(name, side);
  }
  return side;
}

/**
 * Who stands behind a record. Exchange records are handovers confirmed by both sides, so they count
 * whoever announced them; UN, independent and intelligence sources are independent of every party;
 * a verified or statistical count published by a party (`partySide`) is independent of the other
 * side only; anything else is a party's word.
 */
export type Trust = { kind: 'independent' } | { kind: 'independent_of_others'; partySide: string | null } | { kind: 'party'; partySide: string | null };

export function trustOf(record: DatasetRecord): Trust {
  // Who the claimant is decides first: "BBC Russian Service" names Russia but speaks for no side.
  // One handover is confirmed by both sides that took part in it; a running tally of everyone freed
  // since the war began ("more than 7,000", the president says) is still one side's word.
  // (A tally both sides give, "Russian Ministry of Defence / Volodymyr Zelensky", stays confirmed by both.)
  if (record.figureKind === 'exchange_record' && record.time.kind === 'cumulative' && !INDEPENDENT_TYPES.has(record.claimantType)) {
    const sides = new Set(record.claimant.split('/').map((part) => claimantSideOf(part.trim())));
    if (sides.size === 1 && !sides.has(null)) return { kind: 'party', partySide: [...sides][0] };
  }
  if (record.figureKind === 'exchange_record' || INDEPENDENT_TYPES.has(record.claimantType)) return { kind: 'independent' };
  const partySide = claimantSideOf(record.claimant);
  if (INDEPENDENT_KINDS.has(record.figureKind) && partySide === null) return { kind: 'independent' };
  return INDEPENDENT_KINDS.has(record.figureKind) ? { kind: 'independent_of_others', partySide } : { kind: 'party', partySide };
}

/** A warring state's own news agency relays its government's figures: its word is that party's. */
const STATE_MEDIA = /\b(?:TASS|RIA(?: Novosti)?|Ukrinform|WAFA|SANA|KCNA)\b/;

function speaksForNoParty(claim: Claim): boolean {
  if (claim.claimantType === 'media') return !STATE_MEDIA.test(claim.claimant ?? '');
  return INDEPENDENT_TYPES.has(claim.claimantType);
}

/** The side a claim's claimant speaks for, if any: none for the UN, monitors, intelligence or the press. */
export function claimSideOf(claim: Claim): string | null {
  if (speaksForNoParty(claim)) return null;
  // A name that gives its side away ("Zelensky", "Russia's defence ministry") outweighs a side read from the sentence.
  return claimantSideOf(claim.claimant) ?? claim.claimantSide;
}

/** Whether a record counts as independent evidence for a claim whose claimant speaks for `claimSide`. */
export function isIndependentOf(trust: Trust, claimSide: string | null): boolean {
  if (trust.kind === 'independent') return true;
  return trust.kind === 'independent_of_others' && (claimSide === null || trust.partySide !== claimSide);
}

/** Whether a party record is the claim's own claimant's running figure (its faithfulness can be checked). */
export function isSameParty(trust: Trust, claimSide: string | null): boolean {
  return trust.kind !== 'independent' && claimSide !== null && trust.partySide === claimSide;
}

/**
 * Whether the claim rests on a party's or an unnamed source's word rather than an independent one:
 * a belligerent, an official of a country at war, or nobody named.
 */
export function restsOnPartyWord(claim: Claim): boolean {
  return !speaksForNoParty(claim);
}
