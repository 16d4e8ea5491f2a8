import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract';

const party = (text: string) => extractClaims(text).map((c) => [c.party, c.side, c.population]);

describe('whose dead and wounded a figure counts', () => {
  it.each([
    ['Over 18,000 Russian soldiers have died in the war.', [['Russian military', 'russia', 'military']]],
    ['The bodies of 563 Ukrainian soldiers were repatriated.', [['Ukrainian military', 'ukraine', 'military']]],
    ['At least 31 Ukrainian civilians were killed.', [['Ukrainian civilians', 'ukraine', 'civilian']]],
    ['Israeli strikes killed 40 Palestinians in Gaza.', [['Palestinians', 'palestinians', 'all']]],
    ['Twelve children were killed in Gaza on Sunday.', [['children in Gaza', 'palestinians', 'civilian']]],
    ['Some 2,600 North Korean soldiers have been wounded.', [['North Korean military', 'north-korea', 'military']]],
    ['Sixty residents died in the fire.', [['residents', null, 'civilian']]],
    ['At least 27 were wounded.', [[null, null, null]]],
    [
      "Monitors counted 512 deaths and 934 injuries among Ukraine's civilian population.",
      [
        ['Ukrainian civilians', 'ukraine', 'civilian'],
        ['Ukrainian civilians', 'ukraine', 'civilian'],
      ],
    ],
    ['Morgues in the city hold over 1,300 corpses of Russian soldiers.', [['Russian military', 'russia', 'military']]],
    // The country that suffered the casualties; soldiers or civilians is left open.
    ['Analysts said Ukraine had probably suffered about 250,000 casualties since the invasion.', [['Ukrainians', 'ukraine', null]]],
    // "Russian losses" are the Russian military's.
    ['Kyiv put Russian losses at 498,000 on Monday.', [['Russian military', 'russia', 'military']]],
  ])('%s', (text, expected) => {
    expect(party(text)).toEqual(expected);
  });
});
