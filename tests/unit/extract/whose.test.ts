import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract';

const whose = (text: string) => extractClaims(text).map((c) => [c.figure, c.party, c.side, c.population]);
const who = (text: string) => extractClaims(text).map((c) => [c.figure, c.claimant, c.claimantType, c.claimantSide]);

describe('whose dead a figure counts, from the rest of the text', () => {
  it.each([
    // Places in the clause or earlier in the paragraph.
    ['An airstrike on a school in Khan Younis killed 17 people, medics said.', [['17', 'people in Khan Younis', 'palestinians', 'all']]],
    [
      'Shelling hit a market in Omdurman. Nine women were among the dead, and 41 civilians were hurt.',
      [
        ['Nine', 'women in Omdurman', 'sudan', 'civilian'],
        ['41', 'civilians in Omdurman', 'sudan', 'civilian'],
      ],
    ],
    ['A missile struck an apartment block in Dnipro overnight, killing 12 residents.', [['12', 'residents in Dnipro', 'ukraine', 'civilian']]],
    ['Drone debris fell on a village near Belgorod; two children were wounded.', [['two', 'children in Belgorod', 'russia', 'civilian']]],
    ['In northern Idlib, barrel bombs killed at least 30 people on Tuesday.', [['at least 30', 'people in Idlib', 'syria', 'all']]],
    ['Cholera and fighting have killed 14 patients in a hospital in Hodeidah this month.', [['14', 'patients in Hodeidah', 'yemen', 'civilian']]],
    // Bodies and prisoners belong to the side that receives them.
    ['On Thursday 757 bodies were repatriated to Ukraine under the latest agreement.', [['757', 'Ukrainian military', 'ukraine', 'military']]],
    ['Kyiv said it had handed over the remains of 34 soldiers to Russia.', [['34', 'Russian soldiers', 'russia', 'military']]],
    ['Moscow received 41 bodies on Friday.', [['41', 'Russian military', 'russia', 'military']]],
    ['The two sides exchanged 205 POWs on Monday.', [['205', 'prisoners of war', null, 'military']]],
    // Soldiers counted by a warring party: the enemy's when it says it killed them.
    ['The IDF said it had killed about 250 militants in Rafah since the start of the operation.', [['about 250', 'Palestinian militants', 'palestinians', 'military']]],
    ['Hezbollah is reeling: Israel says its forces eliminated 500 fighters in southern Lebanon.', [['500', 'Lebanese fighters', 'lebanon', 'military']]],
    ["Russia's defence ministry said Ukraine lost 1,450 servicemen in the past week.", [['1,450', 'Ukrainian servicemen', 'ukraine', 'military']]],
    // A ministry or governor counting its own people.
    ["Lebanon's health ministry said 3,961 people have been killed since October.", [['3,961', 'people in Lebanon', 'lebanon', 'all']]],
    ['The Gaza health ministry says 38 people died in the past 24 hours.', [['38', 'Palestinians', 'palestinians', 'all']]],
    // Nationality in the phrase wins over any place.
    ['Ukraine says 1,200 Russian troops were killed near Pokrovsk.', [['1,200', 'Russian military', 'russia', 'military']]],
    // A bare figure continues the whole figure before it, not a subset of it.
    [
      'At least 45 people, including 12 children, died when the ferry sank. Another 60 were rescued injured.',
      [
        ['At least 45', 'people', null, 'all'],
        ['12', 'children', null, 'civilian'],
      ],
    ],
    [
      'A gunman killed five people and wounded 11 at a shopping centre in Texas.',
      [
        ['five', 'people', null, 'all'],
        ['11', 'people', null, 'all'],
      ],
    ],
    // Noun-less counts: a killing or a toll counts people; a bare count says nothing.
    ['Landslide kills at least 70 in Papua New Guinea village', [['at least 70', 'people', null, 'all']]],
    ['Soldiers wounded: 212', [['212', 'soldiers', null, 'military']]],
    ['At least 19 remain unaccounted for.', [['At least 19', null, null, null]]],
    ['Rescuers said 63 were still missing after the flash flood.', [['63', null, null, null]]],
    // "out of action" counts killed and wounded together, and only people.
    ['The brigade said it put 85 Russian soldiers out of action near Kupiansk.', [['85', 'Russian military', 'russia', 'military']]],
    ['Three reactors are out of action after the strike.', []],
  ])('%s', (text, expected) => {
    expect(whose(text)).toEqual(expected);
  });
});

describe('what kind of source a claimant is, in its setting', () => {
  it.each([
    ['Sixty-two civilians were killed in the raid, the rights group Hudo Watch said.', [['Sixty-two', 'rights group Hudo Watch', 'independent', null]]],
    ['Local activists said 48 people were killed in the shelling of the town.', [['48', 'Local activists', 'independent', null]]],
    ["The country's disaster agency said 212 people died in the floods.", [['212', "country's disaster agency", 'official', null]]],
    ["Myanmar's military government said 1,020 people were killed by the cyclone.", [['1,020', "Myanmar's military government", 'official', 'myanmar']]],
    ["Myanmar's military government said 120 rebels were killed in clashes in Shan State.", [['120', "Myanmar's military government", 'belligerent', 'myanmar']]],
    ['Three people were killed in a drone strike on Sumy, regional governor Ivan Koval said.', [['Three', 'regional governor Ivan Koval', 'belligerent', 'ukraine']]],
    ['Four people died in the storm, Governor Ann Miller of Ohio said.', [['Four', 'Governor Ann Miller of Ohio', 'official', null]]],
    [
      'The Darfur Casualty Monitor publishes weekly figures.\n\n| Group (Monitor count) | Total |\n|---|---|\n| Civilians killed | 612 |',
      [['612', 'Darfur Casualty Monitor', 'independent', null]],
    ],
    ['Source: Ukrainian Red Cross\n| Region | Figure |\n|---|---|\n| Kharkiv residents wounded | 97 |', [['97', 'Ukrainian Red Cross', 'independent', null]]],
    [
      'The agency said 30 people died; its staff counted 12 more injured in Aleppo.',
      [
        ['30', 'agency', 'unknown', null],
        ['12', 'agency', 'unknown', null],
      ],
    ],
    ['A hospital in Tyre said it had received 14 bodies.', [['14', 'hospital in Tyre', 'official', 'lebanon']]],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});
