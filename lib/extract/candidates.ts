/**
 * The pre-filter: one regex pass over the whole text finds casualty words; only sentences holding
 * one of them and a number expression go on to the full analysis. Every word the analysis can rely
 * on (lexicon.ts, tolls, labels) starts with one of these stems, so nothing is lost by skipping.
 */
import type { Sentence } from './sentences';

const CASUALTY_STEM_RE =
  /\b(?:kill|dead|death|out of action|die[ds]?\b|dying|mourn|medical assistance|medical aid|first aid|wound|maim|injur|casualt|bod(?:y|ies)|corpse|remains|missing|captur|captiv|prisoner|pows?\b|hostage|surrender|slain|fatal|toll|tally|lives|perish|hurt|massacr|execut|martyr|abduct|kidnap|unaccounted|hospital|gunshot|gunfire|swept (?:away|out)|never (?:found|recovered)|fallen|drown|murder|victim|disappear|imprison|slaughter|treat|admit|trap|los(?:e|es|t|s|ses|ing)\b|buri|rubble|fate\b|laid to rest|return(?:ed|ing|s)?\b|home\b|handed over|handed back|taken away|exchang|swap|morgue|grave|(?:critical|serious|stable|fair) condition|(?:listed as|are|remain|remains|were) (?:critical|serious)\b|intensive care|burn|of (?:those|them|whom|these)\b|held (?:by|captive|hostage|in|alive)|freed|released|deemed|figure|(?:number|count|total|estimate) at\b|eliminat|neutrali[sz]|shot\b|homicid|behead|lynch|(?:estimates|figures|guesses|counts)\s+(?:\w+\s+)?(?:rang|vary|varie|run\b|ran\b))/gi;
const NUMBER_HINT_RE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores)\b/i;

/** Indices of the sentences worth analysing, in order. */
export function candidateSentences(text: string, sentences: Sentence[]): number[] {
  const marked = new Set<number>();
  let si = 0;
  CASUALTY_STEM_RE.lastIndex = 0;
  for (let m = CASUALTY_STEM_RE.exec(text); m; m = CASUALTY_STEM_RE.exec(text)) {
    while (si < sentences.length && sentences[si].end <= m.index) si++;
    if (si >= sentences.length) break;
    if (sentences[si].start <= m.index && !marked.has(si) && NUMBER_HINT_RE.test(sentences[si].text)) marked.add(si);
    // One hit is enough for a sentence: jump to the next one.
    CASUALTY_STEM_RE.lastIndex = Math.max(CASUALTY_STEM_RE.lastIndex, sentences[si].end);
  }
  // A lead line naming casualties ("The confirmed toll includes:") governs the list lines under it,
  // which need hold no casualty word of their own ("* 24,200 volunteers").
  for (let i = 0; i < sentences.length; i++) {
    const t = sentences[i].text;
    if (t.charCodeAt(t.length - 1) !== 58 /* : */) continue;
    LEAD_STEM_RE.lastIndex = 0;
    if (!LEAD_STEM_RE.test(t) && !refersBackToFigure(sentences, i, marked)) continue;
    for (let j = i + 1; j < sentences.length && j - i <= MAX_LIST_ITEMS && isListItem(sentences, j); j++) marked.add(j);
  }
  // "By late June their list held 111,387 names": a count of the named dead, whose casualty word
  // (deaths confirmed by obituaries) is in the sentence before.
  for (let j = 1; j < sentences.length; j++) {
    const t = sentences[j].text;
    if (marked.has(j) || !NAMES_COUNT_RE.test(t) || sentences[j - 1].block !== sentences[j].block) continue;
    LEAD_STEM_RE.lastIndex = 0;
    if (LEAD_STEM_RE.test(sentences[j - 1].text)) marked.add(j);
  }
  // "It includes about 19,500 volunteers …", "That running total passed 1,000,000", "At least 5,100
  // officers are on the list": a sentence or two after a figure, words that point back to its count.
  for (const i of [...marked]) {
    for (let j = i + 1; j < sentences.length && j - i <= PASSAGE_REACH; j++) {
      const t = sentences[j].text;
      if (!marked.has(j) && (POINTS_BACK_RE.test(t) || (LIST_WORD_RE.test(t) && ON_LIST_RE.test(t))) && NUMBER_HINT_RE.test(t)) marked.add(j);
    }
  }
  // "…what it calls Russian personnel losses. That running total passed 1,000,000": the count the
  // sentence before names, with no figure of its own.
  for (let j = 1; j < sentences.length; j++) {
    const t = sentences[j].text;
    if (marked.has(j) || !POINTS_BACK_RE.test(t) || sentences[j - 1].block !== sentences[j].block || !NUMBER_HINT_RE.test(t)) continue;
    LEAD_STEM_RE.lastIndex = 0;
    if (LEAD_STEM_RE.test(sentences[j - 1].text)) marked.add(j);
  }
  // "38 bodies had been recovered. Fishermen brought in seven more overnight": more of the count
  // the sentence before gave.
  for (let j = 1; j < sentences.length; j++) {
    if (!marked.has(j) && marked.has(j - 1) && sentences[j - 1].block === sentences[j].block && MORE_OF_RE.test(sentences[j].text)) marked.add(j);
  }
  // "…, 27 were aged 18 to 24. Three were teenagers …": a breakdown going on in the next sentence.
  // (In order, so that a breakdown may run over several sentences.)
  for (let i = 0; i + 1 < sentences.length; i++) {
    const next = sentences[i + 1];
    if (marked.has(i) && next.block === sentences[i].block && !marked.has(i + 1) && PART_OPENING_RE.test(next.text)) marked.add(i + 1);
  }
  // A short line right after a figure may split it with no casualty word of its own ("390 of our
  // people are home. 270 soldiers and 120 civilians."): it is read too (lib/extract/index.ts).
  for (const i of [...marked]) {
    const next = sentences[i + 1];
    if (next && next.block === sentences[i].block && next.text.length <= FRAGMENT_CHARS && TWO_NUMBERS_RE.test(next.text)) marked.add(i + 1);
  }
  return [...marked].sort((a, b) => a - b);
}

/**
 * "It broke them down as follows:", "They were:": a lead line with no casualty word of its own
 * that points back to the figure of the sentence just before it, in the same paragraph.
 */
export const REFERS_BACK_RE =
  /\b(?:them|these|those|they|as follows|broken down|break(?:s|ing)? (?:them |it )?down|broke (?:them |it )?down|breakdown|comprised?|consist(?:s|ed)? of|among them|of whom)\b/i;

export function refersBackToFigure(sentences: readonly Sentence[], index: number, marked: ReadonlySet<number>): boolean {
  const s = sentences[index];
  if (index === 0 || sentences[index - 1].block !== s.block || s.text.length > 80) return false;
  return (marked.has(index - 1) && (REFERS_BACK_RE.test(s.text) || BY_GROUP_LEAD_RE.test(s.text))) || namesBreakdownBefore(sentences, index);
}

/** "By nationality:", "By province, according to …:": a lead breaking down the count just before. */
export const BY_GROUP_LEAD_RE =
  /^(?:By|Per|Broken down by)\s+(?:nationality|country|province|region|district|state|governorate|city|town|oblast|county|age|sex|gender|unit|force)\b/i;

/**
 * "…released its breakdown of the dead by province. The figures, current as of 4pm, are:": a lead
 * that names only figures, right after a sentence saying what they count.
 */
export const FIGURES_LEAD_RE = /^(?:The|These|Those|Its|Their|Latest|Updated)\s+(?:\p{L}+\s+)?(?:figures|numbers|totals|counts|tolls|breakdown|tally|tallies)\b/u;

export function namesBreakdownBefore(sentences: readonly Sentence[], index: number): boolean {
  const prev = sentences[index - 1];
  if (!prev || prev.block !== sentences[index].block || !FIGURES_LEAD_RE.test(sentences[index].text)) return false;
  LEAD_STEM_RE.lastIndex = 0;
  return LEAD_STEM_RE.test(prev.text);
}

/** A count of names on a list: "held 111,387 names", "passed 120,000 names". */
export const NAMES_COUNT_RE = /\d[\d,.]*(?:\s+(?:thousand|million))?\s+names\b/;

/** How many sentences after a figure a sentence pointing back to its count may be. */
export const PASSAGE_REACH = 3;
/** A sentence whose subject is the count just given: "It includes", "That running total passed". */
const MORE_OF_RE = /\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several)\s+more\b(?!\s+than)/i;
export const POINTS_BACK_RE =
  /^(?:(?:It|The (?:[A-Za-z-]+['’]s\s+)?(?:list|tally|count|toll|total|figure|database|register)|That (?:list|tally|count|figure|total))\s+(?:also\s+)?(?:includes|included|include|lists|listed|comprises|comprised)\b|Among (?:them|those|these|the dead)\s+(?:are|were)\b|Of (?:all\s+)?(?:the|those) (?:wounded|injured|dead|killed|victims|casualties|missing|bodies)\b|[“"‘']?Th(?:at|is|e) (?:(?:running|daily|overall|official|cumulative|new|latest|updated|correct|corrected|revised|final|confirmed|provisional|true|actual)\s+){0,2}(?:total|figure|count|tally|number|toll)\s+(?:[^.;:!?\d]{0,60}?\s)?(?:passed|reached|topped|exceeded|surpassed|rose|risen|climbed|grown|increased|jumped|stood|stands|hit|was|is)\b|(?:(?:On|By|As of)\s+[^,.;:!?\d]{1,30}?,?\s+)?[Ii]t (?:stood|stands|reached|passed|topped|rose|climbed)\b|(?:That|This|It) (?:is|was|['’]s) (?:up|down) from\b)/;
const PART_OPENING_RE =
  /^(?:(?:It|They|She|He|The (?:ministry|department|office|agency|bulletin|report))\s+(?:said|added|reported|says)\s+(?:that\s+)?)?(?:(?:The|the)\s+(?:other|remaining|last)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+-[a-z]+|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty)\s+(?:were|was)\s/;
/** A word a count's record goes by: the cheap test before ON_LIST_RE and the passage forms. */
export const LIST_WORD_RE = /\b(?:list|tally|count|database|register)\b/;
export const ON_LIST_RE = /\b(?:are|were|is|was)\s+(?:also\s+)?(?:on|in|among)\s+(?:the|that|this)\s+(?:list|tally|count|database|register)\b/;

/** Longest line read as a verbless breakdown of the figure just before it, in characters. */
export const FRAGMENT_CHARS = 100;
const TWO_NUMBERS_RE = /\d[^\d]+\d/;

const LEAD_STEM_RE = new RegExp(CASUALTY_STEM_RE.source, 'i');
/** How many lines a lead line may govern. */
const MAX_LIST_ITEMS = 40;
const LIST_LINE_RE = /^(?:[*•·▪◦‣–—-]\s*|\d{1,2}[.)]\s+)?[^\n]{0,130}$/;

/** A short line of a list: an optional bullet, at most a couple of clauses, holding a number. */
export function isListLine(s: Sentence): boolean {
  if (s.text.length > 140 || !LIST_LINE_RE.test(s.text) || !NUMBER_HINT_RE.test(s.text) || /[.!?]\s+\p{Lu}/u.test(s.text)) return false;
  // A bullet or a leading figure marks an item; otherwise only a line that does not end a sentence.
  return BULLET_RE.test(s.text) || s.headline || /[;,]\s*$/.test(s.text);
}
/**
 * A line of a list under a lead, counting its last item: "Kursk direction – 18;" then "Russian
 * Federation – 130." ends the list with a full stop after items that ended with semicolons.
 */
export function isListItem(sentences: readonly Sentence[], index: number): boolean {
  const s = sentences[index];
  if (isListLine(s)) return true;
  const prev = sentences[index - 1];
  return !!prev && /;\s*$/.test(prev.text) && isListLine(prev) && s.text.length <= 80 && /^[^.;:!?]*\d[^.;:!?]*\.$/.test(s.text);
}
const BULLET_RE = /^(?:[*•·▪◦‣–—-]\s*|\d{1,2}[.)]\s+|\d[\d,.\u00A0\u202F ]*\s|(?:the\s+)?bodies of\s)/i;

/** The lead line ("… includes:") a list line sits under, walking back over the other items. */
export function listLeadOf(sentences: Sentence[], index: number): { index: number; text: string } | null {
  for (let i = index - 1; i >= 0 && index - i <= MAX_LIST_ITEMS; i--) {
    const t = sentences[i].text;
    if (t.endsWith(':')) return { index: i, text: t };
    if (!isListLine(sentences[i])) return null;
  }
  return null;
}
