import { describe, expect, it } from 'vitest';
import { agreementInterval, claimInterval, formatCount, meets, roundsTo } from '../../../lib/verify/interval';
import { claim } from './make';

describe('roundsTo: the record rounded as the writer rounded', () => {
  it.each<[number, number, boolean]>([
    [500, 501, true],
    [1000, 1012, true],
    [11000, 11400, true],
    [11000, 11600, false], // rounds to 12,000
    [20, 24, false], // 20 % off: not a rounding
    [500, 500, true],
    [501, 500, false], // a precise figure is not a rounding
    [0, 0, true],
  ])('stated %i, recorded %i → %s', (stated, value, expected) => {
    expect(roundsTo(stated, value)).toBe(expected);
  });
});

describe('claim intervals', () => {
  it.each<[string, Parameters<typeof claim>[0], [number, number]]>([
    ['exact', { count: 406 }, [406, 406]],
    ['at least', { count: 406, qualifier: 'at_least' }, [406, Infinity]],
    ['up to', { count: 500, qualifier: 'up_to' }, [0, 500]],
    ['range', { count: 7000, countHigh: 15000, qualifier: 'range' }, [7000, 15000]],
    ['about', { count: 1000, qualifier: 'approx', figure: 'about 1,000' }, [900, 1100]],
    ['hundreds', { count: 200, qualifier: 'approx', figure: 'hundreds' }, [200, 999]],
    ['tens of thousands', { count: 10000, qualifier: 'approx', figure: 'tens of thousands' }, [10000, 99999]],
    // As extraction reads them now: a lower bound that stays within its order of magnitude.
    ['hundreds, at least', { count: 200, qualifier: 'at_least', figure: 'hundreds' }, [200, 999]],
    ['several hundred, at least', { count: 200, qualifier: 'at_least', figure: 'several hundred' }, [200, 999]],
    ['at least 200, a number', { count: 200, qualifier: 'at_least', figure: 'at least 200' }, [200, Infinity]],
  ])('%s', (_name, over, [low, high]) => {
    const i = claimInterval(claim(over));
    expect([i.low, i.high]).toEqual([low, high]);
  });

  it('"more than" excludes its own figure', () => {
    const i = claimInterval(claim({ count: 11000, qualifier: 'more_than' }));
    expect(meets(i, 11000, 11000)).toBe(false);
    expect(meets(i, 11001, 11001)).toBe(true);
  });

  it('open ends reach twice the figure when agreeing, and stay open for contradiction', () => {
    const c = claim({ count: 100, qualifier: 'more_than' });
    expect(meets(agreementInterval(c), 15000, 15000)).toBe(false);
    expect(meets(agreementInterval(c), 150, 150)).toBe(true);
    expect(meets(claimInterval(c), 15000, 15000)).toBe(true);
  });

  it('formats counts with thousands separators', () => {
    expect([formatCount(7), formatCount(1000), formatCount(1234567)]).toEqual(['7', '1,000', '1,234,567']);
  });
});
