import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { BUNDLED_DATASET, BUNDLED_FILES } from '../../../lib/dataset/bundled';
import { DatasetSchema, type DatasetRecord } from '../../../lib/dataset/schema';
import { CONFLICTS } from '../../../lib/conflicts';
import { recordDate } from '../../../lib/dataset/diff';

const records = BUNDLED_DATASET.records;
const byId = (id: string) => records.find((r) => r.id === id);
const find = (pred: (r: DatasetRecord) => boolean) => records.filter(pred);
const onDay = (r: DatasetRecord, day: string) => recordDate(r) === day;

describe('bundled dataset', () => {
  it('is valid against the schema', () => {
    const result = v.safeParse(DatasetSchema, BUNDLED_DATASET);
    expect(result.success ? [] : result.issues.slice(0, 5).map((i) => `${v.getDotPath(i)}: ${i.message}`)).toEqual([]);
  });

  it('has unique ids, sources and ordered figures', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      expect(r.source.name.length, r.id).toBeGreaterThan(0);
      expect(r.source.url, r.id).toMatch(/^https?:\/\/[^\s]+\.[a-z]{2,}/);
      expect(r.low <= r.best && r.best <= r.high, r.id).toBe(true);
      for (const date of [recordDate(r), r.source.published, r.time.kind === 'cumulative' ? r.time.periodStart : null]) {
        if (date) expect(Number.isNaN(Date.parse(`${date}T00:00:00Z`)), `${r.id} ${date}`).toBe(false);
      }
    }
  });

  it('uses the shared conflict and side slugs for the named wars', () => {
    const sidesOf = new Map(CONFLICTS.map((c) => [c.slug, new Set([...c.sides, 'all'])]));
    for (const r of records) {
      const sides = sidesOf.get(r.conflict);
      if (sides) expect(sides.has(r.side), `${r.id}: side ${r.side} in ${r.conflict}`).toBe(true);
    }
    for (const slug of CONFLICTS.map((c) => c.slug)) expect(records.some((r) => r.conflict === slug), slug).toBe(true);
  });

  it('stays under 3 MB of JSON', () => {
    const bytes = Object.values(BUNDLED_FILES).reduce((sum, file) => sum + JSON.stringify(file).length, 0);
    expect(bytes).toBeLessThan(3_000_000);
  });
});

describe('bundled facts used by the seed articles', () => {
  it('OHCHR: 406 civilians killed and 801 injured as of 6 March 2022', () => {
    const un = find((r) => r.conflict === 'russia-ukraine' && r.claimantType === 'un' && r.side === 'ukraine' && r.population === 'civilian' && onDay(r, '2022-03-06'));
    expect(un.map((r) => [r.category, r.best, r.figureKind])).toEqual(expect.arrayContaining([['killed', 406, 'verified_floor'], ['wounded', 801, 'verified_floor']]));
    expect(un.every((r) => /considerably higher/.test(r.caveat ?? ''))).toBe(true);
  });

  it('NATO: 7,000–15,000 Russian troops killed as of 23 March 2022', () => {
    const nato = find((r) => /NATO/.test(r.claimant) && r.category === 'killed' && onDay(r, '2022-03-23'));
    expect(nato.map((r) => [r.low, r.high, r.side, r.figureKind])).toEqual([[7000, 15000, 'russia', 'statistical_estimate']]);
  });

  it.each([
    ['2024-10-18', 'ukraine', 501],
    ['2024-11-08', 'ukraine', 563],
    ['2025-07-17', 'ukraine', 1000],
    ['2025-07-17', 'russia', 19],
  ])('body repatriation on %s: bodies to %s = %i', (day, side, count) => {
    const events = find((r) => r.category === 'bodies' && r.time.kind === 'event' && onDay(r, day) && r.side === side);
    expect(events.map((r) => [r.best, r.figureKind, r.population])).toEqual([[count, 'exchange_record', 'military']]);
  });

  it('General Staff: more than 11,000 Russian personnel as of 7 March 2022, a party claim reported as killed', () => {
    const gs = byId('ua-gs-2022-03-07');
    expect(gs).toMatchObject({ best: 11000, category: 'casualties', reportedAs: ['killed'], side: 'russia', claimant: 'General Staff of the Armed Forces of Ukraine', claimantType: 'belligerent', figureKind: 'party_claim' });
    expect(find((r) => r.id.startsWith('ua-gs-')).length).toBeGreaterThan(1600);
  });

  it('Gaza Ministry of Health: daily cumulative series with its caveat', () => {
    const gaza = find((r) => r.claimant === 'Gaza Ministry of Health' && r.category === 'killed');
    expect(gaza.length).toBeGreaterThan(900);
    expect(gaza.find((r) => onDay(r, '2024-10-07'))).toMatchObject({ best: 41909, conflict: 'israel-gaza', side: 'palestinians', claimantType: 'official', figureKind: 'reported' });
    expect(gaza.every((r) => r.caveat)).toBe(true);
  });

  it('UCDP: Russia–Ukraine 2022 battle deaths as a year total with best, low and high', () => {
    expect(byId('ucdp-brd-russia-ukraine-2022')).toMatchObject({ side: 'all', population: 'all', time: { kind: 'cumulative', periodStart: '2022-01-01', asOf: '2022-12-31' } });
    const r = byId('ucdp-brd-russia-ukraine-2022')!;
    expect(r.best).toBeGreaterThanOrEqual(91723);
    expect(r.low).toBeLessThan(r.best);
  });
});
