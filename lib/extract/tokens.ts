/** Word and punctuation tokens of a sentence, with offsets into it. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  capitalized: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’]\p{L}+)?(?:[-–][\p{L}\p{N}]+)*['’]?|[^\s\p{L}\p{N}]/gu;
const WORD_START_RE = /^[\p{L}\p{N}]/u;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const first = t[0];
    const isWord = first.length === 1 && first.charCodeAt(0) < 128 ? /[A-Za-z0-9]/.test(first) : WORD_START_RE.test(t);
    let lower = t.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    if (lower.length > 1 && lower.endsWith("'")) lower = lower.slice(0, -1);
    out.push({ text: t, lower, start: offset + m.index, end: offset + m.index + t.length, isWord, capitalized: isWord && first !== first.toLowerCase() });
  }
  return out;
}

// A few recent sentences: a figure's own sentence stays cached while its neighbours are read for a claimant.
const cacheTexts: string[] = ['', '', '', ''];
const cacheTokens: Token[][] = [[], [], [], []];
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
