/**
 * extractClaims: every casualty figure in a text, with what it counts and who says so.
 * A cheap pre-filter picks candidate sentences; the grammatical analysis runs only on those.
 */
import type { Claim, ExtractContext } from '../claim';
import { attributionFor, findAttributions, type Attribution } from './attribution';
import { candidateSentences } from './candidates';
import { relate, type Relation } from './category';
import { claimantFor } from './claimant';
import { classifyClaimant } from './claimant-type';
import { isNonCasualtyShape } from './guards';
import { CASUALTY_NOUNS, PERSON_NOUNS } from './lexicon';
import { findNumbers, type NumberExpr } from './numbers';
import { labelParty, partyOf } from './party';
import { completeParty } from './whose';
import { lastPlaceIn, type Place } from './places';
import type { Party } from './party';
import { splitSentences, type Sentence } from './sentences';
import { tableClaims } from './tables';
import { timeScopeAt } from './time-scope';
import { flattenWhitespace } from './whitespace';

export interface ExtractOptions {
  /** Skip sentences without a casualty word and a number (default true). Off only to prove it loses nothing. */
  prefilter?: boolean;
}

export interface Found {
  claim: Claim;
  sentenceIndex: number;
  expr: NumberExpr;
}

// "killed 30 soldiers and 12 civilians", "…, including five children", "39 deaths, Georgia 25, Florida 19"
const INHERIT_GAP_RE = /^[^.;:!?()]{0,60}?(?:,\s*|\s)(?:and|or|including|plus|as well as|among them|among whom|while)\s+$|^[^.;:!?()]{0,40}?,\s*$/i;
const LIST_GAP_RE = /^[^.;:!?()]{0,40}?(?:,|\band\b)\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u;
const TABLE_HINT_RE = /[\t|][^\n]*\d/;
const OF_THEM_RE = /^\s+of\s+(?:whom|them|those|these)\b/i;

export function extractClaims(text: string, context?: ExtractContext): Claim[] {
  return extractClaimsWith(text, context, { prefilter: true });
}

export function extractClaimsWith(text: string, context: ExtractContext | undefined, options: ExtractOptions): Claim[] {
  const flat = flattenWhitespace(text);
  if (!flat) return extractFromText(text, context, options);
  // Offsets and the figure refer to the text as given; the sentence is shown as a reader sees it.
  return extractFromText(flat.text, context, options).map((c) => {
    const start = flat.start(c.start);
    const end = flat.end(c.end);
    return { ...c, start, end, figure: text.slice(start, end) };
  });
}

function extractFromText(text: string, _context: ExtractContext | undefined, options: ExtractOptions): Claim[] {
  const sentences = splitSentences(text);
  const indices = options.prefilter === false ? sentences.map((_, i) => i) : candidateSentences(text, sentences);
  const found: Found[] = [];
  for (const index of indices) found.push(...claimsInSentence(text, sentences, index, found));
  const claims = found.map((f) => f.claim);
  // Column-header tables need the header line, which no sentence-level rule sees.
  if (TABLE_HINT_RE.test(text)) {
    const extra = tableClaims(text).filter((t) => !claims.some((c) => c.start < t.end && t.start < c.end));
    if (extra.length) return [...claims, ...extra].sort((a, b) => a.start - b.start);
  }
  return claims;
}

function claimsInSentence(text: string, sentences: Sentence[], index: number, found: readonly Found[]): Found[] {
  const s = sentences[index];
  const previous = found[found.length - 1] ?? null;
  const out: Found[] = [];
  let attributions: Attribution[] | null = null;
  for (const expr of findNumbers(s.text)) {
    if (isNonCasualtyShape(s.text, expr)) continue;
    const r = relate(s.text, expr);
    if (r.blocked) continue;
    const relation = r.relation ?? inherited(s.text, expr, out, previous, index, r);
    if (!relation || !countsPeople(expr, relation)) continue;
    attributions ??= findAttributions(s.text);
    const claim = buildClaim(text, sentences, index, expr, relation, attributionFor(attributions, expr.start, s.text), out[out.length - 1] ?? previous, found, out);
    out.push({ claim, sentenceIndex: index, expr });
  }
  return out;
}

/** "one family", "one thing": a count of one must name a person or a casualty. */
function countsPeople(expr: NumberExpr, relation: Relation): boolean {
  if (expr.count !== 1 || !relation.head) return true;
  return PERSON_NOUNS.has(relation.head) || !!CASUALTY_NOUNS[relation.head] || /^(?:man|woman|child|boy|girl|baby|soldier|civilian|person|officer|journalist|resident|member|worker|other)$/.test(relation.head);
}

/** A figure with no casualty word of its own that continues the figure before it. */
function inherited(sentence: string, expr: NumberExpr, earlier: Found[], previous: Found | null, index: number, r: { victims: Relation['victims']; head: string | null }): Relation | null {
  const prev = earlier[earlier.length - 1];
  const before = sentence.slice(0, expr.start);
  // "about 200 of them were children", right after a figure in the previous sentence.
  const ofThem = OF_THEM_RE.test(sentence.slice(expr.end)) && !/\b(?:of|for|to|with|from|by|families)\s+$/i.test(before);
  if (ofThem || /\bof (?:those|them|these|whom)\s*,?\s*$/i.test(before)) {
    const source = prev ?? (previous && index - previous.sentenceIndex <= 1 ? previous : null);
    return source ? { category: source.claim.category, victims: r.victims, head: r.head } : null;
  }
  if (!prev) return null;
  const gap = sentence.slice(prev.expr.end, expr.start);
  const listed = LIST_GAP_RE.test(gap);
  if (!listed && !INHERIT_GAP_RE.test(gap)) return null;
  if (!listed && !/including|among/i.test(gap) && /\b(?:were|was|are|is|have|has|had|been)\b/i.test(gap)) return null;
  return { category: prev.claim.category, victims: r.victims, head: r.head };
}

function buildClaim(text: string, sentences: Sentence[], index: number, expr: NumberExpr, relation: Relation, attribution: Attribution | null, previous: Found | null, earlier: readonly Found[], inSentence: readonly Found[]): Claim {
  const s = sentences[index];
  const lastVictim = relation.victims[relation.victims.length - 1];
  const source = claimantFor(text, sentences, index, attribution, previous);
  const paragraphBefore = paragraphText(sentences, index);
  const kind = classifyClaimant(source.claimant, source.context, () => `${paragraphBefore} ${s.text}`);
  // Figures of one sentence share the paragraph's place; look it up once.
  if (placeMemo.index !== index || placeMemo.sentences !== sentences) placeMemo = { sentences, index, place: undefined };
  const memo = placeMemo;
  const paragraphPlace = () => (memo.place === undefined ? (memo.place = lastPlaceIn(paragraphBefore)) : memo.place);
  const base = labelParty(s.text.slice(0, expr.start)) ?? partyOf(relation.victims, relation.head, s.text.slice(lastVictim ? lastVictim.end : expr.end));
  const party = completeParty(base, {
    category: relation.category, sentence: s.text, before: s.text.slice(0, expr.start), after: s.text.slice(expr.end), paragraphBefore, paragraphPlace,
    claimant: source.claimant, ...kind, continues: continuedParty(sentences, index, expr, inSentence) ?? continuedParty(sentences, index, expr, earlier),
  });
  return {
    start: s.start + expr.start,
    end: s.start + expr.end,
    figure: s.text.slice(expr.start, expr.end),
    sentence: s.text,
    count: expr.count,
    countHigh: expr.countHigh,
    qualifier: expr.qualifier === 'exact' && relation.qualifier ? relation.qualifier : expr.qualifier,
    category: relation.category,
    party: party.party,
    side: party.side,
    population: party.population,
    claimant: source.claimant,
    ...kind,
    timeScope: timeScopeAt(s.text, expr.start, expr.end),
    subset: null,
  };
}

let placeMemo: { sentences: Sentence[] | null; index: number; place: Place | null | undefined } = { sentences: null, index: -1, place: undefined };

/** Earlier sentences of the paragraph holding sentence `index` (at most a few, nearest last). */
function paragraphText(sentences: Sentence[], index: number): string {
  let text = '';
  for (let i = index - 1; i >= 0 && index - i <= 4 && sentences[i].block === sentences[index].block; i--) text = `${sentences[i].text} ${text}`;
  return text;
}

// "another 150 were injured": a bare figure in the next sentence that adds to the last one.
const FURTHER_BEFORE_RE = /\b(?:another|a further|an additional|more|a total of)\s*$/i;
// A subset ("including 23 children") is not what a later bare figure continues.
const SUBSET_BEFORE_RE = /(?:\bincluding|\bamong (?:them|whom)|\bof (?:them|whom|those))\s*$/i;

/** The party of the whole figure a bare one continues: same sentence, or the one before in its paragraph. */
function continuedParty(sentences: Sentence[], index: number, expr: NumberExpr, earlier: readonly Found[]): Party | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const f = earlier[i];
    if (f.sentenceIndex < index - 1 || sentences[f.sentenceIndex].block !== sentences[index].block) return null;
    if (f.sentenceIndex === index && f.expr.start > expr.start) continue;
    if (f.sentenceIndex !== index && !FURTHER_BEFORE_RE.test(sentences[index].text.slice(0, expr.start))) return null;
    const before = sentences[f.sentenceIndex].text.slice(0, f.expr.start);
    if (SUBSET_BEFORE_RE.test(before) || !f.claim.party) continue;
    return { party: f.claim.party, side: f.claim.side, population: f.claim.population };
  }
  return null;
}
