/** Small hand-made claims and records for verification tests (no dependency on the bundled data). */
import type { Claim } from '../../../lib/claim';
import type { DatasetRecord } from '../../../lib/dataset/schema';

export function claim(over: Partial<Claim>): Claim {
  const count = over.count ?? 100;
  return {
    start: 0,
    end: 3,
    figure: String(count),
    sentence: 'A figure in a sentence.',
    count,
    countHigh: null,
    qualifier: 'exact',
    category: 'killed',
    party: null,
    side: 'ukraine',
    population: 'civilian',
    claimant: 'Ukrainian officials',
    claimantType: 'belligerent',
    claimantSide: 'ukraine',
    timeScope: 'cumulative',
    subset: null,
    ...over,
  };
}

type RecordSpec = Partial<Omit<DatasetRecord, 'time'>> & { asOf?: string; eventDate?: string };

let next = 0;
export function record(spec: RecordSpec): DatasetRecord {
  const { asOf, eventDate, ...rest } = spec;
  const best = rest.best ?? 100;
  return {
    id: `t-${next++}`,
    conflict: 'russia-ukraine',
    country: 'Ukraine',
    category: 'killed',
    population: 'civilian',
    side: 'ukraine',
    low: rest.low ?? best,
    high: rest.high ?? best,
    claimant: 'OHCHR',
    claimantType: 'un',
    figureKind: 'verified_floor',
    source: { name: 'Test source', url: 'https://example.org/source', published: null },
    ...rest,
    best,
    time: eventDate ? { kind: 'event', eventDate } : { kind: 'cumulative', periodStart: null, asOf: asOf ?? '2022-03-06' },
  };
}

export const un = (best: number, asOf: string, over: RecordSpec = {}) => record({ best, asOf, ...over });
export const estimate = (low: number, high: number, asOf: string, over: RecordSpec = {}) =>
  record({
    best: Math.round((low + high) / 2),
    low,
    high,
    asOf,
    claimant: 'NATO',
    claimantType: 'intelligence',
    figureKind: 'statistical_estimate',
    side: 'russia',
    population: 'military',
    ...over,
  });
export const handover = (best: number, eventDate: string, side: string, over: RecordSpec = {}) =>
  record({
    best,
    eventDate,
    side,
    category: 'bodies',
    population: 'military',
    claimant: 'Coordination Headquarters (Ukraine)',
    claimantType: 'belligerent',
    figureKind: 'exchange_record',
    ...over,
  });
export const partyClaim = (best: number, asOf: string, over: RecordSpec = {}) =>
  record({
    best,
    asOf,
    side: 'russia',
    population: 'military',
    claimant: 'General Staff of the Armed Forces of Ukraine',
    claimantType: 'belligerent',
    figureKind: 'party_claim',
    ...over,
  });
