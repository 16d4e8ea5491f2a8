/**
 * Finds number expressions — with their qualifier and range — in a sentence, and gives their value.
 * Digits are read here; spelled-out compounds ("one hundred and fifty") by number-words.ts (no NLP
 * library on the hot path: its start-up cost was most of a cold worker's); vague amounts use the
 * convention table below (the smallest amount the phrase can mean).
 */
import { wordTable } from './word-table';
import { numberWordsValue } from './number-words';
import type { Qualifier } from '../claim';

export interface NumberExpr {
  /** Offsets within the searched string, qualifier included ("more than 11,000"). */
  start: number;
  end: number;
  count: number;
  countHigh: number | null;
  qualifier: Qualifier;
  kind: 'digits' | 'words' | 'vague';
  /** "1,000 for 1,000", "1,000 people for 1,000 people": one side's count in an exchange. */
  exchange?: boolean;
}

// "1,000 for 1,000", "390 POWs for 390", "the 1,000-for-1,000 swap"
const MONTH_BEFORE_RE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$/i;
// A month or a preposition of time before a four-digit number makes it a year.
const YEAR_BEFORE_RE =
  /(?:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|\b(?:in|since|during|until|by|from))\s+$/i;
const EXCHANGE_RE =
  /^(\s+(?:people|persons|prisoners|POWs|PoWs|captives|soldiers|servicemen|bodies|detainees)\b)?(?:\s+for\s+|-for-)([\d,\u00A0\u202F ]*\d)(\s+(?:people|persons|prisoners|POWs|PoWs|captives|soldiers|servicemen|bodies|detainees)\b)?/i;

/**
 * Vague amounts → count, read as "at least this many" (documented in the README): "dozens" is never
 * fewer than two dozen, and its qualifier is `at_least`. How far above it may reach is the verifier's
 * (an order of magnitude: lib/verify/interval.ts).
 */
export const VAGUE_AMOUNTS: Record<string, number> = wordTable({
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  'thousands and thousands': 2000,
  'thousands upon thousands': 2000,
  'tens of thousands': 10_000,
  'hundreds of thousands': 100_000,
  millions: 2_000_000,
  'several dozen': 24,
  'a few dozen': 24,
  'several hundred': 200,
  'a few hundred': 200,
  'several thousand': 2000,
  'a few thousand': 2000,
  'a handful': 3,
});

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/^(?:more than|well over|just over|over|upwards of|in excess of)$/, 'more_than'],
  [/^(?:at least|no fewer than|no less than|not less than|a minimum of)$/, 'at_least'],
  [/^(?:nearly|almost|approaching|nearing|about|around|some|roughly|approximately|an estimated|estimated|close to|an approximate)$/, 'approx'],
  [/^(?:up to|as many as|as high as|no more than|not more than|at most|a maximum of)$/, 'up_to'],
  [/^(?:fewer than|less than|just under|under|below)$/, 'less_than'],
];

const UNIT =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen';
const WORDNUM = `(?:an?\\s+(?=dozen|hundred|thousand|million))?(?:${UNIT})(?:(?:[\\s-]+|(?<=hundred|thousand|million)\\s+and\\s+)(?:${UNIT})\\b)*`;
const VAGUE =
  'a\\s+handful|(?:several|a\\s+few)\\s+(?:dozen|hundred|thousand)|tens\\s+of\\s+thousands|hundreds\\s+of\\s+thousands|thousands\\s+(?:and|upon)\\s+thousands|hundreds|thousands|millions|dozens|scores';
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?!\\d|,\\d)|\\d+(?:\\.\\d+)?';
const NUM = `(?:${VAGUE}|(?:${DIGITS})(?:\\s+(?:million|billion|thousand))?|${WORDNUM})`;
const QUAL =
  'more than|well over|just over|over|upwards of|in excess of|at least|no fewer than|no less than|not less than|a minimum of|nearly|almost|approaching|nearing|about|around|some|roughly|approximately|an estimated|estimated|close to|an approximate|up to|as many as|as high as|no more than|not more than|at most|a maximum of|fewer than|less than|just under|under|below';

// Page text keeps the source's line breaks ("no more\n  than 4,000" in wrapped HTML), so the words
// of a qualifier may be separated by any run of whitespace.
const QUAL_ANY_SPACE = QUAL.replace(/ /g, '\\s+');

const NUMBER_SOURCE = `(?<![\\p{L}\\p{N}_$£€¥.,:/#]|\\p{L}[-–])(?:(${QUAL_ANY_SPACE})\\s+)?(?:between\\s+(${NUM})\\s+and\\s+(${NUM})|(${DIGITS})\\s*[-–—]\\s*(${DIGITS})|(${NUM})\\s+(?:to|or)\\s+(${NUM})|(${NUM}))(\\s+or\\s+more|\\+|-plus)?(?![\\p{L}\\p{N}])`;
// Read on the lowercased text, so without the `i` flag: V8 closes every `\p{…}` class over case when
// it compiles an `iu` pattern, which made this one cost a cold worker 6–17 ms to compile, 3 ms now.
export const NUMBER_RE = new RegExp(NUMBER_SOURCE, 'guy');
// For the rare text whose lowercase is not as long as it is ("İ" lowercases to two code units), so
// offsets in the lowercased copy would be wrong: compiled only if such a text comes.
let numberAnyCaseRe: RegExp | null = null;
// Where a number expression can start: digits, a whole qualifier phrase, or a word that begins a
// number or a vague amount. The full pattern is tried (sticky) only there instead of at every
// character. Qualifiers are matched whole ("at least", "in excess of") rather than by their first
// word, so the article "a" and words like "in", "at", "no" and "up" do not each start a try.
const START_RE = new RegExp(
  `\\d+|\\b(?:${QUAL_ANY_SPACE}|between|a\\s+(?:handful|few)|an?\\s+(?=dozen|hundred|thousand|million)|several|tens|${VAGUE.replace(/\\s\+/g, ' ')
    .split('|')
    .map((v) => v.split(/[ (]/)[0])
    .filter((w) => /^\w+$/.test(w) && w !== 'a')
    .join('|')}|${UNIT})\\b`,
  // No 'u' flag: nothing here needs Unicode classes, and without it the search runs four times as
  // fast. (It differs only on the long s "ſ" and the Kelvin sign, which 'iu' folds to s and k.)
  'gi',
);

const wordValueCache = new Map<string, number | null>();

/** Value of one number phrase as written ("1,500", "1.5 million", "two dozen", "hundreds"). */
export function numberValue(raw: string): { value: number; kind: NumberExpr['kind'] } | null {
  const known = valueCache.get(raw);
  if (known !== undefined) return known;
  const value = readValue(raw);
  if (valueCache.size < 5000) valueCache.set(raw, value);
  return value;
}

const valueCache = new Map<string, { value: number; kind: NumberExpr['kind'] } | null>();

function readValue(raw: string): { value: number; kind: NumberExpr['kind'] } | null {
  if (/^\d{1,6}$/.test(raw)) return { value: Number(raw), kind: 'digits' };
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (s in VAGUE_AMOUNTS) return { value: VAGUE_AMOUNTS[s], kind: 'vague' };
  const d = /^([\d,\u00A0\u202F .]+?)(?: (million|billion|thousand))?$/.exec(s);
  if (d && /\d/.test(d[1])) {
    const base = parseFloat(d[1].replace(/[,\u00A0\u202F ]/g, ''));
    const scale = d[2] === 'billion' ? 1e9 : d[2] === 'million' ? 1e6 : d[2] === 'thousand' ? 1e3 : 1;
    return Number.isFinite(base) ? { value: Math.round(base * scale), kind: 'digits' } : null;
  }
  const value = wordsValue(s);
  return value == null ? null : { value, kind: 'words' };
}

function wordsValue(s: string): number | null {
  if (wordValueCache.has(s)) return wordValueCache.get(s)!;
  let value: number | null;
  // "two dozen": dozens are multiplied here.
  const dozen = /^(?:(a|an|\S+)\s+)?dozen$/.exec(s);
  if (dozen) {
    const n = !dozen[1] || dozen[1] === 'a' || dozen[1] === 'an' ? 1 : wordsValue(dozen[1]);
    value = n == null ? null : n * 12;
  } else {
    const got = numberWordsValue(s);
    value = got !== null && got > 0 ? got : null;
  }
  wordValueCache.set(s, value);
  return value;
}

function qualifierOf(phrase: string | undefined): Qualifier | null {
  if (!phrase) return null;
  const p = phrase.toLowerCase().replace(/\s+/g, ' ');
  return QUALIFIERS.find(([re]) => re.test(p))?.[1] ?? null;
}

/** All number expressions in `text`, left to right. */
export function findNumbers(text: string): NumberExpr[] {
  const out: NumberExpr[] = [];
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const subject = sameLength ? lower : text;
  const numberRe = sameLength ? NUMBER_RE : (numberAnyCaseRe ??= new RegExp(NUMBER_SOURCE, 'giuy'));
  START_RE.lastIndex = 0;
  for (let s = START_RE.exec(subject); s; s = START_RE.exec(subject)) {
    numberRe.lastIndex = s.index;
    const m = numberRe.exec(subject);
    if (!m) continue;
    START_RE.lastIndex = numberRe.lastIndex;
    const [all, qual, bLow, bHigh, dLow, dHigh, tLow, tHigh, single, suffix] = m;
    const start = m.index;
    const end = start + all.length;
    let q = qualifierOf(qual);
    if (suffix) q = /more/.test(suffix) ? 'at_least' : 'more_than';
    const low = bLow ?? dLow ?? tLow;
    const high = bHigh ?? dHigh ?? tHigh;
    if (low && high) {
      const a = numberValue(low);
      const b = numberValue(high);
      // "rose from 20 to 30" is a change; "anywhere from 23 to 25", "range from 189 000 to 273 000" a range.
      const fromTo =
        tLow &&
        /\bfrom\s+$/i.test(text.slice(0, start)) &&
        !/\b(?:anywhere|range[sd]?|ranging|vary|varies|varying|estimates?|somewhere)\s+from\s+$/i.test(text.slice(Math.max(0, start - 30), start));
      // "fire began in October 2023 to 2,867 killed": a date's year, then the count, not a range.
      // "since May 27 to 922": a day of the month, then the count.
      const before12 = text.slice(Math.max(0, start - 12), start);
      const dateFirst = (/^(?:1[89]|20)\d\d$/.test(low) && YEAR_BEFORE_RE.test(before12)) || (/^\d{1,2}$/.test(low) && MONTH_BEFORE_RE.test(before12));
      if (a && b && a.value < b.value && !fromTo && !dateFirst) {
        out.push({ start, end, count: a.value, countHigh: b.value, qualifier: 'range', kind: a.kind });
        continue;
      }
      // Not a range ("voted 93 to 24", "rose from 20 to 30"): rescan after the first number.
      START_RE.lastIndex = start + all.indexOf(low) + low.length;
      const v = numberValue(low);
      if (v)
        out.push({ start, end: start + all.indexOf(low) + low.length, count: v.value, countHigh: null, qualifier: q ?? (v.kind === 'vague' ? 'at_least' : 'exact'), kind: v.kind });
      continue;
    }
    const v = numberValue(single!);
    if (!v) continue;
    const swap = v.kind === 'digits' ? EXCHANGE_RE.exec(text.slice(end, end + 60)) : null;
    if (swap && numberValue(swap[2].trim())?.value === v.value) {
      const swapEnd = end + swap[0].length - (swap[3]?.length ?? 0);
      START_RE.lastIndex = swapEnd;
      out.push({ start, end: swapEnd, count: v.value, countHigh: null, qualifier: q ?? 'exact', kind: v.kind, exchange: true });
      continue;
    }
    out.push({ start, end, count: v.value, countHigh: null, qualifier: q ?? (v.kind === 'vague' ? 'at_least' : 'exact'), kind: v.kind });
  }
  return out;
}
