/**
 * A fast sentence splitter: one regex pass over the text, no NLP. Lines are hard boundaries
 * (headlines, captions and list items are lines of their own); inside a line, a full stop, ! or ?
 * ends a sentence when the next word starts with a capital, a digit or a quote mark, except
 * after common abbreviations and initials ("Mr.", "U.S.", "J. Smith").
 */

export interface Sentence {
  /** UTF-16 offsets in the source text. */
  start: number;
  end: number;
  text: string;
  /** Index of the line holding it. */
  line: number;
  /** Index of the block (lines between blank lines) holding it. */
  block: number;
  /** A line without closing punctuation: a headline, caption or table row. */
  headline: boolean;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gen lt col sgt maj capt gov sen rep prof hon rev jr sr no vs etc inc co corp jan feb mar apr aug sept sep oct nov dec fig approx est dept u.s u.k u.n e.g i.e'.split(
    ' ',
  ),
);

const LINE_RE = /[^\n\r]+/g;
// A terminator, optional closing quotes/brackets, whitespace, then what may start a sentence.
const BOUNDARY_RE = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\p{N}])/gu;
const FINAL_PUNCT_RE = /[.!?:;"'”’)\]…]\s*$/;

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 12 && (text[i - 1] === '.' || text[i - 1].toLowerCase() !== text[i - 1].toUpperCase())) i--;
  const word = text.slice(i, dot);
  if (!word) return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || word.length === 1 || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let line = 0;
  let block = 0;
  let lastEnd = 0;
  for (const lm of text.matchAll(LINE_RE)) {
    const lineText = lm[0];
    const base = lm.index!;
    if (!lineText.trim()) continue;
    if (/\n[ \t\r]*\n/.test(text.slice(lastEnd, base))) block++;
    lastEnd = base + lineText.length;
    const headline = !FINAL_PUNCT_RE.test(lineText);
    let from = 0;
    BOUNDARY_RE.lastIndex = 0;
    for (let m = BOUNDARY_RE.exec(lineText); m; m = BOUNDARY_RE.exec(lineText)) {
      if (m[0].startsWith('.') && endsWithAbbreviation(lineText, m.index)) continue;
      push(out, text, base + from, base + m.index + m[0].length, line, block, false);
      from = m.index + m[0].length;
    }
    push(out, text, base + from, base + lineText.length, line, block, headline);
    line++;
  }
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number, line: number, block: number, headline: boolean) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), line, block, headline });
}
