/**
 * The pre-filter: one regex pass over the whole text finds casualty words; only sentences holding
 * one of them and a number expression go on to the full analysis. Every word the analysis can rely
 * on (lexicon.ts, tolls, labels) starts with one of these stems, so nothing is lost by skipping.
 */
import type { Sentence } from './sentences';

const CASUALTY_STEM_RE =
  /\b(?:kill|dead|death|out of action|die[ds]?\b|dying|wound|injur|casualt|bod(?:y|ies)|corpse|remains|missing|captur|captiv|prisoner|pows?\b|hostage|slain|fatal|toll|tally|lives|perish|hurt|massacr|execut|martyr|abduct|kidnap|unaccounted|hospital|fallen|drown|murder|victim|disappear|imprison|slaughter|treat|admit|trap|los(?:e|es|t|s|ses|ing)\b|buri|fate\b|laid to rest|returned\b|home\b|handed over|exchang|swap|morgue|grave|(?:critical|serious|stable) condition|burn|of (?:those|them|whom|these)\b|held (?:by|captive|hostage|in)|figure|eliminat|neutrali[sz])/gi;
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
  return [...marked];
}
