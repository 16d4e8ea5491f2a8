/**
 * extractClaims: every casualty figure in a text, with what it counts and who says so.
 * A cheap pre-filter picks candidate sentences; the grammatical analysis runs only on those.
 */
import type { Claim, ExtractContext } from '../claim';
import { attributionFor, expandDefinite, findAttributions, type Attribution } from './attribution';
import { candidateSentences } from './candidates';
import { relate, type Relation } from './category';
import { classifyClaimant } from './claimant-type';
import { isNonCasualtyShape } from './guards';
import { findNumbers, type NumberExpr } from './numbers';
import { partyOf } from './party';
import { splitSentences, type Sentence } from './sentences';
import { timeScopeOf } from './time-scope';

export interface ExtractOptions {
  /** Skip sentences without a casualty word and a number (default true). Off only to prove it loses nothing. */
  prefilter?: boolean;
}

interface Found {
  claim: Claim;
  sentenceIndex: number;
  expr: NumberExpr;
}

/** How far back an unattributed figure may borrow the previous figure's claimant, in sentences. */
const CARRY_OVER_SENTENCES = 2;
/** How far back "He said" looks for the named speaker, in sentences. */
const PRONOUN_LOOKBACK = 15;
const INHERIT_GAP_RE = /^[^.;:!?()]{0,50}?(?:,\s*|\s)(?:and|or|including|plus|as well as|among them|among whom)\s+$/i;

export function extractClaims(text: string, context?: ExtractContext): Claim[] {
  return extractClaimsWith(text, context, { prefilter: true });
}

export function extractClaimsWith(text: string, _context: ExtractContext | undefined, options: ExtractOptions): Claim[] {
  const sentences = splitSentences(text);
  const indices = options.prefilter === false ? sentences.map((_, i) => i) : candidateSentences(text, sentences);
  const found: Found[] = [];
  for (const index of indices) found.push(...claimsInSentence(text, sentences, index, found[found.length - 1] ?? null));
  return found.map((f) => f.claim);
}

function claimsInSentence(text: string, sentences: Sentence[], index: number, previous: Found | null): Found[] {
  const s = sentences[index];
  const out: Found[] = [];
  let attributions: Attribution[] | null = null;
  for (const expr of findNumbers(s.text)) {
    if (isNonCasualtyShape(s.text, expr)) continue;
    const r = relate(s.text, expr);
    const relation = r.relation ?? (r.nonPerson ? null : inherited(s.text, expr, out, r));
    if (!relation) continue;
    attributions ??= findAttributions(s.text);
    const claim = buildClaim(text, sentences, index, expr, relation, attributionFor(attributions, expr.start), out[out.length - 1] ?? previous);
    out.push({ claim, sentenceIndex: index, expr });
  }
  return out;
}

/** "killed 30 soldiers and 12 civilians", "including five children": same category as the figure before. */
function inherited(sentence: string, expr: NumberExpr, earlier: Found[], r: { victims: Relation['victims']; head: string | null }): Relation | null {
  const prev = earlier[earlier.length - 1];
  if (!prev) return null;
  const gap = sentence.slice(prev.expr.end, expr.start);
  const ofWhom = /^\s+of\s+(?:whom|them)\b/i.test(sentence.slice(expr.end));
  if (!ofWhom && (!INHERIT_GAP_RE.test(gap) || /\b(?:were|was|are|is|have|has|had|been)\b/i.test(gap))) return null;
  return { category: prev.claim.category, victims: r.victims, head: r.head };
}

function buildClaim(text: string, sentences: Sentence[], index: number, expr: NumberExpr, relation: Relation, attribution: Attribution | null, previous: Found | null): Claim {
  const s = sentences[index];
  const party = partyOf(relation.victims, relation.head, s.text.slice(expr.end));
  const source = claimantFor(text, sentences, index, attribution, previous);
  return {
    start: s.start + expr.start,
    end: s.start + expr.end,
    figure: s.text.slice(expr.start, expr.end),
    sentence: s.text,
    count: expr.count,
    countHigh: expr.countHigh,
    qualifier: expr.qualifier,
    category: relation.category,
    party: party.party,
    side: party.side,
    population: party.population,
    claimant: source.claimant,
    ...classifyClaimant(source.claimant, source.context),
    timeScope: timeScopeOf(s.text),
  };
}

function claimantFor(text: string, sentences: Sentence[], index: number, attribution: Attribution | null, previous: Found | null): { claimant: string | null; context: string | null } {
  if (attribution && !attribution.pronoun) {
    const claimant = expandDefinite(attribution.claimant, text.slice(0, sentences[index].start));
    return { claimant, context: attribution.context };
  }
  if (attribution?.pronoun) return lastNamedSpeaker(sentences, index) ?? { claimant: null, context: null };
  // An unattributed figure right after an attributed one continues the same report.
  if (previous && previous.claim.claimant && index - previous.sentenceIndex <= CARRY_OVER_SENTENCES && !sentences[index].headline) {
    return { claimant: previous.claim.claimant, context: previous.claim.claimant };
  }
  return { claimant: null, context: null };
}

function lastNamedSpeaker(sentences: Sentence[], index: number): { claimant: string; context: string } | null {
  for (let i = index - 1; i >= 0 && index - i <= PRONOUN_LOOKBACK; i--) {
    const named = findAttributions(sentences[i].text).filter((a) => !a.pronoun);
    if (named.length) return named[named.length - 1];
  }
  return null;
}
