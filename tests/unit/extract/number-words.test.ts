import nlp from 'compromise/three';
import { describe, expect, it } from 'vitest';
import { numberWordsValue } from '../../../lib/extract/number-words';

const PHRASES: [string, number][] = [
  ['one', 1],
  ['three', 3],
  ['twelve', 12],
  ['nineteen', 19],
  ['twenty', 20],
  ['twenty-three', 23],
  ['twenty three', 23],
  ['ninety-nine', 99],
  ['a hundred', 100],
  ['one hundred', 100],
  ['one hundred and fifty', 150],
  ['two hundred five', 205],
  ['eleven hundred', 1100],
  ['a thousand', 1000],
  ['two thousand five hundred', 2500],
  ['twenty-three thousand', 23000],
  ['three hundred thousand', 300000],
  ['one million', 1e6],
  ['two million three hundred thousand', 2_300_000],
  ['four billion', 4e9],
  ['nine thousand nine hundred and ninety-nine', 9999],
];

describe('number words', () => {
  it.each(PHRASES)('%s → %d', (phrase, value) => {
    expect(numberWordsValue(phrase)).toBe(value);
  });

  it.each(PHRASES)('agrees with compromise on "%s"', (phrase) => {
    const theirs = nlp(phrase.replace(/^a\s+/, 'one ')).numbers().get() as number[];
    expect(theirs).toEqual([numberWordsValue(phrase)]);
  });

  it.each(['', 'hundred', 'thousand', 'three two', 'twelve five', 'twenty thirty', 'hundred hundred', 'million thousand', 'many', 'soldiers', 'three soldiers'])(
    '"%s" is not a number',
    (phrase) => {
      expect(numberWordsValue(phrase)).toBeNull();
    },
  );
});
