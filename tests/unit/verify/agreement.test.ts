import { describe, expect, it } from 'vitest';
import { agrees } from '../../../lib/verify/agreement';
import { agreementInterval } from '../../../lib/verify/interval';
import { claim, record } from './make';

const agree = (count: number, qualifier: 'exact' | 'approx', spec: Parameters<typeof record>[0]) => {
  const c = claim({ count, qualifier });
  return agrees(c, agreementInterval(c), record(spec));
};

describe('agreement between a claim and a record', () => {
  it('takes a precise figure as agreeing with a verified floor its source gave rounded', () => {
    // The source said "more than 5,600"; the article gives the count itself.
    expect(agree(5601, 'exact', { best: 5600, low: 5600, high: 5600, figureKind: 'verified_floor' })).toBe(true);
    expect(agree(5640, 'exact', { best: 5600, low: 5600, high: 5600, figureKind: 'verified_floor' })).toBe(true);
  });

  it('never takes a figure below a verified floor, or far above it, as agreeing', () => {
    expect(agree(5560, 'exact', { best: 5600, low: 5600, high: 5600, figureKind: 'verified_floor' })).toBe(false);
    expect(agree(6100, 'exact', { best: 5600, low: 5600, high: 5600, figureKind: 'verified_floor' })).toBe(false);
  });

  it('does not read a round handover count as a rounding of a precise one', () => {
    expect(agree(254, 'exact', { best: 250, low: 250, high: 250, figureKind: 'exchange_record' })).toBe(false);
    // The article's round figure still agrees with the precise record.
    expect(agree(250, 'approx', { best: 254, low: 254, high: 254, figureKind: 'exchange_record' })).toBe(true);
  });
});
