import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaimsWith } from '../../../lib/extract';

const dir = path.resolve(__dirname, '../../fixtures/articles');
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('the candidate-sentence pre-filter', () => {
  it.each(articles)('loses no claim in %s', (file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    expect(extractClaimsWith(text, { prefilter: true })).toEqual(extractClaimsWith(text, { prefilter: false }));
  });

  it('keeps sentences whose casualty word is far from the number', () => {
    const text = 'Officials said the number of people killed in the eastern provinces since the storm made landfall had passed 1,200.';
    expect(extractClaimsWith(text, { prefilter: true }).map((c) => c.count)).toEqual([1200]);
  });
});
