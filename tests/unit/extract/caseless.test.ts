import { describe, expect, test } from 'vitest';
import { caseless, spellCases } from '@/lib/extract/caseless';
import { fixtureIds, fixtureText } from '../fixture-list';

describe('spellCases', () => {
  test('spells each ASCII letter in both cases, outside and inside classes', () => {
    expect(spellCases('more than', false)).toBe('[mM][oO][rR][eE] [tT][hH][aA][nN]');
    expect(spellCases('[CF]x', false)).toBe('[CcFf][xX]');
    expect(spellCases('[a-z0-9]', false)).toBe('[a-zA-Z0-9]');
    expect(spellCases('[^a-c]', false)).toBe('[^a-cA-C]');
  });

  test('leaves escapes, group names and quantifiers as written', () => {
    expect(spellCases('\\bwar\\s+\\d{1,3}\\u00A0', true)).toBe('\\b[wW][aA][rR]\\s+\\d{1,3}\\u00A0');
    expect(spellCases('(?<year>\\d{4})\\k<year>', true)).toBe('(?<year>\\d{4})\\k<year>');
    expect(spellCases('(?<=ab)(?<!c)', false)).toBe('(?<=[aA][bB])(?<![cC])');
    expect(spellCases('[\\p{L}\\-]\\p{N}', true)).toBe('[\\p{L}\\-]\\p{N}');
  });

  test('widens an uppercase or lowercase property to every cased letter, as `iu` matched it', () => {
    expect(spellCases('\\p{Lu}[\\p{Ll}-]', true)).toBe('[\\p{Lu}\\p{Ll}\\p{Lt}][\\p{Lu}\\p{Ll}\\p{Lt}-]');
    expect(new RegExp('\\p{Lu}', 'iu').test('a')).toBe(true);
    expect(caseless(/^\p{Lu}x$/iu).test('aX')).toBe(true);
  });

  test('refuses a cased letter outside ASCII rather than lose its other case', () => {
    expect(() => caseless(/médecins/iu)).toThrow(/outside ASCII/);
    expect(() => caseless(/a/iv)).toThrow(/v flag/);
  });
});

describe('caseless', () => {
  test('drops only the i flag, and returns a pattern without it unchanged', () => {
    const plain = /killed/gu;
    expect(caseless(plain)).toBe(plain);
    expect(caseless(/killed/giuy).flags).toBe('guy');
  });

  // Patterns of the shapes the extractor compiles without `i`: words, classes with letters and
  // ranges, properties, lookbehinds and lazy repeats.
  const PATTERNS = [
    /\b(?:since the (?:[\p{L}\d]+ ){0,2}coup\b|bringing (?:the|its|their) (?:[\p{L}'’-]+ ){0,8}(?:to|past)|(?:\p{Lu}[\p{L}'’]*\s+)?(?:full-scale )?(?:invasion|war)\b)/giu,
    /^(?:the )?(?:[\p{Ll}-]+ |\p{Lu}\p{L}+-based ){0,2}(?:group|agency|monitor|ngo)$/iu,
    /(?<![\p{L}\p{N}])(?:more\s+than|at\s+least|[A-C]\w*)\s+\d+(?:,\d{3})*(?![\p{L}\p{N}])/giu,
    /[CF]\b|per\s+cent|O['’]CLOCK/gi,
  ];

  test('matches exactly what the i pattern matches, on every line of every fixture article', () => {
    const lines = fixtureIds().flatMap((id) => fixtureText(id).split('\n'));
    lines.push('MORE THAN 1,500 KILLED SINCE THE INVASION', 'The Kyiv-based Monitor', 'at 9 O’CLOCK, 40 per cent');
    let compared = 0;
    for (const re of PATTERNS) {
      const spelled = caseless(re);
      for (const line of lines) {
        const matches = (r: RegExp) => (r.global ? [...line.matchAll(r)].map((m) => `${m.index}:${m[0]}`) : [String(r.exec(line)?.[0])]);
        expect(matches(spelled), `${re} on "${line}"`).toEqual(matches(re));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
