import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claim';
import type { DatasetRecord } from '../../../lib/dataset/schema';
import type { VerdictStatus } from '../../../lib/verdict';
import { buildIndex, verify } from '../../../lib/verify';
import { claim, estimate, handover, partyClaim, record, un } from './make';

function check(c: Claim, records: DatasetRecord[], published: string | null, conflicts = ['russia-ukraine']) {
  return verify(c, { published, conflicts }, buildIndex(records));
}

describe('qualifiers against a UN verified minimum of 406 (as of 6 March, article 8 March)', () => {
  const records = [un(406, '2022-03-06')];
  it.each<[string, Partial<Claim>, VerdictStatus]>([
    ['exact 406', { count: 406 }, 'corroborated'],
    ['exact 405 is below the verified minimum', { count: 405 }, 'disputed'],
    ['more than 400', { count: 400, qualifier: 'more_than' }, 'corroborated'],
    ['more than 406 is above the minimum, which does not rule it out', { count: 406, qualifier: 'more_than' }, 'unverified'],
    ['at least 406', { count: 406, qualifier: 'at_least' }, 'corroborated'],
    ['up to 500', { count: 500, qualifier: 'up_to' }, 'corroborated'],
    ['fewer than 406', { count: 406, qualifier: 'less_than' }, 'disputed'],
    ['about 380 (±10%)', { count: 380, qualifier: 'approx', figure: 'about 380' }, 'corroborated'],
    ['about 300', { count: 300, qualifier: 'approx', figure: 'about 300' }, 'disputed'],
    ['between 300 and 450', { count: 300, countHigh: 450, qualifier: 'range' }, 'corroborated'],
    ['"hundreds" is a broad band', { count: 100, qualifier: 'approx', figure: 'hundreds' }, 'corroborated'],
    ['"dozens" does not reach 406', { count: 24, qualifier: 'approx', figure: 'dozens' }, 'disputed'],
    ['"more than 100" is true of 406 but says too little to corroborate it', { count: 100, qualifier: 'more_than' }, 'unverified'],
    ['"more than 250" reaches 406', { count: 250, qualifier: 'more_than' }, 'corroborated'],
    ['"up to 10,000" is not a claim about 406', { count: 10000, qualifier: 'up_to' }, 'unverified'],
    ['2,000, far above a floor, is not contradicted by it', { count: 2000 }, 'unverified'],
  ])('%s → %s', (_name, over, status) => {
    expect(check(claim(over), records, '2022-03-08').status).toBe(status);
  });
});

describe('qualifiers against an estimate of 7,000–15,000 (NATO, 23 March; article 14 April)', () => {
  const records = [estimate(7000, 15000, '2022-03-23')];
  const base = { side: 'russia', population: 'military' as const };
  it.each<[string, Partial<Claim>, VerdictStatus]>([
    ['more than 20,000, three weeks on: the toll may have grown since, so not disputed', { count: 20000, qualifier: 'more_than' }, 'unverified'],
    ['between 7,000 and 15,000', { count: 7000, countHigh: 15000, qualifier: 'range', claimantType: 'intelligence', claimant: 'NATO' }, 'corroborated'],
    ['at least 15,000 touches the top', { count: 15000, qualifier: 'at_least' }, 'corroborated'],
    ['more than 15,000 does not agree, but is not ruled out three weeks on', { count: 15000, qualifier: 'more_than' }, 'unverified'],
    ['up to 5,000', { count: 5000, qualifier: 'up_to' }, 'disputed'],
    ['about 6,500 reaches 7,000', { count: 6500, qualifier: 'approx', figure: 'about 6,500' }, 'corroborated'],
    ['tens of thousands overlaps', { count: 10000, qualifier: 'approx', figure: 'tens of thousands' }, 'corroborated'],
  ])('%s → %s', (_name, over, status) => {
    expect(check(claim({ ...base, ...over }), records, '2022-04-14').status).toBe(status);
  });

  it('gives the gap in the reason', () => {
    const v = check(claim({ ...base, count: 5000, qualifier: 'up_to' }), records, '2022-04-14');
    expect(v.reason).toContain('7,000–15,000');
    expect(v.reason).toContain('23 March 2022, 22 days before the article');
    expect(v.references.map((r) => r.id)).toEqual([records[0].id]);
  });
});

describe('rounding: the record, rounded as the writer rounded, gives the figure', () => {
  it.each<[number, number, VerdictStatus]>([
    [500, 501, 'corroborated'],
    [501, 501, 'corroborated'],
    [1000, 1012, 'corroborated'],
    [20, 24, 'disputed'],
    [11000, 11600, 'disputed'],
    [500, 563, 'disputed'],
  ])('stated %i, recorded %i → %s', (stated, recorded, status) => {
    const c = claim({ count: stated, category: 'bodies', population: 'military', timeScope: 'event' });
    expect(check(c, [handover(recorded, '2024-10-18', 'ukraine')], '2024-10-18').status).toBe(status);
  });
});

describe('time rules', () => {
  const series = [un(364, '2022-03-05'), un(406, '2022-03-06'), un(474, '2022-03-07'), un(516, '2022-03-08'), un(564, '2022-03-10')];
  it.each<[string, number, string | null, VerdictStatus, string]>([
    ['a figure from 2 days before', 406, '2022-03-08', 'corroborated', '6 March 2022, 2 days before the article'],
    ['the figure of the article’s own date', 516, '2022-03-08', 'corroborated', 'the same day as the article'],
    ['a figure published only after the article is not used', 564, '2022-03-08', 'unverified', 'no comparable independent record at the time'],
    ['unknown date: all records, and the reason says so', 564, null, 'corroborated', 'date is unknown'],
  ])('running total, %s', (_name, count, published, status, words) => {
    const v = check(claim({ count }), series, published);
    expect(v.status).toBe(status);
    expect(v.reason).toContain(words);
  });

  it('uses the latest figure of a series even when it is weeks old', () => {
    const v = check(claim({ count: 406 }), [un(406, '2022-02-16')], '2022-03-08');
    expect(v.status).toBe('corroborated');
    expect(v.reason).toContain('20 days before the article');
  });

  it('a running total months old no longer disputes a claim', () => {
    const c = claim({ count: 50000, side: 'russia', population: 'military' });
    expect(check(c, [estimate(7000, 15000, '2022-03-23')], '2022-09-01').status).toBe('unverified');
  });

  const bodies = (count: number) => claim({ count, category: 'bodies', population: 'military', timeScope: 'event' });
  it.each<[string, number, string | null, VerdictStatus]>([
    ['handover 2 days before the article', 501, '2024-10-20', 'corroborated'],
    ['handover 3 days after the article', 501, '2024-10-15', 'corroborated'],
    ['handover a week before the article', 501, '2024-10-25', 'unverified'],
    ['different figure, same day: disputed', 300, '2024-10-18', 'disputed'],
    ['different figure, 2 days apart: maybe another handover', 300, '2024-10-20', 'unverified'],
    ['unknown date', 501, null, 'corroborated'],
    ['unknown date, no matching handover: never disputed', 300, null, 'unverified'],
  ])('event, %s', (_name, count, published, status) => {
    expect(check(bodies(count), [handover(501, '2024-10-18', 'ukraine')], published).status).toBe(status);
  });
});

describe('a page with no date and no clue to one, against a long growing series (searched by value)', () => {
  const days = Array.from({ length: 300 }, (_, i) => new Date(Date.UTC(2022, 2, 1) + i * 86_400_000).toISOString().slice(0, 10));
  const series = days.map((day, i) => un(100 + i * 30, day));
  it.each<[string, Partial<Claim>, VerdictStatus, string]>([
    ['a figure the series held on one day only', { count: 5020 }, 'corroborated', '5,020'],
    ['"at least" a figure, true of months of the series: cannot be tied to one time', { count: 3000, qualifier: 'at_least' }, 'unverified', 'cannot be tied to one'],
    ['a rounded figure the series passed through once', { count: 5000 }, 'corroborated', '5,020'],
    ['a figure below every floor is never disputed without a date', { count: 50 }, 'unverified', 'records of every date'],
    ['a figure above every floor', { count: 20000 }, 'unverified', 'no comparable independent record'],
  ])('%s → %s', (_name, over, status, words) => {
    const v = check(claim(over), series, null);
    expect(v.status).toBe(status);
    expect(v.reason).toContain(words);
  });

  it('reads a series that does not only grow in full', () => {
    const revised = [...series.slice(0, 10), un(50, '2023-06-01')];
    expect(check(claim({ count: 50 }), revised, null).status).toBe('corroborated');
  });
});

describe('party versus non-party', () => {
  const claimOfRussianDead = (over: Partial<Claim> = {}) =>
    claim({ count: 11000, qualifier: 'more_than', side: 'russia', population: 'military', claimant: 'Ukrainian authorities', claimantSide: 'ukraine', ...over });

  it('a party’s own running figure: unverified, and says the article reports it faithfully', () => {
    const v = check(claimOfRussianDead(), [partyClaim(11000, '2022-03-07')], '2022-03-08');
    expect(v.status).toBe('unverified');
    expect(v.reason).toMatch(/it matches the figure that General Staff .*gave: 11,000.*7 March 2022/);
  });

  it('says when the article does not report the party’s figure faithfully', () => {
    const v = check(claimOfRussianDead({ count: 20000 }), [partyClaim(11000, '2022-03-07')], '2022-03-08');
    expect(v.status).toBe('unverified');
    expect(v.reason).toContain('does not match');
  });

  it('compares a "killed" claim with the party’s killed-and-wounded series that the press reports as killed', () => {
    const v = check(claimOfRussianDead(), [partyClaim(11000, '2022-03-07', { category: 'casualties', reportedAs: ['killed'] })], '2022-03-08');
    expect(v.reason).toContain('often reported as killed');
  });

  it('another party’s claim is no corroboration', () => {
    const russianMod = partyClaim(498, '2022-03-02', { claimant: 'Russian Ministry of Defence' });
    expect(check(claimOfRussianDead({ count: 498, qualifier: 'exact' }), [russianMod], '2022-03-03').status).toBe('unverified');
  });

  it('a handover counts whichever side announced it', () => {
    const c = claim({ count: 501, category: 'bodies', population: 'military', timeScope: 'event', claimant: 'Ukrainian authorities' });
    expect(check(c, [handover(501, '2024-10-18', 'ukraine')], '2024-10-18').status).toBe('corroborated');
  });

  it('a party’s verified count cannot corroborate that same party', () => {
    const prosecutor = un(406, '2022-03-06', { claimant: 'Prosecutor General of Ukraine', claimantType: 'official' });
    expect(check(claim({ count: 406 }), [prosecutor], '2022-03-08').status).toBe('unverified');
    expect(check(claim({ count: 406, claimant: 'Russian officials', claimantSide: 'russia' }), [prosecutor], '2022-03-08').status).toBe('corroborated');
  });

  it('an unnamed source is said to be one', () => {
    const v = check(claim({ count: 2000, claimant: null, claimantType: 'unknown', claimantSide: null }), [un(406, '2022-03-06')], '2022-03-08');
    expect(v.status).toBe('unverified');
    expect(v.reason).toContain('No named source');
  });

  it('a disputed party claim still says whether it matches the party’s own figure', () => {
    const v = check(claimOfRussianDead(), [partyClaim(11000, '2022-03-07'), estimate(2000, 4000, '2022-03-08', { claimant: 'US DIA' })], '2022-03-08');
    expect(v.status).toBe('disputed');
    expect(v.reason).toContain('2,000–4,000');
    expect(v.reason).toContain('it matches the figure');
  });
});

describe('no_data and scope', () => {
  it.each<[string, Partial<Claim>, string[], string]>([
    ['no conflict recognised', {}, [], 'No conflict'],
    ['conflict not in the dataset', {}, ['sudan'], 'Sudanese civil war'],
    [
      'a kind of figure the dataset does not hold',
      { category: 'missing', claimant: 'UN', claimantType: 'un', claimantSide: null },
      ['russia-ukraine'],
      'missing figures for Ukraine',
    ],
    [
      'a UN incident figure with no incident records',
      { count: 20, timeScope: 'event', claimant: 'UN', claimantType: 'un', claimantSide: null },
      ['russia-ukraine'],
      'incident-level',
    ],
  ])('%s', (_name, over, conflicts, words) => {
    const v = check(claim(over), [un(406, '2022-03-06')], '2022-03-08', conflicts);
    expect(v.status).toBe('no_data');
    expect(v.reason).toContain(words);
  });

  it('a paragraph’s own conflict overrides the page’s', () => {
    const v = verify(claim({ count: 406 }), { published: '2022-03-08', conflicts: ['russia-ukraine'], conflict: 'sudan' }, buildIndex([un(406, '2022-03-06')]));
    expect(v.status).toBe('no_data');
  });

  it('a small incident of unknown scope is not set against a running total', () => {
    const v = check(claim({ count: 3, timeScope: null }), [un(406, '2022-03-06')], '2022-03-08');
    expect(v.status).toBe('unverified');
  });

  it('a different population is not compared', () => {
    expect(check(claim({ count: 406, population: 'military' }), [un(406, '2022-03-06')], '2022-03-08').status).not.toBe('corroborated');
  });

  it('bodies of unknown side are matched against handovers to either side', () => {
    const v = check(
      claim({ count: 19, side: null, category: 'bodies', population: 'military', timeScope: 'event' }),
      [handover(1000, '2025-07-17', 'ukraine'), handover(19, '2025-07-17', 'russia')],
      '2025-07-17',
    );
    expect(v.status).toBe('corroborated');
    expect(v.reason).toContain('returned to Russia');
  });

  it('"dead soldiers returned" are looked up as bodies', () => {
    const c = claim({ count: 500, category: 'killed', population: 'military', timeScope: null, sentence: 'Moscow hands over 500 dead soldiers to Kyiv' });
    expect(check(c, [handover(501, '2024-10-18', 'ukraine')], '2024-10-18').status).toBe('corroborated');
  });

  it('cites at most five records, the agreeing one first', () => {
    const records = Array.from({ length: 8 }, (_, i) => un(400 + i, `2022-03-0${i + 1}`));
    const v = check(claim({ count: 403 }), records, '2022-03-08');
    expect(v.references.length).toBeLessThanOrEqual(5);
    expect(v.references[0].best).toBe(403);
  });

  it('a figure of unknown side may agree with any side’s record, but cannot be disputed', () => {
    const records = [un(406, '2022-03-06')];
    expect(check(claim({ count: 406, side: null, population: null }), records, '2022-03-08').status).toBe('corroborated');
    expect(check(claim({ count: 300, side: null, population: null }), records, '2022-03-08').status).toBe('unverified');
    expect(check(claim({ count: 300 }), records, '2022-03-08').status).toBe('disputed');
  });

  it('a handover read as a running total ("biggest since the invasion") is still matched with the handover', () => {
    const c = claim({ count: 501, category: 'bodies', population: 'military', timeScope: 'cumulative' });
    expect(check(c, [handover(501, '2024-10-18', 'ukraine')], '2024-10-18').status).toBe('corroborated');
  });

  it('cites the record of the source the article names first', () => {
    const records = [estimate(7000, 15000, '2022-03-23'), estimate(5000, 12000, '2022-03-27', { claimant: 'German government' })];
    const v = check(
      claim({ count: 7000, countHigh: 15000, qualifier: 'range', side: 'russia', population: 'military', claimant: 'Nato source', claimantType: 'intelligence' }),
      records,
      '2022-04-14',
    );
    expect(v.references.map((r) => r.claimant)).toEqual(['NATO', 'German government']);
  });

  it('does not use a party’s killed-and-wounded series for a "killed" claim unless the data says it is reported so', () => {
    const v = check(claim({ count: 11000, side: 'russia', population: 'military' }), [partyClaim(11000, '2022-03-07', { category: 'casualties' })], '2022-03-08');
    expect(v.reason).not.toContain('it matches');
  });

  const ucdp2023 = () =>
    record({
      conflict: 'sudan',
      side: 'all',
      population: 'all',
      best: 12000,
      low: 10000,
      high: 14000,
      claimant: 'UCDP',
      claimantType: 'independent',
      figureKind: 'statistical_estimate',
      asOf: '2023-12-31',
    });
  const periodOf = (r: DatasetRecord): DatasetRecord => ({ ...r, time: { kind: 'cumulative', periodStart: '2023-01-01', asOf: '2023-12-31' } });

  it.each<[string, string, VerdictStatus]>([
    ['a claim naming the year is compared with that year’s total', 'In 2023, about 12,000 people were killed in the fighting.', 'corroborated'],
    ['a claim not naming the year is not (and only year totals exist)', 'About 12,000 people have been killed since the war began.', 'no_data'],
    ['a year total never disputes: the period meant is uncertain', 'In 2023, 40,000 people were killed in the fighting.', 'no_data'],
  ])('period totals: %s', (_name, sentence, status) => {
    const count = sentence.includes('40,000') ? 40000 : 12000;
    const c = claim({
      count,
      qualifier: count === 12000 ? 'approx' : 'exact',
      figure: String(count),
      sentence,
      side: null,
      population: 'all',
      timeScope: null,
      claimant: 'activists',
      claimantType: 'independent',
      claimantSide: null,
    });
    expect(check(c, [periodOf(ucdp2023())], '2024-02-01', ['sudan']).status).toBe(status);
  });

  it('a party’s count relayed by someone else is unverified, and says whose count it matches', () => {
    const ministry = record({
      conflict: 'israel-gaza',
      side: 'palestinians',
      population: 'all',
      best: 40000,
      asOf: '2024-08-15',
      claimant: 'Gaza Ministry of Health',
      claimantType: 'official',
      figureKind: 'reported',
    });
    const c = claim({ count: 40000, qualifier: 'more_than', side: 'palestinians', population: 'all', claimant: 'UN', claimantType: 'un', claimantSide: null });
    const v = check(c, [ministry], '2024-08-16', ['israel-gaza']);
    expect(v.status).toBe('unverified');
    expect(v.reason).toContain('it matches the figure that Gaza Ministry of Health gave');
  });

  it('in a one-sided conflict, a claim about that side is compared with whole-conflict records', () => {
    const total = record({
      conflict: 'sudan',
      side: 'all',
      population: 'all',
      best: 20000,
      asOf: '2024-01-10',
      claimant: 'UN agency',
      claimantType: 'un',
      figureKind: 'statistical_estimate',
    });
    const sudanese = claim({ count: 20000, qualifier: 'at_least', side: 'sudan', population: 'all', claimant: 'UN', claimantType: 'un', claimantSide: null });
    expect(check(sudanese, [total], '2024-01-15', ['sudan']).status).toBe('corroborated');
    const ukrainians = claim({ count: 20000, side: 'ukraine', population: 'all', claimant: 'UN', claimantType: 'un', claimantSide: null });
    expect(check(ukrainians, [{ ...total, conflict: 'russia-ukraine' }], '2024-01-15').status).toBe('no_data');
  });
});

describe('a running count that states when counting began', () => {
  // The same monitor counting "since 24 February 2022" at several cut-offs is a running total, not
  // a set of one-off period totals; only a start date used once marks a period (a month, a year).
  const since = (best: number, asOf: string) => ({ ...un(best, asOf), time: { kind: 'cumulative' as const, periodStart: '2022-02-24', asOf } });

  it('is compared like any running total, by its latest cut-off before the article', () => {
    const v = check(claim({ count: 1200 }), [since(406, '2022-03-06'), since(1190, '2022-03-27')], '2022-03-29');
    expect(v.status).toBe('corroborated');
    expect(v.references[0].best).toBe(1190);
  });

  it('a lone start date is still a period total, ignored unless the claim names the period', () => {
    const yearTotal = { ...un(5000, '2022-12-31'), time: { kind: 'cumulative' as const, periodStart: '2022-01-01', asOf: '2022-12-31' } };
    expect(check(claim({ count: 300 }), [yearTotal], '2023-02-01').status).not.toBe('disputed');
  });
});

describe('like with like: a small figure, an abduction and a running total of handovers', () => {
  it('a running total that starts small never disputes one raid’s wounded, however many later counts it has', () => {
    // The series begins at 30 wounded and grows to 9,000: only its figures at the time count, and
    // against those four wounded in one raid is no share of the war's total.
    const series = [un(30, '2023-10-10'), un(4_000, '2025-08-01'), un(9_000, '2025-09-08')].map((r) => ({ ...r, category: 'wounded' as const }));
    const four = claim({ count: 4, category: 'wounded', timeScope: null, population: 'civilian', sentence: 'Eleven were wounded, four of them critically.' });
    expect(check(four, series, '2025-09-09').status).not.toBe('disputed');
    // A figure of the war's size is still set against it.
    expect(check(claim({ count: 5_000, category: 'wounded', timeScope: null }), series, '2025-09-09').status).toBe('disputed');
  });

  it('a count of people taken captive is no handover: a day’s release neither backs nor disputes it', () => {
    const freed = handover(20, '2025-10-13', 'ukraine', { category: 'captured', claimantType: 'un', claimant: 'ICRC' });
    const taken = claim({ count: 251, category: 'captured', timeScope: null, population: 'military', sentence: 'On that day 251 people were taken across the line as hostages.' });
    expect(check(taken, [freed], '2025-10-14').status).not.toBe('disputed');
    const released = claim({ count: 25, category: 'captured', timeScope: null, population: 'military', sentence: 'On Monday 25 hostages were freed and handed over.' });
    expect(check(released, [freed], '2025-10-14').status).toBe('disputed');
  });

  it('one day’s handover never rules out a running total of handovers', () => {
    const day = handover(1_212, '2025-06-11', 'ukraine', { claimantType: 'un', claimant: 'ICRC' });
    const total = claim({
      count: 12_000,
      qualifier: 'more_than',
      category: 'bodies',
      timeScope: 'cumulative',
      population: 'military',
      sentence: 'Since the invasion Ukraine has brought home more than 12,000 bodies.',
    });
    expect(check(total, [day], '2025-06-12').status).not.toBe('disputed');
  });
});
