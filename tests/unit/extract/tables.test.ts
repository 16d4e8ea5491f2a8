import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract';

const cells = (text: string) => extractClaims(text).map((c) => [text.slice(c.start, c.end), c.category, c.party]);

describe('tables with casualty column headers', () => {
  it.each([
    [
      'Region\tKilled\tWounded\nNorth Darfur\t1,204\t3,210\nKhartoum\t877\t2,015',
      [
        ['1,204', 'killed', 'North Darfur'],
        ['3,210', 'wounded', 'North Darfur'],
        ['877', 'killed', 'Khartoum'],
        ['2,015', 'wounded', 'Khartoum'],
      ],
    ],
    [
      '| Province | Dead | Missing |\n|---|---|---|\n| Sindh | 621 | 12 |',
      [
        ['621', 'killed', 'Sindh'],
        ['12', 'missing', 'Sindh'],
      ],
    ],
    ['Year\tTroops deployed\tBudget\n2023\t11,000\t400', []],
    ['| Category | Figure |\n|---|---|\n| Civilians killed | 1,383 |', [['1,383', 'killed', 'civilians']]],
  ])('%j', (text, expected) => {
    expect(cells(text)).toEqual(expected);
  });
});
