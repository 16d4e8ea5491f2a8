/** Word and punctuation tokens of a sentence, with offsets into it. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  capitalized: boolean;
}

/*
 * What a token is, as one pattern: /[\p{L}\p{N}]+(?:['’]\p{L}+)?(?:[-–][\p{L}\p{N}]+)*['’]?|[^\s\p{L}\p{N}]/u —
 * a word (letters and digits, one apostrophe part, hyphenated parts, a trailing apostrophe), or any
 * one other character that is not a space. It is read here character by character instead: every
 * candidate sentence is tokenized, and the pattern's Unicode classes and a match object per token
 * made tokenizing the largest single cost of extraction. tests/unit/extract/tokens.test.ts holds
 * the two to the same tokens.
 */
const enum Kind {
  Space,
  Letter,
  Digit,
  Other,
}

const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\p{N}/u;
const SPACE_RE = /\s/u;
const nonAscii = new Map<number, Kind>();

/** The class of one code point (ASCII by table, the rest by Unicode property, remembered). */
function kindOf(code: number): Kind {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return Kind.Letter;
    if (code >= 48 && code <= 57) return Kind.Digit;
    return code === 32 || (code >= 9 && code <= 13) ? Kind.Space : Kind.Other;
  }
  let kind = nonAscii.get(code);
  if (kind === undefined) {
    const char = String.fromCodePoint(code);
    kind = LETTER_RE.test(char) ? Kind.Letter : DIGIT_RE.test(char) ? Kind.Digit : SPACE_RE.test(char) ? Kind.Space : Kind.Other;
    nonAscii.set(code, kind);
  }
  return kind;
}

/** Code units of the code point at `i` (2 for a surrogate pair). */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

function kindAt(text: string, i: number): Kind {
  return i < text.length ? kindOf(text.codePointAt(i)!) : Kind.Space;
}

const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;
const isDash = (code: number): boolean => code === 45 || code === 0x2013;
const isWordKind = (kind: Kind): boolean => kind === Kind.Letter || kind === Kind.Digit;

/** End of a run of code points of the accepted kinds starting at `i` (i itself when none). */
function runEnd(text: string, i: number, accept: (kind: Kind) => boolean): number {
  while (i < text.length && accept(kindAt(text, i))) i += widthAt(text, i);
  return i;
}

/** End of the word token starting at `i` (a letter or digit). */
function wordEnd(text: string, i: number): number {
  let end = runEnd(text, i, isWordKind);
  // One apostrophe part of letters only: "don't", "Be'eri".
  if (isApostrophe(text.charCodeAt(end)) && kindAt(text, end + 1) === Kind.Letter) end = runEnd(text, end + 1, (k) => k === Kind.Letter);
  // Hyphenated parts: "al-Balah", "1,000-for-1,000" reads "1", then "000-for-1".
  while (isDash(text.charCodeAt(end)) && isWordKind(kindAt(text, end + 1))) end = runEnd(text, end + 1, isWordKind);
  if (isApostrophe(text.charCodeAt(end))) end++;
  return end;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  // Lower-cased once for the whole text, sliced per token (a third of tokenizing was lower-casing
  // token by token). Not where that could differ from each token on its own: "İ" becomes two code
  // units, and capital sigma lower-cases by what follows it (final in "ΑΣ", not in "ΑΣ.Β").
  const lowered = text.toLowerCase();
  const sliceable = lowered.length === text.length && !text.includes('Σ');
  const lowerText = sliceable && lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
  for (let i = 0; i < text.length; ) {
    const kind = kindAt(text, i);
    if (kind === Kind.Space) {
      i += widthAt(text, i);
      continue;
    }
    const isWord = kind !== Kind.Other;
    const end = isWord ? wordEnd(text, i) : i + widthAt(text, i);
    const t = text.slice(i, end);
    let lower: string;
    let capitalized: boolean;
    if (sliceable) {
      lower = lowerText.slice(i, end);
      capitalized = isWord && text.charCodeAt(i) !== lowered.charCodeAt(i);
    } else {
      lower = t.toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
      capitalized = isWord && t[0] !== t[0].toLowerCase();
    }
    if (lower.length > 1 && lower.endsWith("'")) lower = lower.slice(0, -1);
    out.push({ text: t, lower, start: offset + i, end: offset + end, isWord, capitalized });
    i = end;
  }
  return out;
}

// A few recent sentences: a figure's own sentence stays cached while its neighbours are read for a claimant.
// Sixteen: a claimant is looked for up to a paragraph back, and four thrashed (a third of all
// tokenizing was of sentences tokenized a moment before).
const CACHED_SENTENCES = 16;
const cacheTexts: string[] = Array.from({ length: CACHED_SENTENCES }, () => '');
const cacheTokens: Token[][] = Array.from({ length: CACHED_SENTENCES }, () => []);
let cacheNext = 0;

/** Tokens of a whole sentence, computed once however many figures and attributions it holds. */
export function sentenceTokens(sentence: string): Token[] {
  for (let i = 0; i < cacheTexts.length; i++) if (cacheTexts[i] === sentence) return cacheTokens[i];
  const tokens = tokenize(sentence);
  cacheTexts[cacheNext] = sentence;
  cacheTokens[cacheNext] = tokens;
  cacheNext = (cacheNext + 1) % cacheTexts.length;
  return tokens;
}
