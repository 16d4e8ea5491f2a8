import { describe, expect, it } from 'vitest';
import { classifyClaimant } from '../../../lib/extract/claimant-type';

describe('classifyClaimant', () => {
  it.each([
    ["Ukraine's General Staff", 'belligerent', 'ukraine'],
    ['Russian defence ministry', 'belligerent', 'russia'],
    ['Israel Defense Forces', 'belligerent', 'israel'],
    ['Ukraine', 'belligerent', 'ukraine'],
    ['Ukrainian authorities', 'belligerent', 'ukraine'],
    ['Sudanese army', 'belligerent', 'sudan'],
    ['Rapid Support Forces', 'belligerent', null],
    ['United Nations', 'un', null],
    ['UN Human Rights Monitoring Mission in Ukraine', 'un', null],
    ['OCHA', 'un', null],
    ['UNICEF', 'un', null],
    ['World Health Organization', 'un', null],
    // A UN country mission speaks for the UN, wherever it is and whatever the article's war.
    ['a BINUH spokesperson', 'un', null],
    ['UNAMA', 'un', null],
    ['the UN mission MONUSCO', 'un', null],
    ['UNMISS peacekeepers', 'un', null],
    ['Syrian Observatory for Human Rights', 'independent', null],
    ['Mediazona', 'independent', null],
    ['Airwars', 'independent', null],
    ['researchers at Ghent University', 'independent', null],
    ['British defence intelligence', 'intelligence', null],
    ['Nato source', 'intelligence', null],
    ['Pentagon', 'intelligence', null],
    ['Gaza health ministry', 'official', 'palestinians'],
    ['civil defence agency', 'official', null],
    ['Police', 'official', null],
    ["Turkey's disaster agency AFAD", 'official', null],
    ['county coroner', 'official', null],
    ['AFP tally', 'media', null],
    ['Russian state news agency RIA', 'media', null],
    ['Amina Yusuf', 'unknown', null],
  ])('%s → %s', (claimant, type, side) => {
    expect(classifyClaimant(claimant, claimant)).toEqual({ claimantType: type, claimantSide: side });
  });

  it('uses the appositive to classify a bare name', () => {
    expect(classifyClaimant('Ivan Petrenko', 'Ivan Petrenko, an adviser in the Ukrainian presidential office').claimantType).toBe('belligerent');
    expect(classifyClaimant(null, null)).toEqual({ claimantType: 'unknown', claimantSide: null });
  });

  it('reads a think tank as independent, and a third state estimating the Russia-Ukraine war as intelligence', () => {
    expect(classifyClaimant('Center for Strategic and International Studies', 'Center for Strategic and International Studies').claimantType).toBe('independent');
    expect(classifyClaimant('the Institute for the Study of War', 'the Institute for the Study of War').claimantType).toBe('independent');
    const war = () => 'Russian troops have suffered heavy losses near Pokrovsk in Ukraine.';
    expect(classifyClaimant("Britain's defence ministry", "Britain's defence ministry", war)).toEqual({ claimantType: 'intelligence', claimantSide: null });
    // Elsewhere a third state's forces may be a party: the US military over its own strikes in Yemen.
    expect(classifyClaimant('US military', 'US military', () => 'US strikes on Houthi targets in Yemen killed 12 fighters.').claimantType).toBe('belligerent');
  });

  it("reads a warring state's leader by surname as that state, and the IFRC as independent", () => {
    expect(classifyClaimant('President Volodymyr Zelensky', 'President Volodymyr Zelensky')).toEqual({ claimantType: 'belligerent', claimantSide: 'ukraine' });
    expect(classifyClaimant('Putin', 'Putin')).toEqual({ claimantType: 'belligerent', claimantSide: 'russia' });
    expect(classifyClaimant('IFRC', 'IFRC').claimantType).toBe('independent');
  });
});
