/**
 * The hand-written tokenizer against the one pattern that defines a token (lib/extract/tokens.ts):
 * same tokens, offsets, lower-case forms and flags, over the fixture articles and over the corners
 * of Unicode a news page can hold (apostrophes, dashes, other scripts, astral letters, odd spaces).
 */
import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../../lib/extract/tokens';
import { fixtureIds, fixtureText } from '../fixture-list';

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’]\p{L}+)?(?:[-–][\p{L}\p{N}]+)*['’]?|[^\s\p{L}\p{N}]/gu;

/** The definition, as the pattern reads it. */
function byPattern(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const isWord = /^[\p{L}\p{N}]/u.test(t);
    let lower = t.toLowerCase().replace(/’/g, "'");
    if (lower.length > 1 && lower.endsWith("'")) lower = lower.slice(0, -1);
    out.push({ text: t, lower, start: offset + m.index, end: offset + m.index + t.length, isWord, capitalized: isWord && t[0] !== t[0].toLowerCase() });
  }
  return out;
}

const corners = [
  "don't rock'n'roll Be’eri al-Balah 1,000-for-1,000 x-'y a'1 1'a -–- ’’ 'tis",
  "trail’ trail' x- x– x— a’’b 1-2-3 a-’b",
  'Ukrainian 𝐀𝐁𝐂 😀x 😀 ١٢٣ مرحبا 中文字 Київ Ἀθῆναι',
  'spaces:\u00a0a\u2009b\u202fc\u3000d\u200be\tf\ng\u2028h',
  'e\u0301 Ǆ ǅ İ ß ﬁ ² ½ Ⅻ 12% $5 £3.5 a_b #7 @x',
  'lone \ud800 surrogate x\udc00y end\ud83d',
  // Greek capital sigma lower-cases by what follows it: final in "ΑΣ", not in the text "ΑΣ.Β".
  'ΟΔΟΣ ΑΣ.Β ΑΣ’Β Σ',
];

describe('tokenize', () => {
  it.each(corners)('reads %j as the pattern does', (text) => {
    expect(tokenize(text, 5)).toEqual(byPattern(text, 5));
  });

  it('reads every fixture article as the pattern does', () => {
    for (const id of fixtureIds()) {
      const text = fixtureText(id);
      expect(tokenize(text), id).toEqual(byPattern(text));
    }
  });

  it('gives words their flags', () => {
    const [kyiv, comma, dead] = tokenize('Kyiv, dead');
    expect(kyiv).toMatchObject({ lower: 'kyiv', isWord: true, capitalized: true, start: 0, end: 4 });
    expect(comma).toMatchObject({ text: ',', isWord: false, capitalized: false });
    expect(dead).toMatchObject({ isWord: true, capitalized: false, start: 6, end: 10 });
  });
});
