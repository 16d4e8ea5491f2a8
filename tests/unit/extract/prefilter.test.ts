import { describe, expect, it } from 'vitest';
import { extractClaimsWith } from '../../../lib/extract';
import { fixtureIds, fixtureText } from '../fixture-list';

describe('the candidate-sentence pre-filter', () => {
  it.each(fixtureIds())('loses no claim in %s', (id) => {
    const text = fixtureText(id);
    expect(extractClaimsWith(text, { prefilter: true })).toEqual(extractClaimsWith(text, { prefilter: false }));
  });

  it('keeps sentences whose casualty word is far from the number', () => {
    const text = 'Officials said the number of people killed in the eastern provinces since the storm made landfall had passed 1,200.';
    expect(extractClaimsWith(text, { prefilter: true }).map((c) => c.count)).toEqual([1200]);
  });
});
