/** Word and punctuation tokens of a short stretch of text, with offsets into it. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  capitalized: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’]\p{L}+)?(?:[-–][\p{L}\p{N}]+)*['’]?|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const isWord = /^[\p{L}\p{N}]/u.test(t);
    out.push({
      text: t,
      lower: t.toLowerCase().replace(/’/g, "'").replace(/(?<=\p{L})'$/u, ''),
      start: offset + m.index!,
      end: offset + m.index! + t.length,
      isWord,
      capitalized: /^\p{Lu}/u.test(t),
    });
  }
  return out;
}
