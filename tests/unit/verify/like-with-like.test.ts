/**
 * Verdict table: one row per rule of "compare like with like" and per trap that misled readers on
 * real articles (subset vs whole, period vs running total, incident vs total, a source's own record,
 * ranges that contain the claim, undated handovers, earlier wars, disasters in war countries).
 * Every claim and record here is made up for the test.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/claim';
import type { DatasetRecord } from '../../../lib/dataset/schema';
import type { VerdictStatus } from '../../../lib/verdict';
import { buildIndex, inferDateWindow, verify, type Frame } from '../../../lib/verify';
import { dayNumber } from '../../../lib/verify/dates';
import { claim, estimate, handover, partyClaim, record, un } from './make';

type Row = [name: string, claim: Partial<Claim>, records: DatasetRecord[], published: string | null, status: VerdictStatus, words?: string];

function run([, over, records, published, status, words]: Row, context: { conflict?: string | null; window?: Frame | null; conflicts?: string[] } = {}) {
  const v = verify(claim(over), { published, conflicts: context.conflicts ?? ['russia-ukraine'], conflict: context.conflict, window: context.window }, buildIndex(records));
  expect(v.status, v.reason).toBe(status);
  if (words) expect(v.reason).toContain(words);
  return v;
}

const period = (r: DatasetRecord, periodStart: string): DatasetRecord => {
  if (r.time.kind !== 'cumulative') throw new Error('period of a running total only');
  return { ...r, time: { kind: 'cumulative', periodStart, asOf: r.time.asOf } };
};
const un0 = { claimant: 'UN monitors', claimantType: 'un' as const, claimantSide: null };
const monitor = { claimant: 'Syrian war monitor', claimantType: 'independent' as const, claimantSide: null };
const syria = (best: number, asOf: string, over: Partial<DatasetRecord> = {}) =>
  record({
    conflict: 'syria',
    country: 'Syria',
    side: 'all',
    population: 'all',
    best,
    asOf,
    claimant: 'Syrian war monitor',
    claimantType: 'independent',
    figureKind: 'reported',
    ...over,
  });

describe('subsets never meet the whole, and meet their own kind', () => {
  const whole = un(10000, '2024-05-01');
  const children = un(600, '2024-05-01', { subset: 'children' });
  it.each<Row>([
    ['children claim vs whole-civilian record: not compared', { count: 600, subset: 'children', ...un0 }, [whole], '2024-05-05', 'no_data', 'no record of this count'],
    ['children claim vs children record: corroborated', { count: 600, subset: 'children', ...un0 }, [whole, children], '2024-05-05', 'corroborated', 'children'],
    ['children claim far below the children record: disputed by it alone', { count: 100, subset: 'children', ...un0 }, [children], '2024-05-05', 'disputed'],
    ['whole claim vs children record only: not compared', { count: 600, ...un0 }, [children], '2024-05-05', 'no_data'],
    ['whole claim 10,000 vs whole record, children record ignored', { count: 10000, ...un0 }, [whole, children], '2024-05-05', 'corroborated'],
    ['a party’s children claim with only the whole record: unverified, never disputed', { count: 50, subset: 'children' }, [whole], '2024-05-05', 'unverified'],
    ['women claim vs children record: different subsets', { count: 600, subset: 'women', ...un0 }, [children], '2024-05-05', 'no_data'],
  ])('%s', (...row) => {
    run(row);
  });

  it.each<Row>([
    [
      'a province’s toll vs the same province’s record',
      { count: 597, subset: 'place-sweida', side: 'syria', population: 'all', timeScope: 'period', ...monitor },
      [period(syria(597, '2025-07-16', { subset: 'place-sweida' }), '2025-07-13')],
      '2025-07-17',
      'corroborated',
      'people in Sweida',
    ],
    [
      'a province’s toll vs the whole war’s total: not compared',
      { count: 597, subset: 'place-sweida', side: 'syria', population: 'all', ...monitor },
      [syria(600000, '2025-07-01')],
      '2025-07-17',
      'no_data',
    ],
    [
      'the whole war’s total vs a province’s record: not compared',
      { count: 597, side: 'syria', population: 'all', ...monitor },
      [period(syria(597, '2025-07-16', { subset: 'place-sweida' }), '2025-07-13')],
      '2025-07-17',
      'no_data',
    ],
    [
      'a province’s toll of unknown scope meets its growing count since a recent date',
      { count: 600, qualifier: 'approx', figure: 'nearly 600', subset: 'place-sweida', side: 'syria', population: 'all', timeScope: null, ...monitor },
      [period(syria(320, '2025-07-14', { subset: 'place-sweida' }), '2025-07-13'), period(syria(597, '2025-07-16', { subset: 'place-sweida' }), '2025-07-13')],
      '2025-07-17',
      'corroborated',
    ],
  ])('%s', (...row) => {
    run(row, { conflicts: ['syria'] });
  });
});

describe('period totals are never read as running totals', () => {
  const janJul = period(estimate(150000, 190000, '2024-07-31', { category: 'casualties' }), '2024-01-01');
  const running = estimate(450000, 520000, '2024-08-05', { category: 'casualties', claimant: 'UK Defence Intelligence' });
  const base = { category: 'casualties' as const, side: 'russia', population: 'military' as const };
  it.each<Row>([
    ['a running total vs a January–July estimate only: not compared', { ...base, count: 500000, timeScope: 'cumulative' }, [janJul], '2024-08-10', 'unverified'],
    [
      'a running total vs the running estimate at that date: corroborated',
      { ...base, count: 500000, timeScope: 'cumulative' },
      [janJul, running],
      '2024-08-10',
      'corroborated',
      'running total',
    ],
    [
      '"around 250,000" running total is not corroborated by a period estimate',
      { ...base, count: 250000, qualifier: 'approx', figure: 'around 250,000', timeScope: 'cumulative' },
      [janJul],
      '2024-08-10',
      'unverified',
    ],
    [
      'a claim about this year’s losses meets the period estimate',
      { ...base, count: 170000, qualifier: 'approx', figure: 'about 170,000', timeScope: 'period' },
      [janJul, running],
      '2024-08-10',
      'corroborated',
      'period total',
    ],
    [
      'a period claim the period estimate contradicts: never disputed (which period is meant is uncertain)',
      { ...base, count: 20000, timeScope: 'period' },
      [janJul],
      '2024-08-10',
      'unverified',
    ],
    [
      'a period total published long before the article is not the one quoted',
      { ...base, count: 170000, qualifier: 'approx', figure: 'about 170,000', timeScope: 'period' },
      [janJul],
      '2024-12-10',
      'unverified',
    ],
    ['a week’s toll is not disputed by the whole-war total', { count: 1200, timeScope: 'period', ...un0 }, [un(182000, '2024-05-01')], '2024-05-03', 'no_data'],
    [
      'a week’s toll of unknown scope, far smaller than the total, is not set against it',
      { count: 1200, timeScope: null, ...un0 },
      [un(182000, '2024-05-01')],
      '2024-05-03',
      'no_data',
    ],
  ])('%s', (...row) => {
    run(row);
  });
});

describe('incidents never meet running totals', () => {
  const total = un(8000, '2024-05-01');
  it.each<Row>([
    ['an airstrike’s toll vs the running total', { count: 8000, timeScope: 'event', ...un0 }, [total], '2024-05-02', 'no_data', 'incident-level'],
    ['an airstrike’s toll from a party: unverified', { count: 12, timeScope: 'event' }, [total], '2024-05-02', 'unverified', 'same event'],
    ['a one-day toll far below the total, scope unknown', { count: 30, timeScope: null }, [total], '2024-05-02', 'unverified'],
    [
      'an incident with its own record two days away: corroborated',
      { count: 83, timeScope: 'event', ...un0 },
      [record({ best: 83, eventDate: '2024-05-01' })],
      '2024-05-03',
      'corroborated',
      'same incident',
    ],
    [
      'an incident record with another figure never disputes (another incident may be meant)',
      { count: 20, timeScope: 'event', ...un0 },
      [record({ best: 83, eventDate: '2024-05-01' })],
      '2024-05-02',
      'no_data',
    ],
  ])('%s', (...row) => {
    run(row);
  });
});

describe('running totals: only records current at the article’s date', () => {
  const daily = Array.from({ length: 60 }, (_, i) => un(1000 + i * 10, new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)));
  const monthly = [un(5000, '2024-01-31'), un(5600, '2024-02-29'), un(6100, '2024-03-31')];
  it.each<Row>([
    ['daily series, figure of 5 days before: corroborated', { count: 1540 }, daily, '2024-02-29', 'corroborated', '5 days before'],
    ['daily series, a figure only a 20-day-old record gave: the current records above it dispute it', { count: 1390 }, daily, '2024-02-29', 'disputed', 'as of 29 February 2024'],
    ['daily series, an estimate-like figure 20 days old with no current record: not compared', { count: 1390 }, daily.slice(0, 40), '2024-03-01', 'unverified'],
    ['daily series, far lower claim contradicted by every current record: disputed', { count: 500 }, daily, '2024-02-29', 'disputed'],
    ['daily series ended 45 days before the article: a stale record never disputes', { count: 500 }, daily, '2024-04-14', 'unverified'],
    ['monthly series, figure of 25 days before: still current', { count: 6100 }, monthly, '2024-04-25', 'corroborated', '25 days before'],
    ['monthly series, 40 days before: stale', { count: 6100 }, monthly, '2024-05-10', 'unverified'],
    ['a record published after the article is not used', { count: 6100 }, monthly, '2024-03-20', 'unverified'],
    ['a one-off estimate 3 weeks old is current', { count: 10000, side: 'russia', population: 'military' }, [estimate(7000, 15000, '2022-03-23')], '2022-04-14', 'corroborated'],
    ['a one-off estimate 2 months old is not', { count: 10000, side: 'russia', population: 'military' }, [estimate(7000, 15000, '2022-03-23')], '2022-05-25', 'unverified'],
  ])('%s', (...row) => {
    run(row);
  });
});

describe('disputed needs every comparable independent record against the claim, and the claim outside their span', () => {
  const low = estimate(2000, 4000, '2022-03-08', { claimant: 'US officials' });
  const high = estimate(30000, 40000, '2022-03-08', { claimant: 'Other estimate' });
  const floor = un(5000, '2022-03-08', { side: 'russia', population: 'military', claimant: 'Named-dead project', claimantType: 'independent' });
  const base = { side: 'russia', population: 'military' as const, count: 11000, qualifier: 'more_than' as const };
  it.each<Row>([
    ['one current estimate below the claim: disputed, and the reason names it', base, [low], '2022-03-08', 'disputed', 'US officials'],
    [
      'two current estimates, both below: disputed',
      base,
      [low, estimate(3000, 6000, '2022-03-07', { claimant: 'Third estimate' })],
      '2022-03-08',
      'disputed',
      'Every comparable independent record',
    ],
    ['estimates on both sides of the claim (a range that contains it): not disputed', { ...base, qualifier: 'exact' }, [low, high], '2022-03-08', 'unverified'],
    ['a verified floor below the claim does not rule it out: not disputed', base, [low, floor], '2022-03-08', 'unverified'],
    ['a claim below a verified floor: disputed', { ...base, count: 3000, qualifier: 'exact' }, [floor], '2022-03-08', 'disputed'],
    ['a claim above a verified floor only: unverified', { ...base, count: 9000, qualifier: 'exact' }, [floor], '2022-03-08', 'unverified'],
    ['whose dead unknown: may agree, never disputed', { ...base, side: null, population: null }, [low], '2022-03-08', 'unverified'],
    ['population unknown: never disputed', { ...base, population: null }, [low], '2022-03-08', 'unverified'],
    ['rounding: "more than 2,000" agrees with 2,000–4,000', { ...base, count: 2000 }, [low], '2022-03-08', 'corroborated'],
    ['a running total only grows: a higher claim a week after a record is not disputed by it', base, [low], '2022-03-15', 'unverified'],
    ['…but a lower claim a week after it is (the toll cannot have shrunk)', { ...base, count: 1000, qualifier: 'exact' }, [low], '2022-03-15', 'disputed'],
    ['a record of the same days bounds it both ways', base, [low], '2022-03-10', 'disputed'],
  ])('%s', (...row) => {
    run(row);
  });
});

describe('who stands behind the claim and the record', () => {
  const named = record({
    side: 'russia',
    population: 'military',
    best: 45123,
    asOf: '2024-02-23',
    claimant: 'BBC Russian Service + Mediazona',
    claimantType: 'media',
    figureKind: 'verified_floor',
  });
  it.each<Row>([
    [
      'the independent source’s own count is corroborated by its own record',
      { count: 45123, side: 'russia', population: 'military', claimant: 'BBC Russian Service', claimantType: 'media', claimantSide: 'russia' },
      [named],
      '2024-02-26',
      'corroborated',
      'claimant’s own published record',
    ],
    [
      'a named-dead record is independent of both sides: it corroborates Ukraine’s figure too',
      { count: 45000, qualifier: 'more_than', side: 'russia', population: 'military', claimant: 'Ukrainian officials', claimantSide: 'ukraine' },
      [named],
      '2024-02-26',
      'corroborated',
    ],
    [
      'a UN figure the dataset lacks: no data, never "only a party"',
      { count: 700, category: 'wounded', ...un0 },
      [un(10000, '2024-05-01')],
      '2024-05-03',
      'no_data',
      'TollCheck has no record of this count',
    ],
    [
      'a monitor’s figure the dataset lacks: no data',
      { count: 700, category: 'wounded', claimant: 'a rights monitor', claimantType: 'independent', claimantSide: null },
      [un(10000, '2024-05-01')],
      '2024-05-03',
      'no_data',
    ],
    [
      'a news agency’s own tally the dataset lacks: no data',
      { count: 700, category: 'wounded', claimant: 'an AFP tally', claimantType: 'media', claimantSide: null },
      [un(10000, '2024-05-01')],
      '2024-05-03',
      'no_data',
    ],
    [
      'a warring state’s news agency speaks for its side: unverified',
      { count: 700, category: 'wounded', claimant: 'TASS', claimantType: 'media', claimantSide: null },
      [un(10000, '2024-05-01')],
      '2024-05-03',
      'unverified',
    ],
    ['a party with no record at all: unverified', { count: 700 }, [], '2024-05-03', 'no_data'],
    ['a party with records of that conflict: unverified', { count: 700, category: 'wounded' }, [un(10000, '2024-05-01')], '2024-05-03', 'unverified', 'Only the source quoted'],
    [
      'nobody named: unverified',
      { count: 700, category: 'wounded', claimant: null, claimantType: 'unknown', claimantSide: null },
      [un(10000, '2024-05-01')],
      '2024-05-03',
      'unverified',
      'No named source',
    ],
    [
      'the UN relaying a party ministry’s count verbatim: unverified, naming whose count it is',
      { count: 40000, qualifier: 'more_than', side: 'palestinians', population: 'all', ...un0 },
      [
        record({
          conflict: 'israel-gaza',
          side: 'palestinians',
          population: 'all',
          best: 40000,
          asOf: '2024-08-15',
          claimant: 'Gaza Ministry of Health',
          claimantType: 'official',
          figureKind: 'reported',
        }),
      ],
      '2024-08-16',
      'unverified',
      'relays the count of Gaza Ministry of Health',
    ],
    [
      'a party’s own running figure quoted faithfully: unverified, and says so',
      { count: 11000, qualifier: 'more_than', side: 'russia', population: 'military', claimant: 'Ukraine', claimantSide: 'ukraine' },
      [partyClaim(11000, '2022-03-07')],
      '2022-03-08',
      'unverified',
      'it matches the figure',
    ],
    [
      'the other party’s claim never corroborates',
      { count: 11000, side: 'russia', population: 'military', claimant: 'Ukraine', claimantSide: 'ukraine' },
      [partyClaim(11000, '2022-03-07', { claimant: 'Russian Ministry of Defence' })],
      '2022-03-08',
      'unverified',
    ],
  ])('%s', (...row) => {
    const [, , , , status] = row;
    run(row, { conflicts: status === 'unverified' && row[0].includes('relaying') ? ['israel-gaza'] : ['russia-ukraine'] });
  });
});

describe('handovers: the same exchange, and never months apart on an undated page', () => {
  const bodies = (count: number, over: Partial<Claim> = {}) => ({ count, category: 'bodies' as const, population: 'military' as const, timeScope: 'event' as const, ...over });
  const exchanges = [
    handover(1000, '2025-07-17', 'ukraine'),
    handover(1000, '2025-09-18', 'ukraine'),
    handover(1000, '2025-10-23', 'ukraine'),
    handover(757, '2025-06-11', 'ukraine'),
  ];
  it.each<Row>([
    ['dated: the same day’s handover corroborates', bodies(1000), exchanges, '2025-07-17', 'corroborated', 'same handover'],
    ['dated: a handover 2 months away is another handover', bodies(1000), exchanges, '2025-08-20', 'unverified'],
    ['dated: a different figure the same day is disputed', bodies(600), exchanges, '2025-07-17', 'disputed'],
    ['dated: a different figure two days later may be another handover', bodies(600), exchanges, '2025-07-19', 'unverified'],
    ['undated: a figure matching handovers months apart is not corroborated', bodies(1000), exchanges, null, 'unverified', 'cannot be tied to one'],
    ['undated: a figure matching one handover only is corroborated', bodies(757), exchanges, null, 'corroborated'],
    ['undated: never disputed', bodies(600), exchanges, null, 'unverified'],
  ])('%s', (...row) => {
    run(row);
  });
});

describe('undated pages: a window from the text lets records of that time decide', () => {
  const series = [un(900, '2024-04-01'), un(1000, '2024-05-01'), un(1100, '2024-06-01'), un(1200, '2024-07-01')];
  const may: Frame = { from: dayNumber('2024-05-03'), to: dayNumber('2024-06-02'), basis: 'the latest date it mentions, 3 May 2024' };
  it.each<[string, Partial<Claim>, VerdictStatus, string]>([
    ['a figure of that time is corroborated, and the reason says how the time was judged', { count: 1000 }, 'corroborated', 'judging by the latest date it mentions'],
    ['a figure far off every record of the window is disputed', { count: 300 }, 'disputed', 'written between 3 May 2024 and 2 June 2024'],
    ['a figure of another time is not corroborated', { count: 1200 }, 'unverified', ''],
  ])('%s', (_name, over, status, words) => {
    run([_name, over, series, null, status, words], { window: may });
  });

  it('no window: nothing is disputed, and the reason says the date is unknown', () => {
    run(['', { count: 300 }, series, null, 'unverified', 'date is unknown']);
  });
});

describe('figures about another war, another time or a disaster get no conflict', () => {
  it.each<Row>([
    [
      'Soviet dead in Afghanistan, 1979–89',
      { count: 15000, side: 'russia', population: 'military', sentence: 'About 15,000 Soviet troops were killed in Afghanistan between 1979 and 1989.' },
      [partyClaim(15000, '2022-03-07')],
      '2022-03-08',
      'no_data',
      'Afghanistan',
    ],
    [
      'a figure dated only by years before the war',
      { count: 14000, sentence: 'Some 14,000 people were killed in the east from 2014 to 2021.', ...un0 },
      [un(14000, '2022-03-06')],
      '2022-03-08',
      'no_data',
      'before the Russia–Ukraine war began',
    ],
    [
      'the Second World War named in passing',
      { count: 8000000, sentence: 'Eight million Ukrainians died in the Second World War.', ...un0 },
      [un(406, '2022-03-06')],
      '2022-03-08',
      'no_data',
      'another war',
    ],
    [
      '"the deadliest day since 2014" still dates nothing to 2014',
      { count: 406, sentence: 'It was the deadliest week since 2014, with 406 civilians killed.', ...un0 },
      [un(406, '2022-03-06')],
      '2022-03-08',
      'corroborated',
    ],
    [
      'an earthquake’s toll in a country at war',
      { count: 5900, sentence: 'The earthquake killed at least 5,900 people in the north-west.', ...monitor },
      [syria(5900, '2023-02-10')],
      '2023-02-12',
      'no_data',
      'natural disaster',
    ],
    [
      'a strike after a flood is still the war’s',
      { count: 406, sentence: 'A missile strike near the flooded town killed 406 civilians, the UN said.', ...un0 },
      [un(406, '2022-03-06')],
      '2022-03-08',
      'corroborated',
    ],
  ])('%s', (...row) => {
    const conflicts = row[0].includes('earthquake') ? ['syria'] : ['russia-ukraine'];
    run(row, { conflicts });
  });
});

describe('reasons name the record compared, its date and why it is comparable', () => {
  it('corroborated: figure, source, date, age and the shared quantity', () => {
    const v = run(['', { count: 406, ...un0 }, [un(406, '2022-03-06')], '2022-03-08', 'corroborated']);
    expect(v.reason).toMatch(/OHCHR verified count of 406 killed \(civilian, Ukraine\) as of 6 March 2022, 2 days before the article: the same running total/);
    expect(v.references[0].best).toBe(406);
  });

  it('says when the dataset may be out of date for the article', () => {
    const v = run(['', { count: 700 }, [un(406, '2022-03-06')], '2022-09-08', 'unverified']);
    expect(v.reason).toContain('the dataset may be out of date');
    expect(v.reason).toContain('options page');
  });
});

describe('the window an undated text allows', () => {
  const series = [un(1000, '2024-05-01'), un(1100, '2024-06-01')];
  const index = buildIndex(series);
  const window = (text: string) => inferDateWindow(text, [], index, '2026-12-01');
  it.each<[string, string, string | null]>([
    ['the latest date it mentions', 'Officials met on 3 May 2024. Earlier, on 1 April 2024, talks failed.', '2024-05-03'],
    ['a month it mentions', 'The figures for June 2024 were published late.', '2024-06-01'],
    ['not the war’s start it recalls', 'Since the invasion of 24 February 2022, thousands have died.', null],
    ['not the start of a count', 'At least 300 have been killed since 13 July 2025 in the province.', null],
    ['not a date after today', 'The vote is planned for 3 March 2031.', null],
  ])('%s', (_name, text, from) => {
    const w = window(text);
    expect(w ? new Date(w.from * 86_400_000).toISOString().slice(0, 10) : null).toBe(from);
  });

  it('a handover pair matching one exchange dates the page, though each figure alone recurs', () => {
    const exchanges = buildIndex([
      handover(1000, '2025-07-17', 'ukraine'),
      handover(19, '2025-07-17', 'russia'),
      handover(1000, '2025-09-18', 'ukraine'),
      handover(24, '2025-09-18', 'russia'),
    ]);
    const bodies = (count: number, side: string) => ({ claim: claim({ count, side, category: 'bodies', population: 'military', timeScope: 'event' }), conflict: 'russia-ukraine' });
    const w = inferDateWindow('', [bodies(1000, 'ukraine'), bodies(19, 'russia')], exchanges);
    expect(w?.basis).toContain('17 July 2025');
    expect(inferDateWindow('', [bodies(1000, 'ukraine')], exchanges)).toBeNull();
  });

  it('a specific running figure of one series dates the page; a round or "more than" one does not', () => {
    const staff = buildIndex([partyClaim(477430, '2024-05-08'), partyClaim(478500, '2024-05-09'), partyClaim(20000, '2022-04-10')]);
    const russian = (over: Partial<Claim>) => ({ claim: claim({ side: 'russia', population: 'military', ...over }), conflict: 'russia-ukraine' });
    expect(inferDateWindow('', [russian({ count: 477430 })], staff)?.basis).toContain('8 May 2024');
    expect(inferDateWindow('', [russian({ count: 20000 })], staff)).toBeNull();
    expect(inferDateWindow('', [russian({ count: 477430, qualifier: 'more_than' })], staff)).toBeNull();
  });
});

describe('undated pages and period totals', () => {
  const quarter = period(un(436, '2024-05-31'), '2024-03-01');
  const other = period(un(436, '2025-05-31'), '2025-03-01');
  it.each<Row>([
    ['the very figure of one period total: corroborated', { count: 436, qualifier: 'at_least', timeScope: 'period', ...un0 }, [quarter], null, 'corroborated', 'period total'],
    ['a figure merely within reach of it: not enough without a date', { count: 430, qualifier: 'more_than', timeScope: 'period', ...un0 }, [quarter], null, 'no_data'],
    ['the same figure in two periods a year apart: cannot be tied to one', { count: 436, timeScope: 'period', ...un0 }, [quarter, other], null, 'no_data', 'cannot be tied to one'],
  ])('%s', (...row) => {
    run(row);
  });
});

describe('an incident or handover whose sentence names its day is matched on that day', () => {
  const oct7 = record({
    conflict: 'israel-gaza',
    side: 'israel',
    population: 'all',
    best: 1208,
    eventDate: '2023-10-07',
    claimant: 'AFP tally',
    claimantType: 'media',
    figureKind: 'reported',
  });
  const june14 = handover(254, '2024-06-14', 'ukraine');
  it.each<Row>([
    [
      'the attack of 7 October, months later',
      {
        count: 1200,
        qualifier: 'approx',
        figure: 'about 1,200',
        side: 'israel',
        population: 'all',
        timeScope: 'event',
        sentence: 'About 1,200 people were killed in the attack on October 7, Israeli officials say.',
      },
      [oct7],
      '2024-05-20',
      'corroborated',
      '7 October 2023',
    ],
    [
      'a handover "on 14 June", weeks later',
      { count: 254, category: 'bodies', population: 'military', timeScope: 'event', sentence: 'On 14 June, the bodies of 254 soldiers were returned.' },
      [june14],
      '2024-07-02',
      'corroborated',
      'same handover',
    ],
    [
      'another figure for that named day’s handover is disputed',
      { count: 300, category: 'bodies', population: 'military', timeScope: 'event', sentence: 'On 14 June, the bodies of 300 soldiers were returned.' },
      [june14],
      '2024-07-02',
      'disputed',
    ],
    [
      'with no day named, a handover weeks before the article is another one',
      { count: 254, category: 'bodies', population: 'military', timeScope: 'event', sentence: 'The bodies of 254 soldiers were returned.' },
      [june14],
      '2024-07-02',
      'unverified',
    ],
  ])('%s', (...row) => {
    run(row, { conflicts: row[0].includes('October') ? ['israel-gaza'] : ['russia-ukraine'] });
  });
});

describe('a running total dated the day after the article', () => {
  const series = [
    un(417, '2024-03-08', { population: 'all', side: 'palestinians', conflict: 'israel-west-bank' }),
    un(418, '2024-03-13', { population: 'all', side: 'palestinians', conflict: 'israel-west-bank' }),
  ];
  const base = { side: 'palestinians', population: 'all' as const, ...un0 };
  it.each<Row>([
    ['may be the update the article reports', { ...base, count: 418 }, series, '2024-03-12', 'corroborated', '1 day after the article'],
    ['never disputes a claim, and never saves one the earlier record rules out', { ...base, count: 300 }, series, '2024-03-12', 'disputed', '417'],
    ['two days after is another update', { ...base, count: 418 }, series, '2024-03-11', 'no_data'],
  ])('%s', (...row) => {
    run(row, { conflicts: ['israel-west-bank'] });
  });
});

describe('a growing count a few days before the article', () => {
  const ocha = (best: number, asOf: string) =>
    record({ conflict: 'israel-west-bank', side: 'palestinians', population: 'all', best, asOf, claimant: 'OCHA', claimantType: 'un', figureKind: 'reported' });
  const base = { side: 'palestinians', population: 'all' as const, ...un0 };
  it.each<Row>([
    ['a count one higher three days on is not disputed (the toll grew)', { ...base, count: 418 }, [ocha(417, '2024-03-08')], '2024-03-11', 'no_data'],
    ['a count below it is (the toll cannot shrink)', { ...base, count: 300 }, [ocha(417, '2024-03-08')], '2024-03-11', 'disputed'],
    ['on the article’s own day it bounds the claim both ways', { ...base, count: 500 }, [ocha(417, '2024-03-11')], '2024-03-11', 'disputed'],
  ])('%s', (...row) => {
    run(row, { conflicts: ['israel-west-bank'] });
  });
});
