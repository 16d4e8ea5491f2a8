import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { BUNDLED_DATASET, BUNDLED_FILES } from '../../../lib/dataset/bundled';
import { DatasetSchema, type DatasetRecord } from '../../../lib/dataset/schema';
import { CONFLICTS } from '../../../lib/conflicts';
import { recordDate } from '../../../lib/dataset/diff';
import { join, resolve } from 'node:path';
import { RecordSchema } from '../../../lib/dataset/schema';
import { readCurated } from '../../../scripts/build-dataset/curated';

const root = resolve(import.meta.dirname, '../../..');

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
    for (const slug of CONFLICTS.map((c) => c.slug))
      expect(
        records.some((r) => r.conflict === slug),
        slug,
      ).toBe(true);
  });

  it('stays under 3.6 MB of JSON', () => {
    const bytes = Object.values(BUNDLED_FILES).reduce((sum, file) => sum + JSON.stringify(file).length, 0);
    expect(bytes).toBeLessThan(3_600_000);
  });

  it('facts.json is exactly what the curated CSVs in data/ build (npm run dataset:build)', () => {
    const built = readCurated(join(root, 'data')).flatMap((f) => f.records.map((r) => v.parse(RecordSchema, r)));
    expect(JSON.stringify(built)).toBe(JSON.stringify(BUNDLED_FILES['facts.json']));
  });
});

describe('bundled facts used by the seed articles', () => {
  it('OHCHR: 406 civilians killed and 801 injured as of 6 March 2022', () => {
    const un = find((r) => r.conflict === 'russia-ukraine' && r.claimantType === 'un' && r.side === 'ukraine' && r.population === 'civilian' && onDay(r, '2022-03-06'));
    expect(un.map((r) => [r.category, r.best, r.figureKind])).toEqual(
      expect.arrayContaining([
        ['killed', 406, 'verified_floor'],
        ['wounded', 801, 'verified_floor'],
      ]),
    );
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
    expect(gs).toMatchObject({
      best: 11000,
      category: 'casualties',
      reportedAs: ['killed'],
      side: 'russia',
      claimant: 'General Staff of the Armed Forces of Ukraine',
      claimantType: 'belligerent',
      figureKind: 'party_claim',
    });
    expect(find((r) => r.id.startsWith('ua-gs-')).length).toBeGreaterThan(1600);
  });

  it('Gaza Ministry of Health: daily cumulative series with its caveat', () => {
    const gaza = find((r) => r.claimant === 'Gaza Ministry of Health' && r.category === 'killed');
    expect(gaza.length).toBeGreaterThan(900);
    expect(gaza.find((r) => onDay(r, '2024-10-07'))).toMatchObject({
      best: 41909,
      conflict: 'israel-gaza',
      side: 'palestinians',
      claimantType: 'official',
      figureKind: 'reported',
    });
    expect(gaza.every((r) => r.caveat)).toBe(true);
  });

  it('UCDP: Russia–Ukraine 2022 battle deaths as a year total with best, low and high', () => {
    expect(byId('ucdp-brd-russia-ukraine-2022')).toMatchObject({ side: 'all', population: 'all', time: { kind: 'cumulative', periodStart: '2022-01-01', asOf: '2022-12-31' } });
    const r = byId('ucdp-brd-russia-ukraine-2022')!;
    expect(r.best).toBeGreaterThanOrEqual(91723);
    expect(r.low).toBeLessThan(r.best);
  });
});

describe('curated facts of the kinds real articles cite', () => {
  const where = (pred: (r: DatasetRecord) => boolean) => find(pred).map((r) => [r.subset ?? null, r.category, r.best]);

  it('BINUH, Haiti, January–March 2024: killed and injured with men, women and children', () => {
    const q1 = (r: DatasetRecord) =>
      r.conflict === 'haiti' && /BINUH/.test(r.claimant) && r.time.kind === 'cumulative' && r.time.periodStart === '2024-01-01' && r.time.asOf === '2024-03-31';
    expect(where(q1)).toEqual(
      expect.arrayContaining([
        [null, 'killed', 1660],
        ['men', 'killed', 1347],
        ['women', 'killed', 273],
        ['children', 'killed', 40],
        [null, 'wounded', 845],
        ['men', 'wounded', 624],
        ['women', 'wounded', 179],
        ['children', 'wounded', 42],
      ]),
    );
    expect(find(q1).every((r) => r.claimantType === 'un')).toBe(true);
  });

  it('SOHR, Sweida province since 13 July 2025: a place subset with its own period', () => {
    const r = byId('SYR-SWEIDA-2025-07-16')!;
    expect(r).toMatchObject({
      best: 597,
      subset: 'place-sweida',
      claimantType: 'independent',
      figureKind: 'reported',
      time: { kind: 'cumulative', periodStart: '2025-07-13', asOf: '2025-07-16' },
    });
  });

  it('the 14 June 2024 handover: 254 bodies and its breakdown by front sector', () => {
    expect(where((r) => r.category === 'bodies' && r.side === 'ukraine' && r.time.kind === 'event' && onDay(r, '2024-06-14'))).toEqual(
      expect.arrayContaining([
        [null, 'bodies', 254],
        ['place-donetsk', 'bodies', 221],
        ['place-zaporizhzhia', 'bodies', 25],
        ['place-luhansk', 'bodies', 4],
      ]),
    );
  });

  it('the 1,000-for-1,000 exchange of 23–25 May 2025: each stage and the whole, for each side', () => {
    for (const side of ['ukraine', 'russia']) {
      const swaps = find(
        (r) =>
          r.category === 'captured' &&
          r.side === side &&
          r.population === 'military' &&
          r.figureKind === 'exchange_record' &&
          recordDate(r) >= '2025-05-23' &&
          recordDate(r) <= '2025-05-25',
      );
      expect(
        swaps.map((r) => r.best).sort((a, b) => a - b),
        side,
      ).toEqual([303, 307, 390, 1000]);
    }
  });

  it('BBC Russian + Mediazona named dead: running floors with categories, never the whole side for a subset', () => {
    const named = find((r) => /Mediazona \(named\)/.test(r.claimant) && r.side === 'russia');
    expect(named.length).toBeGreaterThan(40);
    expect(new Set(named.map((r) => r.subset ?? null))).toEqual(new Set([null, 'officers', 'mobilised', 'volunteers', 'recruited-prisoners']));
    expect(named.every((r) => r.figureKind === 'verified_floor' && r.claimantType === 'independent')).toBe(true);
  });

  it('UK Defence Intelligence: running estimates of Russian casualties at many dates', () => {
    const di = find((r) => /Defence Intelligence/.test(r.claimant) && r.category === 'casualties' && r.time.kind === 'cumulative' && r.time.periodStart === null);
    expect(new Set(di.map(recordDate)).size).toBeGreaterThanOrEqual(12);
  });
});
