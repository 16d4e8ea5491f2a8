import { describe, expect, it } from 'vitest';
import { CATEGORY_WORDS } from '../../lib/category-words';
import { CATEGORIES } from '../../lib/claim';
import { describeScope } from '../../lib/verify/describe';
import { describeCount } from '../../components/Tooltip';
import { whatItCounts } from '../../components/popup/describe-claim';
import { checkedClaim } from './checked-claim';

const FORMS = ['counted', 'people', 'recorded', 'help'] as const;

describe('category words', () => {
  it.each(CATEGORIES)('%s has words in every form', (category) => {
    for (const form of FORMS) expect(CATEGORY_WORDS[category][form], form).toMatch(/^[a-z][a-z ()]*[a-z)]$/);
  });

  it('the table names exactly the categories a claim can have', () => expect(Object.keys(CATEGORY_WORDS).sort()).toEqual([...CATEGORIES].sort()));

  it('no two categories read alike in a list', () => {
    const counted = CATEGORIES.map((c) => CATEGORY_WORDS[c].counted);
    expect(new Set(counted).size).toBe(counted.length);
  });

  it('killed and wounded together is never "killed or wounded"', () => {
    for (const form of FORMS) expect(CATEGORY_WORDS.casualties[form]).not.toMatch(/\bor\b/);
  });

  it.each(CATEGORIES)('the popup, the tooltip and the reasons say %s with the table’s words', (category) => {
    const claim = { ...checkedClaim('1,200', 0, 'no_data', { category }), key: 'k' };
    expect(whatItCounts(claim)).toBe(CATEGORY_WORDS[category].counted);
    expect(describeCount(claim)).toBe(CATEGORY_WORDS[category].people);
    expect(describeScope(category, null, 'russia-ukraine')).toMatch(new RegExp(`^${CATEGORY_WORDS[category].recorded.replace(/[()]/g, '\\$&')} figures`));
  });
});
