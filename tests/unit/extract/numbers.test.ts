import { describe, expect, it } from 'vitest';
import { findNumbers, VAGUE_AMOUNTS } from '../../../lib/extract/numbers';

const first = (s: string) => {
  const n = findNumbers(s)[0];
  return n && { figure: s.slice(n.start, n.end), count: n.count, countHigh: n.countHigh, qualifier: n.qualifier };
};

describe('findNumbers', () => {
  it.each([
    ['1,500 people', '1,500', 1500, null, 'exact'],
    ['1 500 people', '1 500', 1500, null, 'exact'],
    ['1\u00a0500 people', '1\u00a0500', 1500, null, 'exact'],
    ['1\u202f500 people', '1\u202f500', 1500, null, 'exact'],
    ['1.5 million people', '1.5 million', 1_500_000, null, 'exact'],
    ['three people', 'three', 3, null, 'exact'],
    ['Twenty-three bodies', 'Twenty-three', 23, null, 'exact'],
    ['one hundred and fifty dead', 'one hundred and fifty', 150, null, 'exact'],
    ['a thousand soldiers', 'a thousand', 1000, null, 'exact'],
    ['two dozen people', 'two dozen', 24, null, 'exact'],
    ['a dozen villagers', 'a dozen', 12, null, 'exact'],
    ['hundreds of civilians', 'hundreds', 200, null, 'at_least'],
    ['tens of thousands of soldiers', 'tens of thousands', 10_000, null, 'at_least'],
    ['thousands and thousands killed', 'thousands and thousands', 2000, null, 'at_least'],
    ['dozens of people', 'dozens', 24, null, 'at_least'],
    ['several hundred conscripts', 'several hundred', 200, null, 'at_least'],
    ['between 7,000 and 15,000 soldiers', 'between 7,000 and 15,000', 7000, 15_000, 'range'],
    ['7,000-15,000 soldiers', '7,000-15,000', 7000, 15_000, 'range'],
    ['7,000 to 15,000 soldiers', '7,000 to 15,000', 7000, 15_000, 'range'],
    ['more than 11,000 troops', 'more than 11,000', 11_000, null, 'more_than'],
    ['over 400 people', 'over 400', 400, null, 'more_than'],
    ['at least 27 wounded', 'at least 27', 27, null, 'at_least'],
    ['no fewer than 40 dead', 'no fewer than 40', 40, null, 'at_least'],
    ['nearly 2,000 people', 'nearly 2,000', 2000, null, 'approx'],
    ['approaching 40,000 casualties', 'approaching 40,000', 40000, null, 'approx'],
    ['almost 50 patients', 'almost 50', 50, null, 'approx'],
    ['about 30 people', 'about 30', 30, null, 'approx'],
    ['around 300 of them', 'around 300', 300, null, 'approx'],
    ['some 10,000 victims', 'some 10,000', 10_000, null, 'approx'],
    ['an estimated 4,000 people', 'an estimated 4,000', 4000, null, 'approx'],
    ['up to 1,650 servicemen', 'up to 1,650', 1650, null, 'up_to'],
    ['as many as 100 people', 'as many as 100', 100, null, 'up_to'],
    // A ceiling, not a floor: "no more than" must not read as "more than".
    ['no more than 4,000 civilians', 'no more than 4,000', 4000, null, 'up_to'],
    ['not more than 12 people', 'not more than 12', 12, null, 'up_to'],
    ['at most 60 fighters', 'at most 60', 60, null, 'up_to'],
    // Wrapped HTML source keeps its line breaks in the page text.
    ['no more\n        than 4,000 civilians', 'no more\n        than 4,000', 4000, null, 'up_to'],
    ['at\tleast 27 wounded', 'at\tleast 27', 27, null, 'at_least'],
    ['fewer than 1,000 people', 'fewer than 1,000', 1000, null, 'less_than'],
    ['more than a hundred soldiers', 'more than a hundred', 100, null, 'more_than'],
  ])('%s → %s', (text, figure, count, countHigh, qualifier) => {
    expect(first(text)).toEqual({ figure, count, countHigh, qualifier });
  });

  it.each([['the 61th anniversary'], ['the 37th brigade'], ['in -3C weather'], ['at 5pm today'], ['F-16 jets'], ['COVID-19 wards']])('finds no count in %s', (text) =>
    expect(findNumbers(text)).toEqual([]),
  );

  it('splits a vote tally and a "from … to" change instead of reading a range', () => {
    expect(findNumbers('voted 93 to 24').map((n) => [n.count, n.qualifier])).toEqual([
      [93, 'exact'],
      [24, 'exact'],
    ]);
    expect(findNumbers('rose from 20 to 30').map((n) => n.count)).toEqual([20, 30]);
  });

  it('reads every vague amount in the convention table', () => {
    for (const [phrase, count] of Object.entries(VAGUE_AMOUNTS)) expect(first(`${phrase} of people`)?.count).toBe(count);
  });
});

describe('a year is not the low end of a range', () => {
  it('reads "in October 2023 to 2,867" as a date and a count, and keeps a range of counts', () => {
    expect(findNumbers('began in October 2023 to 2,867 killed').map((e) => [e.count, e.countHigh])).toEqual([
      [2023, null],
      [2867, null],
    ]);
    expect(findNumbers('estimates of 1990 to 2500 deaths').map((e) => [e.count, e.countHigh])).toEqual([[1990, 2500]]);
  });
});

it('a text whose lowercase is longer ("İ") is read with the case-blind pattern, offsets intact', () => {
  const text = 'İZMİR: MORE THAN 1,500 were hurt and Two Dozen died';
  expect(text.toLowerCase().length).not.toBe(text.length);
  const found = findNumbers(text).map((n) => [text.slice(n.start, n.end), n.count, n.qualifier]);
  expect(found).toEqual([
    ['MORE THAN 1,500', 1500, 'more_than'],
    ['Two Dozen', 24, 'exact'],
  ]);
  expect(findNumbers('Izmir: MORE THAN 1,500 were hurt').map((n) => n.start)).toEqual([7]);
});
