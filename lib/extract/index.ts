/**
 * extractClaims: every casualty figure in a text, with what it counts and who says so.
 * A cheap pre-filter picks candidate sentences; the grammatical analysis runs only on those.
 */
import type { Claim } from '../claim';
import { attributionFor, findAttributions, type Attribution } from './attribution';
import { candidateSentences } from './candidates';
import { relate, type Relation } from './category';
import { claimantFor } from './claimant';
import { classifyClaimant } from './claimant-type';
import { isNonCasualtyShape } from './guards';
import { CASUALTY_NOUNS, CASUALTY_STATES, isDemonymPlural, NON_PERSON_NOUNS, PERSON_NOUNS } from './lexicon';
import { findNumbers, type NumberExpr } from './numbers';
import { labelParty, partyOf } from './party';
import { completeParty, partyOfToll } from './whose';
import { lastPlaceIn, type Place } from './places';
import type { Party } from './party';
import { splitSentences, type Sentence } from './sentences';
import { tableClaims } from './tables';
import { timeScopeAt } from './time-scope';
import { subsetOf } from './subset';
import { labelCategory, withoutDates } from './tolls';
import { BY_GROUP_LEAD_RE, FRAGMENT_CHARS, isListItem, isListLine, LIST_WORD_RE, listLeadOf, namesBreakdownBefore, PASSAGE_REACH, REFERS_BACK_RE } from './candidates';
import { flattenWhitespace } from './whitespace';
import { claimInterval, isVague, meets, roundsTo } from '../verify/interval';

export interface ExtractOptions {
  /** Skip sentences without a casualty word and a number (default true). Off only to prove it loses nothing. */
  prefilter?: boolean;
}

export interface Found {
  claim: Claim;
  sentenceIndex: number;
  expr: NumberExpr;
  /** One item of a breakdown under a lead (never what a later bare figure continues). */
  item?: boolean;
}

// "killed 30 soldiers and 12 civilians", "…, including five children", "39 deaths, Georgia 25, Florida 19"
const INHERIT_GAP_RE =
  /^[^.;:!?()]{0,80}?(?:,\s*|\s)(?:and|or|including|plus|as well as|among them|among whom|while|(?:and\s+)?(?:includes|included|include))\s+$|^[^.;:!?()]{0,40}?,\s*$/i;
const LONG_BREAKDOWN_GAP_RE = /^[^.;:!?()]{0,200}?,\s*(?:among them|among whom|of whom|including|as well as)\s+$/i;
const LIST_GAP_RE = /^[^.;:!?()]{0,40}?(?:,|\band\b)\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u;
const TABLE_HINT_RE = /[\t|][^\n]*\d/;
const OF_THEM_RE = /^\s+of\s+(?:whom|them|those|these)\b/i;
// "912 people (700 men, …": the gap from a lead figure to the bracket of its breakdown.
const PAREN_LEAD_RE = /^[^.;:!?()\d]{0,40}\(\s*$/;
// "killed 1,500 people: 658 in Latakia, …", "… were killed — 40 in Homs, …"
const COLON_LEAD_RE = /^[^.;!?()\d]{0,80}(?::|\s[—–])\s*$/;
// "with 71 civilians among them", "three tribespeople, a woman and a child among them"
const AMONG_AFTER_RE = /^[^.;:!?()\d]{0,50}?\bamong (?:them|whom|those|the dead|the victims|the killed)\b/i;
const LABEL_HINT_RE = /:|\s(?:are|were|include|included|includes)\s/;
// Case-sensitive: the words after the noun are lower-case ("the dead (", "victims of the raid (").
const BRACKET_LEAD_RE =
  /\b((?:[Dd]ead|[Dd]eaths|[Vv]ictims|[Kk]illed|[Ww]ounded|[Ii]njured|[Cc]asualties|[Ff]atalities|[Mm]issing|[Hh]ostages|[Pp]risoners|[Cc]aptives|[Bb]odies)(?:\s+\p{Ll}+){0,3})\s*\(\s*$/u;
const ITEM_COMMA_GAP_RE = /^[^.;:!?()\d]{0,100},\s*$/;
const ITEM_GAP_RE = /\b(?:including|among|plus|of whom|of them)\b/i;
// "Deaths by region: Latakia 658", "The regions with the most dead: Bashkortostan (5 945)"
// ("… civilian deaths verified by the mission were: in Donetsk region, 112; in Kharkiv, 38": a place with "in" and a comma.)
const LABEL_ITEM_RE =
  /([^:.;!?]{3,80})(?::|\s(?:are|were|include|included|includes))\s*(?:in\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)(?:\s+(?:region|province|oblast|city|district|governorate|state))?\s*[(,]?\s*$/u;
// ", Tatarstan (4 100)", " and Sverdlovsk 3 900"
const PLACE_BEFORE_RE = /(?:^|[,;:]\s*|\band\s+|^\s*[*•·-]\s*)((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s*[(:]?\s*$/u;
// "658 in Latakia", "221 defenders from the Donetsk direction"
const PLACE_AFTER_RE = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:in|from|of|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;
const NOT_PLACE_RE =
  /^(?:The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Ministry|Ministries|Armed|Defense|Defence|Interior|Israeli|Russian|Ukrainian|Hamas|He|She|They|It|We|Including|Of|In)\b|\b(?:Security|Forces|Force|Army|Guard|Guards|Police|Service|Services|Ministry|Committee|Council|Brigade|Brigades|Corps|Directorate|Agency|Office|Command|Unit|Units)$/;

export function extractClaims(text: string): Claim[] {
  return extractClaimsWith(text, { prefilter: true });
}

export function extractClaimsWith(text: string, options: ExtractOptions): Claim[] {
  const flat = flattenWhitespace(text);
  if (!flat) return extractFromText(text, options);
  // Offsets and the figure refer to the text as given; the sentence is shown as a reader sees it.
  return extractFromText(flat.text, options).map((c) => {
    const start = flat.start(c.start);
    const end = flat.end(c.end);
    return { ...c, start, end, figure: text.slice(start, end) };
  });
}

function extractFromText(text: string, options: ExtractOptions): Claim[] {
  const sentences = splitSentences(text);
  const indices = options.prefilter === false ? sentences.map((_, i) => i) : candidateSentences(text, sentences);
  const found: Found[] = [];
  for (const index of indices) found.push(...claimsInSentence(text, sentences, index, found));
  sourceHeadlines(found, sentences);
  const claims = found.map((f) => f.claim);
  // Column-header tables need the header line, which no sentence-level rule sees.
  if (TABLE_HINT_RE.test(text)) {
    const extra = tableClaims(text).filter((t) => !claims.some((c) => c.start < t.end && t.start < c.end));
    if (extra.length) return [...claims, ...extra].sort((a, b) => a.start - b.start);
  }
  return claims;
}

/** How far under a headline the lead that gives its figure's source may be, in sentences. */
const HEADLINE_LEAD_SENTENCES = 4;

/**
 * A headline states the lead's figure without its source ("Flood toll climbs to nearly 300" over
 * "… 297 people …, the disaster agency said"): a headline figure with no claimant takes the source of
 * the first figure just under it that counts the same thing and restates it.
 */
function sourceHeadlines(found: Found[], sentences: Sentence[]): void {
  for (const h of found) {
    // ("rights group counts more than 6,200 killed" over "The Assistance Association for Political
    // Prisoners (AAPP), a rights group …": a headline's description of its source is the lead's name.)
    const described = h.claim.claimant !== null && DESCRIBED_SOURCE_RE.test(h.claim.claimant);
    if ((h.claim.claimant && !described) || !sentences[h.sentenceIndex].headline) continue;
    const lead = found.find(
      (f) =>
        f.sentenceIndex > h.sentenceIndex &&
        f.sentenceIndex - h.sentenceIndex <= HEADLINE_LEAD_SENTENCES &&
        f.claim.claimant !== null &&
        f.claim.category === h.claim.category &&
        restates(h.claim, f.claim),
    );
    const source = lead?.claim ?? summedBreakdown(h, found);
    if (!source) continue;
    // A described source is the lead's only when the lead describes it so too ("…, a rights group
    // that tracks …"); "foreign ministry" over a consulate's figure stays the ministry.
    if (described && !(lead && describedIn(h.claim.claimant!, sentences[lead.sentenceIndex].text))) continue;
    h.claim.claimant = source.claimant;
    h.claim.claimantType = source.claimantType;
    h.claim.claimantSide = source.claimantSide;
  }
}

// A source described rather than named: "rights group", "Health ministry", "UN agency" (lower case past its first letter).
const DESCRIBED_SOURCE_RE =
  /^(?:UN\s+|U\.N\.\s+)?\p{L}[\p{Ll}-]*(?:\s+[\p{Ll}-]+){0,2}?\s*(?:group|monitor|watchdog|ministry|agency|office|organi[sz]ation|charity|network|observatory|officials|authorities|body|mission)$/u;

function describedIn(description: string, sentence: string): boolean {
  const head = /(\p{L}+)$/u.exec(description)?.[1];
  return !!head && new RegExp(`\\b(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}${head}\\b`, 'iu').test(sentence);
}

/** How far under a headline the breakdown that adds up to its figure may reach, in sentences. */
const HEADLINE_BREAKDOWN_SENTENCES = 12;
/** Most parts a headline total is read as the sum of. */
const MAX_PARTS = 8;

/**
 * A headline total that the body gives only in parts ("bodies of 130 soldiers" over 100 + 20 +
 * 10, "50 killed in two villages" over 40 and 10): the parts' one source, when consecutive exact
 * figures of the same kind, all from that source, add up to it exactly.
 */
function summedBreakdown(h: Found, found: readonly Found[]): Claim | null {
  // A part's own breakdown ("40 people, including 12 children") is inside that part, not another
  // part; a place in a list of places is a part.
  const under = found.filter(
    (f) =>
      f.sentenceIndex > h.sentenceIndex &&
      f.sentenceIndex - h.sentenceIndex <= HEADLINE_BREAKDOWN_SENTENCES &&
      f.claim.category === h.claim.category &&
      !(f.item && f.claim.subset !== null && !f.claim.subset.startsWith('place-')),
  );
  for (let first = 0; first < under.length; first++) {
    const source = under[first].claim;
    if (source.claimant === null) continue;
    let sum = 0;
    for (let k = first; k < under.length && k - first < MAX_PARTS; k++) {
      const part = under[k].claim;
      if (part.claimant !== source.claimant || part.qualifier !== 'exact' || part.countHigh !== null) break;
      sum += part.count;
      if (sum === h.claim.count && k > first) return source;
      if (sum > h.claim.count) break;
    }
  }
  return null;
}

/**
 * Whether a body figure is the headline's figure written out: the same count, or one the headline
 * rounds ("nearly 300" for 297, "110,000" for 110,412, "hundreds" for 460). "Passes 2,800" is not
 * "more than 3,000": another count, perhaps another source's.
 */
function restates(headline: Claim, body: Claim): boolean {
  if (isVague(headline) || headline.qualifier === 'range') {
    const i = claimInterval(headline);
    return meets(i, body.count, body.countHigh ?? body.count);
  }
  return body.countHigh === null && (body.count === headline.count || roundsTo(headline.count, body.count));
}

function claimsInSentence(text: string, sentences: Sentence[], index: number, found: readonly Found[]): Found[] {
  const s = sentences[index];
  const previous = found[found.length - 1] ?? null;
  const out: Found[] = [];
  let attributions: Attribution[] | null = null;
  for (const expr of findNumbers(s.text)) {
    if (isNonCasualtyShape(s.text, expr)) continue;
    const r = expr.exchange ? exchangeRelation(s.text) : relate(s.text, expr);
    if (r.blocked || isUncountedWhole(s.text, expr, r.head) || namesReleased(s.text, expr) || oneOwner(s.text, expr)) continue;
    const relation =
      r.relation ??
      fragmentBreakdown(sentences, index, previous, r) ??
      inherited(s.text, expr, out, previous, index, r, found) ??
      listItem(sentences, index, expr, found, r) ??
      inlineListItem(sentences, index, expr, r) ??
      released(sentences, index, expr, r) ??
      estimatedToll(sentences, index, expr, r) ??
      namedDead(sentences, index, expr, r) ??
      personnelLosses(sentences, index, r) ??
      passageCount(sentences, index, expr, r, found);
    if (!relation || !countsPeople(expr, relation)) continue;
    if (relation.item && !relation.itemPlace) relation.itemPlace = itemPlaceOf(s.text, expr);
    if (!relation.whole && (OF_THEM_RE.test(s.text.slice(expr.end)) || /\bof (?:those|them|these|whom)\s*,?\s*$/i.test(s.text.slice(0, expr.start)))) {
      const whole = out[out.length - 1] ?? (previous && index - previous.sentenceIndex <= 1 ? previous : null);
      if (whole) relation.whole = { party: whole.claim.party, category: whole.claim.category };
    }
    // "It was possible to repatriate: … 25 soldiers who gave their lives …": the list counts bodies.
    if (relation.category === 'killed' && repatriationList(sentences, index)) relation.category = 'bodies';
    // "76 dead, including five recovered from under rubble": the dead pulled out are bodies recovered.
    // ("four were pulled from the rubble alive" are no dead at all.)
    const pulled = RECOVERED_DEAD_RE.exec(s.text.slice(expr.end, expr.end + 80));
    if (pulled && /^\s*(?:alive|still alive|unhurt|uninjured)\b/.test(s.text.slice(expr.end + pulled[0].length, expr.end + pulled[0].length + 20))) continue;
    if (relation.category === 'killed' && pulled) relation.category = 'bodies';
    // "at least 24 soldiers and 26 civilians", "at least 436 were killed and a further 1,760 injured":
    // "at least" bounds every figure of the coordination, not only the first.
    const before = out[out.length - 1];
    if (expr.qualifier === 'exact' && !relation.qualifier && before?.claim.qualifier === 'at_least' && COORDINATED_RE.test(s.text.slice(before.expr.end, expr.start)))
      relation.qualifier = 'at_least';
    attributions ??= findAttributions(s.text);
    const claim = buildClaim(text, sentences, index, expr, relation, attributionFor(attributions, expr.start, s.text), out[out.length - 1] ?? previous, found, out);
    out.push({ claim, sentenceIndex: index, expr, item: !!relation.item });
  }
  return out;
}

const RECOVERED_DEAD_RE =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:were|had been|have been)\s+)?(?:recovered|retrieved|pulled|dug out|exhumed)\s+(?:out\s+)?(?:from\s+)?(?:under(?:neath)?\s+|beneath\s+)?(?:the\s+)?(?:rubble|debris|ruins|wreckage|collapsed)\b/u;

// "Forty-seven of the 58 …", "12 of the 30 …": the figure after "of the" is the whole the first is part of.
const PART_OF_BEFORE_RE =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|all|most|many|some|half))(?:-[a-z]+)?\s+of\s+(?:the|its|their)\s+$/i;

/**
 * The whole in "47 of the 58 people on board were killed" counts everyone there, not the dead: it
 * is a casualty figure only when its own noun names casualties ("12 of the 30 wounded died").
 */
function isUncountedWhole(sentence: string, expr: NumberExpr, head: string | null): boolean {
  if (!PART_OF_BEFORE_RE.test(sentence.slice(Math.max(0, expr.start - 30), expr.start))) return false;
  const next = /^\s+([\p{L}]+)/u.exec(sentence.slice(expr.end, expr.end + 30))?.[1].toLowerCase() ?? '';
  return ![head ?? '', next].some((w) => CASUALTY_NOUNS[w] || CASUALTY_STATES[w] || /^(?:hostages?|captives?|prisoners?|victims?|pows?)$/.test(w));
}

/** "one side's deaths", "one family's home": "one" owning a noun counts nothing. */
function oneOwner(sentence: string, expr: NumberExpr): boolean {
  return expr.count === 1 && /^\s+[\p{L}-]+['’]s\s/u.test(sentence.slice(expr.end, expr.end + 30));
}

/** "released the names of four of the five victims": how many were named, not a toll. */
function namesReleased(sentence: string, expr: NumberExpr): boolean {
  return /\bnames of\s+$/i.test(sentence.slice(Math.max(0, expr.start - 12), expr.start)) && /^\s+of\s+(?:the|its|their|those)\b/i.test(sentence.slice(expr.end, expr.end + 12));
}

/** "a 1,000-for-1,000 exchange": people handed over, or bodies when the swap is of the dead. */
function exchangeRelation(sentence: string): ReturnType<typeof relate> {
  const category = /\b(?:bodies|remains|corpses)\b/i.test(sentence)
    ? 'bodies'
    : /\b(?:swap|exchange|prisoners?|POWs?|PoWs?|captives?|released|freed|returned|handed)\b/i.test(sentence)
      ? 'captured'
      : null;
  return { blocked: false, victims: [], head: null, relation: category ? { category, victims: [], head: null } : null };
}

/** "one family", "one thing": a count of one must name a person or a casualty. */
function countsPeople(expr: NumberExpr, relation: Relation): boolean {
  if (expr.count !== 1 || !relation.head) return true;
  const head = relation.victims[relation.victims.length - 1];
  // "one Uruguayan", "one Palestinian": a nationality names a person.
  if (head?.capitalized && /(?:an|ese|i|ish|ic)$/.test(head.lower)) return true;
  return (
    PERSON_NOUNS.has(relation.head) ||
    !!CASUALTY_NOUNS[relation.head] ||
    /^(?:man|woman|child|boy|girl|baby|soldier|civilian|person|officer|journalist|resident|member|worker|other|suspect|gunman|attacker|assailant|shooter|bomber|militant|fighter|passenger|driver|pilot|victim|patient|student|teacher|nurse|doctor|policeman|guard|volunteer|colleague)$/.test(
      relation.head,
    )
  );
}

/** A figure with no casualty word of its own that continues the figure before it. */
function inherited(
  sentence: string,
  expr: NumberExpr,
  earlier: Found[],
  previous: Found | null,
  index: number,
  r: { victims: Relation['victims']; head: string | null },
  all: readonly Found[] = [],
): Relation | null {
  const prev = earlier[earlier.length - 1];
  const before = sentence.slice(0, expr.start);
  // "about 200 of them were children", right after a figure in the previous sentence.
  // ("Losses near the city accounted for up to 3,120 of them": a part of the count, whatever "for" says elsewhere.)
  const ofThem = OF_THEM_RE.test(sentence.slice(expr.end)) && (!/\b(?:of|for|to|with|from|by|families)\s+$/i.test(before) || /\baccount(?:ed|s)? for\s+$/i.test(before));
  // "The ministry gave a higher figure of 63 for the city": another count of the same thing.
  const figureOf = FIGURE_OF_RE.exec(before);
  if (figureOf) {
    const source = prev ?? comparableCount(all, index, expr.count, figureOf[1]?.toLowerCase());
    if (source) return { category: source.claim.category, victims: r.victims, head: r.head };
  }
  if (ofThem && /\b(?:rescued|saved|evacuated|freed|released|found alive|pulled alive|located)\s+$/i.test(before)) return null;
  // "By then 38 bodies had been recovered. Fishermen brought in seven more overnight": more of the
  // count just given.
  if (!r.head && !prev && /^\s+more\b(?!\s+than)/i.test(sentence.slice(expr.end))) {
    const last = all[all.length - 1];
    if (last && index - last.sentenceIndex === 1) return { category: last.claim.category, victims: r.victims, head: r.head };
  }
  // "St. Luke's took nine; Mercy Valley took the other eight", "The other five were shoppers": the
  // rest of the count just given.
  if (!r.head && /\b(?:the|its|their)\s+(?:other|remaining)\s+$/i.test(before)) {
    const last = prev ?? all[all.length - 1];
    if (last && index - last.sentenceIndex <= 2) return { category: last.claim.category, victims: r.victims, head: r.head, item: true };
  }
  // "Of those 28, she said, at least nine were in the west": the count given a few sentences before, named again.
  if (/\bof (?:those|these|the)\s+$/i.test(before) && !prev) {
    let restated: Found | undefined;
    for (let k = all.length - 1; k >= 0 && index - all[k].sentenceIndex <= PASSAGE_REACH && !restated; k--)
      if (all[k].claim.count === expr.count && all[k].claim.countHigh === null) restated = all[k];
    if (restated && restated.sentenceIndex < index) return { category: restated.claim.category, victims: r.victims, head: r.head };
  }
  if (ofThem || /\bof (?:those|them|these|whom)\s*,?\s*$/i.test(before)) {
    // "destroyed 58 drones overnight, 23 of them over the region": "them" are what the nearest
    // figure before counts, here no casualties.
    const nearest = findNumbers(sentence)
      .filter((n) => n.end <= expr.start && !isNonCasualtyShape(sentence, n))
      .pop();
    if (nearest && (!prev || nearest.start > prev.expr.start)) return null;
    const source = prev ?? (previous && index - previous.sentenceIndex <= 1 ? previous : null);
    return source ? { category: source.claim.category, victims: r.victims, head: r.head, item: true, whole: { party: source.claim.party, category: source.claim.category } } : null;
  }
  // "Deaths by region: Latakia 658, …": a label line leading a list of places.
  if (!prev) {
    // "…, 27 were aged 18 to 24 and nine were between 25 and 34. Three were teenagers …": a
    // breakdown that goes on in the next sentence of its paragraph, clause by clause.
    const lastItem = all[all.length - 1];
    if (lastItem && lastItem.sentenceIndex === index - 1 && SENTENCE_PART_RE.test(before) && GROUP_AFTER_RE.test(sentence.slice(expr.end, expr.end + 60)))
      return { category: lastItem.claim.category, victims: r.victims, head: r.head, item: true };
    // "The dead (21 civilians, 14 police officers and …)": a bracketed breakdown of a casualty noun.
    const bracketed = BRACKET_LEAD_RE.exec(before);
    if (bracketed) {
      const category = labelCategory(bracketed[1]);
      if (category) return { category, victims: r.victims, head: r.head, item: true };
    }
    const tail = before.slice(-120);
    const label = LABEL_HINT_RE.test(tail) ? LABEL_ITEM_RE.exec(tail) : null;
    const category = label && !/\d/.test(label[1]) ? labelCategory(label[1]) : null;
    return category ? { category, victims: r.victims, head: r.head, item: true, itemPlace: label![2] } : null;
  }
  const gap = sentence.slice(prev.expr.end, expr.start);
  // "Killed: 12 | Injured: 40 | Rescued: 9", "Deaths: 14 | Surgeries: 63": a row of labelled
  // measures, each cell what its own label says (a row of place labels goes on below).
  const cell = CELL_LABEL_RE.exec(gap);
  if (cell) {
    const prevLabel = CELL_LABEL_RE.exec(sentence.slice(Math.max(0, prev.expr.start - 45), prev.expr.start));
    if (prevLabel && labelCategory(prevLabel[1])) {
      // ("Aid trucks admitted: 56": a label about things, whatever its verb.)
      const thing = cell[1]
        .toLowerCase()
        .split(/\s+/)
        .some((w) => NON_PERSON_NOUNS.has(w));
      const own = thing ? null : labelCategory(cell[1]);
      return own ? { category: own, victims: r.victims, head: r.head, item: true } : null;
    }
  }
  // The gap's dates are no figures: "killed since January 2023: four in Gaza", "in 2024, up from 280".
  // (An acronym in brackets is a name, not a breakdown: "the UN Joint Human Rights Office (UNJHRO) said …, up from 437".)
  const undated = (/\d/.test(gap) ? withoutDates(gap) : gap).replace(/\s*\([A-Z]{2,10}\)/g, '');
  const lead = { category: prev.claim.category, victims: r.victims, head: r.head };
  if (PAREN_LEAD_RE.test(gap) || COLON_LEAD_RE.test(undated)) return { ...lead, item: true };
  // "…: in Nabatieh, four; in Tyre, two; in Bint Jbeil, six": the next place of a list by place.
  const placeItem = prev.item ? PLACE_ITEM_GAP_RE.exec(gap) : null;
  if (placeItem) return { ...lead, item: true, itemPlace: placeItem[1] };
  // "The dead (21 civilians, … and eight gunmen) include five women": more parts of the same dead.
  if (/^[^()\d]{0,60}\)\s*(?:include|included|includes|including|among them)\s+$/i.test(gap) && prev.item) return { ...lead, item: true };
  if (AMONG_AFTER_RE.test(sentence.slice(expr.end))) return { ...lead, item: true };
  // "AFAD said 41,156 people had died in Turkey, while the figure in Syria stood at more than 5,800"
  if (FIGURE_GAP_RE.test(gap)) return lead;
  // "Russia loses 1,140 troops in a day, total passes 905,000": a headline's running total after the day's figure.
  // "lost 1,180 troops over the past day, bringing the total since the invasion in February 2022 to
  // about 1,030,110": the running total of the same count (its dates and spans are no figures).
  if (BRINGING_TOTAL_GAP_RE.test(gap)) return lead;
  const total = TOTAL_GAP_RE.exec(gap);
  if (total) return /^(?:passes|passed|tops|topped|exceeds|exceeded|surpasses|surpassed)$/i.test(total[1]) ? { ...lead, qualifier: 'more_than' } : lead;
  // "estimates ranging from around 150 to as many as 600": the other end of the same range.
  if (/^\s+(?:to|and)\s+$/.test(gap) && expr.qualifier !== 'exact' && prev.claim.countHigh === null) return lead;
  // "killed 164 Palestinians in the West Bank between January 1 and June 30, among them 33
  // children": a breakdown word right before the figure, however long the clause after the first
  // (its dates are no figures).
  if (LONG_BREAKDOWN_GAP_RE.test(gap) && !/\d/.test(withoutDates(gap))) return { ...lead, item: true };
  // "19 were killed in June, compared with 41 in January", "12 deaths this week, down from 30":
  // the same count at another time.
  if (COMPARED_GAP_RE.test(undated)) return lead;
  // "It includes about 19,500 volunteers who signed up …, some 15,800 mobilised men and …": the
  // items of a breakdown go on after a comma, however long the first one's clause.
  // "466 soldiers have been killed in Gaza, and more than 900 on all fronts", "Three died in Jamaica,
  // three more in Haiti": the second clause leaves out the verb and holds only where or when.
  if (ELIDED_GAP_RE.test(gap) && elidedClause(sentence.slice(expr.end))) return lead;
  // "losses in the Yug battlegroup's zone reached up to 175 servicemen, those facing the Vostok
  // battlegroup more than 220, and those opposite the Dnepr battlegroup up to 60": more of the same
  // count, by "those" of another place.
  if (THOSE_GAP_RE.test(gap)) return { ...lead, item: !!prev.item };
  // "… accounted for up to 3,120 of them, and the Zapad battlegroup's zone for more than 1,650".
  if (prev.item && /\baccount(?:ed|s)? for\b/i.test(sentence.slice(Math.max(0, prev.expr.start - 20), prev.expr.start)) && /,\s*(?:and\s+)?[^.;:!?\d]{2,70}?\sfor\s+$/i.test(gap))
    return { ...lead, item: true };
  // "Russia handed over more than 6,000 bodies …, while Ukraine returned 78.": the other side's
  // part of the same handover, its noun left out.
  if (SWAP_ELLIPSIS_GAP_RE.test(gap) && /^\s*(?:[.;,)]|$)/.test(sentence.slice(expr.end))) return lead;
  // "11 were still listed as critical and 16 as serious": patients by condition, the verb left out.
  if (CONDITION_GAP_RE.test(gap) && /^\s+as\s+(?:critical|serious|stable|severe)\b/i.test(sentence.slice(expr.end, expr.end + 20))) return { ...lead, item: !!prev.item };
  const listed = LIST_GAP_RE.test(gap) || (prev.item && (PLACE_GAP_RE.test(gap) || ITEM_COMMA_GAP_RE.test(gap)));
  if (!listed && !INHERIT_GAP_RE.test(gap)) return null;
  // "Seventeen of the deaths were in the Eaton fire, …, and 10 in the Palisades fire": the same
  // place breakdown goes on after a copula.
  const next = sentence.slice(expr.end, expr.end + 20);
  const parallel =
    (/\b(?:were|was)\s+(?:in|at|on|near|from)\b/i.test(gap) && /^\s+(?:were\s+|was\s+)?(?:in|at|on|near|from)\s/i.test(next)) ||
    // "Of the dead, 14 were men, seven were women and two were children", "dozens of the dead were
    // teenage boys, and at least 12 were women": one breakdown, clause by clause.
    // An age group is a group too: "27 were aged 18 to 24 and nine were between 25 and 34".
    (/^[^.;:!?\d]{0,40}?(?:^|\s)(?:were|was|are)\s+(?:(?:[\p{L}-]+|\d{1,3})\s+){0,4}?(?:[\p{L}-]+|\d{1,3})\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/iu.test(gap) &&
      // "41 were men and 23 women": the copula left out of the second clause.
      (/^\s+(?:were|was|are)\s+\p{L}/iu.test(next) || (SEX_GROUP_GAP_RE.test(gap) && /^\s+(?:women|men|girls|boys|children)\b/i.test(next))));
  if (!listed && !parallel && !/including|among/i.test(gap) && /\b(?:were|was|are|is|have|has|had|been)\b/i.test(gap)) return null;
  return { ...lead, item: !!prev.item || listed || ITEM_GAP_RE.test(gap) };
}

/**
 * A short line that only splits the figure just before it ("390 of our people are home. 270
 * soldiers and 120 civilians."): its figures are parts of that one when they add up to it exactly.
 */
function fragmentBreakdown(sentences: Sentence[], index: number, previous: Found | null, r: { victims: Relation['victims']; head: string | null }): Relation | null {
  const s = sentences[index];
  if (!previous || previous.sentenceIndex !== index - 1 || sentences[index - 1].block !== s.block || s.text.length > FRAGMENT_CHARS) return null;
  const parts = findNumbers(s.text);
  if (parts.length < 2 || parts.some((p) => p.qualifier !== 'exact' || p.countHigh !== null)) return null;
  if (parts.reduce((sum, p) => sum + p.count, 0) !== previous.claim.count) return null;
  const { category, party, side } = previous.claim;
  return { category, victims: r.victims, head: r.head, item: true, whole: { party, category, side } };
}

// "Two others were released during a cease-fire", "the 90 freed on Sunday": in a story about captives.
const RELEASED_RE =
  /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:(?:were|was|have been|has been|had been|being|are|to be)\s+)?(?:\p{L}+ly\s+)?(?:freed|released|set free|returned)\b(?!\s+(?:from|after)\s+(?:the\s+)?(?:hospital|treatment))/u;
// Captives of a war or a kidnapping; not prisoners let out of a regime's jails.
const CAPTIVE_SCENE_RE =
  /\b(?:hostages?|captiv\w*|captors?|prisoners? of war|abduct\w*|kidnap\w*|POWs?|PoWs?|(?:prisoner|POW|PoW|hostage|captive)s?[ -](?:swap|exchange|release)|(?:swap|exchange) of (?:prisoners|POWs|PoWs|hostages|captives))\b/i;

// "we managed to return 84 of our people", "brought home 95 defenders"
// ("Russia said it had received 84 of its servicemen in return": the other side of the swap.)
const RETURN_BEFORE_RE = /\b(?:return(?:ed|ing)?|received|br(?:ing|ought|inging) (?:back|home)|free(?:d|ing)?|rescued? from captivity)\s+(?:(?:another|a further|the|all)\s+)?$/i;

function released(sentences: Sentence[], index: number, expr: NumberExpr, r: { victims: Relation['victims']; head: string | null }): Relation | null {
  const s = sentences[index].text;
  const last = r.victims[r.victims.length - 1];
  const people = (head: string) => PERSON_NOUNS.has(head) || (!!last && last.lower === head && isDemonymPlural(last));
  const returned = RETURN_BEFORE_RE.test(s.slice(Math.max(0, expr.start - 40), expr.start)) && (r.head ? people(r.head) : /^\s+of\s+(?:our|their|its)\b/i.test(s.slice(expr.end)));
  if (!returned && !RELEASED_RE.test(s.slice(expr.end, expr.end + 80))) return null;
  if (r.head && !people(r.head) && !CASUALTY_NOUNS[r.head]) return null;
  // Bodies handed back are bodies, not captives freed.
  if (r.head && /^(?:bodies|remains)$/.test(r.head)) return null;
  if (r.head === 'prisoners' && !/\b(?:swap|exchange|of war)\b/i.test(s)) return null;
  if (returned && r.head && /^(?:bodies|remains)$/.test(r.head)) return null;
  let scene = s;
  for (let i = index - 1; i >= 0 && index - i <= 6; i--) scene += ` ${sentences[i].text}`;
  // A headline is explained by the lines under it.
  if (sentences[index].headline) for (let i = index + 1; i < sentences.length && i - index <= 2; i++) scene += ` ${sentences[i].text}`;
  return CAPTIVE_SCENE_RE.test(scene) ? { category: 'captured', victims: r.victims, head: r.head } : null;
}

// "estimates range from 20,000 to 150,000", "guesses vary between": a range with no noun of its own.
const ESTIMATES_RANGE_RE =
  /\b(?:estimates|figures|guesses|counts)\s+(?:(?:now|also|widely|still)\s+)?(?:range|ranged|ranging|vary|varied|varying|run|ran)\s+(?:from|between)\s+(?:(?:about|around|some|roughly|nearly|over|more than|at least)\s+)?$/i;
// What the estimates are of, named in the clause before them or the sentence before in the paragraph.
const TOLL_SCENE_RE = /\b(?:death toll|toll|the dead|deaths|killed|fatalities|casualties|lives lost|dead)\b/i;

/**
 * "The true death toll is unknown; estimates range from 20,000 to 150,000": the estimates are of
 * the toll the passage names just before (a cost or a count of the displaced names no toll).
 */
function estimatedToll(sentences: Sentence[], index: number, expr: NumberExpr, r: { victims: Relation['victims']; head: string | null }): Relation | null {
  const s = sentences[index];
  const before = s.text.slice(0, expr.start);
  const m = ESTIMATES_RANGE_RE.exec(before);
  if (!m || r.head) return null;
  const prev = sentences[index - 1];
  const scene = `${prev && prev.block === s.block ? prev.text : ''} ${before.slice(0, m.index)}`;
  const toll = TOLL_SCENE_RE.exec(scene);
  if (!toll) return null;
  return { category: /casualt/i.test(toll[0]) ? 'casualties' : 'killed', victims: r.victims, head: r.head };
}

// What makes a list of names a list of the dead: "names of fallen servicemen", "deaths confirmed by an obituary".
const NAMED_DEAD_SCENE_RE = /\b(?:deaths?|dead|killed|fallen|obituar(?:y|ies)|died)\b/i;
const LISTED_BEFORE_RE =
  /\b(?:had |has |have )?(?:listed|counted|recorded|documented|identified|verified|confirmed)\s+(?:(?:more than|over|about|around|some|nearly|almost|at least)\s+)?$/i;
const NAMES_OF_DEAD_RE = /\bnames of (?:the )?(?:fallen|dead|killed)\b/i;

/**
 * A list of the dead by name, counted: "their list held 111,387 names" after a sentence on how each
 * death is confirmed, "the project, which compiles the names of fallen servicemen, had listed more
 * than 70,000".
 */
function namedDead(sentences: Sentence[], index: number, expr: NumberExpr, r: { victims: Relation['victims']; head: string | null }): Relation | null {
  const s = sentences[index];
  if (r.head === 'names') {
    const prev = sentences[index - 1];
    const scene = `${prev && prev.block === s.block ? prev.text : ''} ${s.text}`;
    return NAMED_DEAD_SCENE_RE.test(scene) ? { category: 'killed', victims: [], head: null } : null;
  }
  if (r.head || !NAMES_OF_DEAD_RE.test(s.text) || !LISTED_BEFORE_RE.test(s.text.slice(Math.max(0, expr.start - 40), expr.start))) return null;
  return { category: 'killed', victims: r.victims, head: r.head };
}

// What makes "losses" people: the passage speaks of personnel, troops, the killed or the wounded.
const PERSONNEL_SCENE_RE = /\b(?:personnel|troops|soldiers|servicemen|killed|wounded|casualties|dead)\b/i;
const EQUIPMENT_SCENE_RE = /\b(?:tanks?|vehicles?|aircraft|artillery|equipment|drones?|systems?)\b/i;

/**
 * "the bulletin recorded 35,050 Russian losses", after a sentence on its "personnel losses":
 * losses counted with no thing named are people when the passage is about people, not machines.
 */
function personnelLosses(sentences: Sentence[], index: number, r: { victims: Relation['victims']; head: string | null }): Relation | null {
  if (r.head !== 'losses' || r.victims.some((t) => !t.capitalized && t.lower !== 'losses')) return null;
  const s = sentences[index];
  if (!PERSONNEL_SCENE_RE.test(`${paragraphText(sentences, index)} ${s.text}`) || EQUIPMENT_SCENE_RE.test(s.text)) return null;
  return { category: 'casualties', victims: r.victims, head: r.head };
}

const PASSAGE_OPENING_RE = /^[“"‘']?(?:It|The|That|This|Its|Their|Among)\s|\b(?:but|and|while) (?:it|the|that) |^(?:On|By|As of)\s[^,.;:!?\d]{1,30}?,?\s+it\s/;
// "It includes about 19,500 volunteers", "The list also counts": the parts of the count just given.
// Also after a clause ("…, but the list also includes some 18,000 …"), and "Among them are 19,400 …".
const INCLUDES_RE =
  /(?:^|\b(?:but|and|while)\s+)(?:It|it|[Tt]he (?:[A-Za-z-]+['’]s\s+)?(?:list|tally|count|toll|total|figure|database|register)|[Tt]hat (?:list|tally|count|figure|total))\s+(?:also\s+)?(?:includes|included|include|lists|listed|comprises|comprised)\s+$|^Among (?:them|those|these|the dead)\s+(?:are|were)\s+(?:(?:the|a|an)\s+[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2}\s+and\s+)?$/;
// "It includes 21,000 people still held as prisoners": the part says its own fate, another count.
const OWN_FATE_RE = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:still\s+)?(?:held|detained|jailed|imprisoned|arrested|displaced|missing|in custody|behind bars)\b/u;
// "At least 5,100 officers are on the list"
const ON_THE_LIST_RE = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:are|were|is|was)\s+(?:also\s+)?(?:on|in|among)\s+(?:the|that|this)\s+(?:list|tally|count|database|register)\b/u;
// "That running total passed 1,000,000 in mid-June and stood at 1,004,360": the count named before.
// ("That is up from 19 on Thursday": the same count when last given.)
const THAT_TOTAL_RE =
  /^[“"‘']?(?:(?:That|This|The|Its|Their)\s+(?:(?:running|daily|overall|official|cumulative|new|latest|updated|correct|corrected|revised|final|confirmed|provisional|true|actual)\s+){0,2}(?:total|figure|count|tally|number|toll)\s+(?:[^.;:!?]{0,80}?\s)?(?:passed|reached|topped|exceeded|surpassed|rose to|risen to|climbed to|grown to|increased to|jumped to|stood at|stands at|hit|was|is|of|(?:was |is )?(?:up|down) from)|(?:(?:On|By|As of)\s+[^,.;:!?\d]{1,30}?,?\s+)?it\s+(?:stood at|stands at|reached|passed|topped|rose to|climbed to)|(?:That|This|It)\s+(?:is|was|['’]s)\s+(?:up|down)\s+from)\s+$/i;
const PASSED_RE = /\b(?:passed|topped|exceeded|surpassed)\s+$/;

/**
 * A figure whose sentence points back to the count just given: its parts ("It includes about 19,500
 * volunteers", "5,100 officers are on the list") or its later value ("That running total passed
 * 1,000,000"), of the kind that count or the sentence before it names.
 */
function passageCount(sentences: Sentence[], index: number, expr: NumberExpr, r: { victims: Relation['victims']; head: string | null }, found: readonly Found[]): Relation | null {
  const s = sentences[index].text;
  // Every form below opens its sentence with the count's subject or says "on the list": most
  // figures that reach here are neither.
  if (!PASSAGE_OPENING_RE.test(s) && !LIST_WORD_RE.test(s)) return null;
  const before = s.slice(0, expr.start);
  const last = found[found.length - 1];
  const recent = last && index - last.sentenceIndex <= PASSAGE_REACH && last.sentenceIndex < index ? last : null;
  if ((INCLUDES_RE.test(before) && !OWN_FATE_RE.test(s.slice(expr.end))) || ON_THE_LIST_RE.test(s.slice(expr.end))) {
    if (!recent || (r.head && !PERSON_NOUNS.has(r.head) && !/(?:men|women|people|ers|ists|ians|ees|ors)$/.test(r.head))) return null;
    return {
      category: recent.claim.category,
      victims: r.victims,
      head: r.head,
      item: true,
      whole: { party: recent.claim.party, category: recent.claim.category, side: recent.claim.side },
    };
  }
  if (r.head || !THAT_TOTAL_RE.test(before)) return null;
  const prev = sentences[index - 1];
  const prevLabel = prev && prev.block === sentences[index].block ? labelCategory(prev.text) : null;
  // A figure of another paragraph gives way to a toll the sentence just before names ("The toll was
  // revised, a spokesman said. 'The correct figure this evening is 17.'").
  const own = recent && (sentences[recent.sentenceIndex].block === sentences[index].block || !prevLabel) ? recent : null;
  const category = own?.claim.category ?? prevLabel;
  if (!category) return null;
  // Whose count it is: the figure's before it, or the group the sentence before names.
  const named = own ? { party: own.claim.party, side: own.claim.side } : prev ? partyOfToll(prev.text) : null;
  return {
    category,
    victims: r.victims,
    head: r.head,
    ...(PASSED_RE.test(before) ? { qualifier: 'more_than' as const } : {}),
    ...(named?.side ? { whole: { party: named.party, category, side: named.side } } : {}),
  };
}

// ("about 120,000 deaths, range 106,000 to 140,000": the estimate's own range.)
const FIGURE_OF_RE =
  /\b(?:(?:a|the|its|their|his|her)\s+(?:(higher|lower|different|new|revised|separate|own|final|official|provisional|plausible|likely|possible)\s+)?(?:figure|toll|count|tally|estimate|total|range)\s+(?:of|at)|put(?:s|ting)?\s+(?:the|its|their)\s+(?:\w+\s+)?(?:number|figure|count|total|toll|tally)\s+at(?:\s+close\s+to|\s+nearly|\s+about|\s+around|\s+roughly)?|,\s*range)\s+$/i;

/** The recent figure a "higher figure of 58" is set against: the nearest in size, on the right side. */
function comparableCount(all: readonly Found[], index: number, count: number, direction: string | undefined): Found | null {
  let best: Found | null = null;
  let bestGap = Infinity;
  for (let i = all.length - 1; i >= 0 && index - all[i].sentenceIndex <= 6; i--) {
    const c = all[i].claim.count;
    if ((direction === 'higher' && c >= count) || (direction === 'lower' && c <= count)) continue;
    const gap = Math.abs(Math.log(c / count));
    if (gap < bestGap && gap < Math.log(3)) {
      best = all[i];
      bestGap = gap;
    }
  }
  return best;
}
const TOTAL_GAP_RE =
  /^[^.;:!?()\d]{0,60},\s*(?:the\s+)?(?:overall\s+|running\s+)?(?:total|toll|tally)\s+(passes|passed|tops|topped|exceeds|exceeded|surpasses|surpassed|nears|reaches|reached|hits|rises to|climbs to)\s+$/i;
// The first clause of an elided pair: its casualty verb, a place or time, then a comma.
const ELIDED_GAP_RE = /^[^.;:!?()\d]{0,40}?\b(?:killed|died|dead|wounded|injured|missing)\b[^.;:!?()\d]{2,80}?,\s*(?:and\s+)?$/i;
const THOSE_GAP_RE = /^[^.;:!?\d]{0,30}?,\s*(?:and\s+)?(?:those|that)\s+(?:facing|opposite|of|in|near|against|along|at|on|from|inflicted by)\s+[^.;:!?\d]{2,70}?\s+$/i;
const SWAP_ELLIPSIS_GAP_RE =
  /,\s*(?:while|whereas|and|but)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:returned|handed over|handed back|received|gave back|sent back|repatriated|freed|released)\s+$/u;
const CONDITION_GAP_RE = /^[^.;:!?()\d]{0,40}?\b(?:listed|described|classed|classified|deemed|registered)\s+as\s+(?:critical|serious|stable|severe)\s*(?:,\s*)?(?:and\s+)?$/i;
const ELIDED_AFTER_RE = /^\s+(?:more\s+|others?\s+)?(?:in|on|at|across|along|near|inside|outside|during)\s+\S/i;
const VERB_IN_CLAUSE_RE = /\b(?:were|was|are|is|have|has|had|been|be|said|says|died|killed|wounded|injured|remain|remained)\b/i;

/** Whether the words after a figure are only a place or time up to the clause's end: "more in Haiti,". */
function elidedClause(after: string): boolean {
  const clause = after.split(/[,.;:!?]/, 1)[0];
  return ELIDED_AFTER_RE.test(clause) && !VERB_IN_CLAUSE_RE.test(clause);
}
const BRINGING_TOTAL_GAP_RE =
  /^[^.;:!?()]{0,100}?,\s*(?:bringing|which brings|which brought|taking|pushing|raising)\s+(?:the|its|their)\s+(?:overall\s+|running\s+|cumulative\s+)?(?:total|tally|count)\b(?!\s+(?:number\s+)?of\b)[^.;:!?()]{0,60}?\s(?:to|past)\s+$/i;
const FIGURE_GAP_RE =
  /^[^.;:!?()\d]{0,60}\b(?:the|a|its|their) (?:figure|toll|number|count|tally|total)\b[^.;:!?()\d]{0,40}\b(?:stood at|stands at|was|is|reached|rose to|climbed to|(?:revised|corrected|lowered|raised|updated)(?: (?:up|down)(?:wards?)?)? to|at)\s*$/i;

// What may open a sentence that goes on with a breakdown: "Three were …", "The other two were …".
export const GROUP_AFTER_RE =
  /^\s+(?:were|was)\s+(?:(?:also|all)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:children|women|men|girls|boys|teenagers|minors|staff|members|workers|students|tourists|foreigners|residents|soldiers|civilians|police|officers|journalists|medics|elderly|pensioners|babies|infants|aged|between|under|over)\b/u;
// (Also after its reporter: "It said 37 were aged over 60 and nine were under 18".)
const SENTENCE_PART_RE =
  /^\s*(?:(?:It|They|She|He|The (?:ministry|department|office|agency|bulletin|report))\s+(?:said|added|reported|says)\s+(?:that\s+)?)?(?:(?:The|the)\s+(?:other|remaining|last)\s+)?$/;
const SEX_GROUP_GAP_RE = /\b(?:were|was|are)\s+(?:women|men|girls|boys|children)\s*,?\s+and\s+$/i;
const COMPARED_GAP_RE =
  /^[^.;:!?()\d]{0,200}?(?:,\s*|\s)(?:compared (?:with|to)|up from|down from|versus|vs\.?|against)\s+(?:(?:an?|the)\s+(?:(?:initial|earlier|previous|first|provisional|preliminary|official)\s+)?(?:count|figure|toll|tally|estimate|total)\s+of\s+)?(?:(?:about|around|some|nearly|almost|more than|over|at least|just)\s+)?$/i;

// The gap between two coordinated figures of one clause: "… soldiers and ", "… were killed and a
// further ". Not a breakdown ("including", "of whom"): its parts are counted exactly.
const COORDINATED_RE = /^(?![^.;:!?()]*\b(?:including|among|of whom|of them|of those)\b)[^.;:!?()\d]{0,60}?\band\s+(?:a further\s+|another\s+|an additional\s+)?$/i;

// "), Tatarstan (": the gap between two bracketed figures of a place list.
const PLACE_GAP_RE = /^\s*\)?\s*(?:,|;|\band\b)\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*\s*\(\s*$/u;

/** The place a breakdown item names: "658 in Latakia", "Bashkortostan (5 945)". */
function itemPlaceOf(sentence: string, expr: NumberExpr): string | null {
  const after = PLACE_AFTER_RE.exec(sentence.slice(expr.end, expr.end + 60));
  const before = after ? null : PLACE_BEFORE_RE.exec(sentence.slice(Math.max(0, expr.start - 50), expr.start));
  const name = (after ?? before)?.[1] ?? null;
  return name && !NOT_PLACE_RE.test(name) ? name.trim() : null;
}

const LEAD_TOLL_RE = /\b(?:tolls?|tally|tallies|dead|deaths|fatalities|killed|victims|named dead)\b/i;
const LEAD_RETURNED_RE = /\b(?:returned|released|freed|exchanged|swapped|repatriated|brought (?:home|back))\b/i;

/** What a lead line's list counts: "The confirmed toll includes:", "Those returned included:". */
function leadCategory(lead: string, sentences: Sentence[], index: number): Relation['category'] | null {
  const named = labelCategory(lead);
  if (named) return named;
  if (LEAD_TOLL_RE.test(lead)) return 'killed';
  if (!LEAD_RETURNED_RE.test(lead)) return null;
  let scene = lead;
  for (let i = index - 1; i >= 0 && index - i <= 3; i--) scene += ` ${sentences[i].text}`;
  return CAPTIVE_SCENE_RE.test(scene) ? (/\b(?:bodies|remains)\b/i.test(lead) ? 'bodies' : 'captured') : null;
}

const REPATRIATION_RE = /\b(?:repatriat\w*|return(?:ed|ing)?|hand(?:ed)? over|brought home|bring home|exchang\w*)\b/i;
const BODIES_RE = /\b(?:bod(?:y|ies)|remains|fallen|corpses)\b/i;

/** The list line hangs from a lead about bodies handed back ("it was possible to repatriate:"). */
function repatriationList(sentences: Sentence[], index: number): boolean {
  if (!isListLine(sentences[index])) return false;
  const lead = listLeadOf(sentences, index);
  if (!lead || !REPATRIATION_RE.test(lead.text)) return false;
  let scene = lead.text;
  for (let i = lead.index - 1; i >= 0 && lead.index - i <= 3; i--) scene += ` ${sentences[i].text}`;
  return BODIES_RE.test(scene);
}

/**
 * A line of a list under a lead line that names the casualties ("The confirmed toll includes:"
 * then "* 24,200 volunteers", "* 16,100 recruited prisoners"): the item takes the lead's category.
 */
function listItem(sentences: Sentence[], index: number, expr: NumberExpr, found: readonly Found[], r: { victims: Relation['victims']; head: string | null }): Relation | null {
  if (!isListItem(sentences, index)) return null;
  // One figure per list line: the first figure of the item ("16,100 recruited prisoners, 2,000 …" is read by the series rule).
  const lead = listLeadOf(sentences, index);
  if (!lead) return null;
  const lastIn = (i: number) => found.filter((f) => f.sentenceIndex === i).pop()?.claim.category ?? null;
  const firstIn = (i: number) => found.find((f) => f.sentenceIndex === i)?.claim.category ?? null;
  const category =
    leadCategory(lead.text, sentences, lead.index) ??
    lastIn(lead.index) ??
    // "… documented 8,129 deaths. It broke them down as follows:": the figure the lead points back to.
    (REFERS_BACK_RE.test(lead.text) && sentences[lead.index - 1]?.block === sentences[lead.index].block ? lastIn(lead.index - 1) : null) ??
    // "…were killed, and at least 30 were wounded. By nationality:": the breakdown of the count the
    // sentence before leads with.
    (BY_GROUP_LEAD_RE.test(lead.text) && sentences[lead.index - 1]?.block === sentences[lead.index].block ? firstIn(lead.index - 1) : null) ??
    // "…its breakdown of the dead by province. The figures are:": what the sentence before names.
    (namesBreakdownBefore(sentences, lead.index) ? labelCategory(sentences[lead.index - 1].text) : null);
  if (!category) return null;
  const before = sentences[index].text.slice(0, expr.start);
  if (/\d/.test(before.replace(/^\s*\d{1,2}[.)]\s/, ''))) return null;
  // "- Aid trucks: 45": a labelled line must name people or a place, and so must the counted noun.
  const label = before.replace(/^\s*(?:[*•·▪◦‣–—-]|\d{1,2}[.)])\s*/, '').replace(/[\s:(–—-]+$/, '');
  if (
    label &&
    label
      .split(/\s+/)
      .some(
        (w) =>
          /^\p{Ll}/u.test(w) &&
          !/^(?:of|and|the|al|el|de|other|provinces?|regions?|districts?|areas?|states?|towns?|cities|city|villages?|governorates?|oblasts?|counties|county|municipalities|directions?|fronts?|sectors?|axis|morgues?|territory|territories|hospitals?|on|in|group|groups|grouping|groupings|armies|army|brigades?|corps|commands?|units?|forces)$/.test(
            w,
          ),
      ) &&
    !label.split(/\s+/).some((w) => PERSON_NOUNS.has(w.toLowerCase()) || CASUALTY_NOUNS[w.toLowerCase()])
  )
    return null;
  if (r.head && !PERSON_NOUNS.has(r.head) && !CASUALTY_NOUNS[r.head] && !r.victims.some((t) => t.capitalized) && !/(?:men|women|people|ers|ists|ians|ees)$/.test(r.head))
    return null;
  return { category, victims: r.victims, head: r.head, item: true };
}

// "…, the headquarters listed those freed: 148 members of the Armed Forces, 39 …": a lead clause and its colon.
const INLINE_LEAD_RE = /([^:;!?]{3,160}):\s*$/;
/** Longest place label between an inline lead's colon and its first figure, in characters. */
const INLINE_LABEL_CHARS = 60;
const INLINE_PLACE_LEAD_RE = /([^:;!?]{3,160}):\s*((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+$/u;
// "the day's dead by district: in Nabatieh, four; in Tyre, two" (not "presumed dead: Itay Chen, 19", an age).
const INLINE_IN_PLACE_LEAD_RE = /([^:;!?]{3,160}):\s*in\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*),\s+$/u;

/** The first item of a list run into its lead's sentence after a colon; the items after it follow it. */
const PLACE_ITEM_GAP_RE =
  /^\s*[;,]\s*(?:and\s+)?in\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)(?:\s+(?:region|province|oblast|city|district|governorate|state))?,\s*$/u;
// A cell's label right before its figure, after the row's start or a "|" between cells.
// (A note in brackets may hold digits: "Injured (24h): 440".)
const CELL_LABEL_RE = /(?:^|\|)\s*((?:[^|:\d()]|\([^|:()]{1,12}\)){2,40}):\s*$/;

function inlineListItem(sentences: Sentence[], index: number, expr: NumberExpr, r: { victims: Relation['victims']; head: string | null }): Relation | null {
  const text = sentences[index].text;
  // Both patterns end at a colon just before the figure (or its place label): tried only on the
  // stretch up to the last colon, never from every position of a colon-less sentence.
  const colon = text.lastIndexOf(':', expr.start);
  if (colon < 0 || expr.start - colon > INLINE_LABEL_CHARS) return null;
  const before = text.slice(Math.max(0, colon - 161), expr.start);
  // "It listed the other tolls as follows: Shangla 36, Mansehra 24": a place label may come first.
  const placed = INLINE_PLACE_LEAD_RE.exec(before) ?? INLINE_IN_PLACE_LEAD_RE.exec(before);
  const lead = placed ?? INLINE_LEAD_RE.exec(before);
  if (!lead || /\d/.test(lead[1])) return null;
  const category = leadCategory(lead[1], sentences, index);
  if (!category) return null;
  if (placed) return { category, victims: r.victims, head: r.head, item: true, itemPlace: placed[2] };
  if (r.head && !PERSON_NOUNS.has(r.head) && !CASUALTY_NOUNS[r.head] && !r.victims.some((t) => t.capitalized) && !/(?:men|women|people|ers|ists|ians|ees|troops)$/.test(r.head))
    return null;
  return { category, victims: r.victims, head: r.head, item: true };
}

// A sentence about one attack or disaster: a place it names is where its figures are.
const INCIDENT_WORD_RE = /\b(?:strike|airstrike|attack|bomb|bombing|blast|explosion|shelling|raid|ambush|shooting|crash|collision|collapse|landslide|stampede|massacre)s?\b/i;

// "… were children", "… were women and girls", "… were health workers": a breakdown's group after its copula.
const COPULA_GROUP_RE =
  /^\s+(?:of\s+(?:them|those|whom)\s+(?:(?:were|was|are|is)\s+)?|(?:were|was|are|is)\s+)(?:(?:also|mostly|all|reportedly)\s+)?((?:[\p{Ll}-]+\s+){0,2}?(?:children|women|girls|boys|minors|men|journalists|health workers|medics|doctors|nurses|aid workers|paramedics|rescuers|teachers|students|officers|police officers|civilians|soldiers|elderly people))\b/u;

function subsetFor(s: Sentence, expr: NumberExpr, relation: Relation, scope: Claim['timeScope']): string | null {
  const lastVictim = relation.victims[relation.victims.length - 1];
  let phrase = lastVictim ? s.text.slice(expr.end, lastVictim.end).trim().toLowerCase() : '';
  const of = /^\s+of\s+(?:the\s+)?((?:[\p{L}.-]+\s+){0,2}[\p{L}.-]+)/u.exec(s.text.slice(lastVictim ? lastVictim.end : expr.end, (lastVictim ? lastVictim.end : expr.end) + 50));
  if (of && lastVictim) phrase += ` of ${of[1].toLowerCase()}`;
  // "Of those, more than 18,000 were children", "seven were women": the group named after the verb.
  if (!phrase) {
    const named = COPULA_GROUP_RE.exec(s.text.slice(expr.end, expr.end + 60));
    if (named) phrase = named[1].toLowerCase();
  }
  if (/\bchildren\b/.test(phrase) && /\bwomen\b/.test(phrase)) return null;
  // "of whom at least 34 are believed to have died": the dead among the hostages are a part of them.
  if (!phrase && relation.whole?.party && relation.whole.category !== relation.category) phrase = relation.whole.party.toLowerCase();
  return subsetOf({
    phrase,
    after: s.text.slice(expr.end, expr.end + 120),
    before: s.text.slice(0, expr.start),
    item: !!relation.item,
    itemPlace: relation.itemPlace ?? null,
    category: relation.category,
    incident: scope === 'event' || scope === 'period' || INCIDENT_WORD_RE.test(s.text),
    sentence: s.text,
  });
}

function buildClaim(
  text: string,
  sentences: Sentence[],
  index: number,
  expr: NumberExpr,
  relation: Relation,
  attribution: Attribution | null,
  previous: Found | null,
  earlier: readonly Found[],
  inSentence: readonly Found[],
): Claim {
  const s = sentences[index];
  const lastVictim = relation.victims[relation.victims.length - 1];
  const source = claimantFor(text, sentences, index, attribution, previous, relation.category);
  const paragraphBefore = paragraphText(sentences, index);
  const kind = classifyClaimant(source.claimant, source.context, () => `${paragraphBefore} ${s.text}`);
  // Figures of one sentence share the paragraph's place; look it up once.
  if (placeMemo.index !== index || placeMemo.sentences !== sentences) placeMemo = { sentences, index, place: undefined };
  const memo = placeMemo;
  const paragraphPlace = () => (memo.place === undefined ? (memo.place = lastPlaceIn(paragraphBefore)) : memo.place);
  const base = labelParty(s.text.slice(0, expr.start)) ?? partyOf(relation.victims, relation.head, s.text.slice(lastVictim ? lastVictim.end : expr.end));
  const party = completeParty(base, {
    category: relation.category,
    sentence: s.text,
    before: s.text.slice(0, expr.start),
    after: s.text.slice(expr.end),
    paragraphBefore,
    paragraphPlace,
    claimant: source.claimant,
    ...kind,
    continues: continuedParty(sentences, index, expr, inSentence, !!relation.item) ?? continuedParty(sentences, index, expr, earlier, !!relation.item),
    wholeSide: relation.whole?.side ?? null,
  });
  // "a 1,000-for-1,000 swap": the people each side handed over.
  if (expr.exchange && (!party.party || /^(?:people|persons)$/i.test(party.party)))
    party.party = relation.category === 'bodies' ? 'the dead of both sides' : 'prisoners on both sides';
  const scope = expr.exchange ? 'event' : timeScopeAt(s.text, expr.start, expr.end);
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
    timeScope: scope,
    subset: subsetFor(s, expr, relation, scope),
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
function continuedParty(sentences: Sentence[], index: number, expr: NumberExpr, earlier: readonly Found[], item = false): Party | null {
  let sibling: Party | null = null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const f = earlier[i];
    if (f.sentenceIndex < index - 1 || sentences[f.sentenceIndex].block !== sentences[index].block) break;
    if (f.sentenceIndex === index && f.expr.start > expr.start) continue;
    if (f.sentenceIndex !== index && !FURTHER_BEFORE_RE.test(sentences[index].text.slice(0, expr.start))) break;
    const before = sentences[f.sentenceIndex].text.slice(0, f.expr.start);
    // A breakdown's items are parts, not what a later whole figure continues.
    if ((f.item && !item) || SUBSET_BEFORE_RE.test(before) || !f.claim.party) continue;
    const party = { party: f.claim.party, side: f.claim.side, population: f.claim.population };
    // An item goes on with its whole's group, not with a sibling's ("four in Gaza, two in Sudan":
    // the second is not "… in Gaza in Sudan"); a sibling stands in only when no whole is found.
    if (!(item && f.item)) return party;
    // The earliest sibling of the run: the list's lead when it is itself a part ("Nine of its engineers: …").
    sibling = party;
  }
  return sibling;
}
