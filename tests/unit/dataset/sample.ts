/** A small hand-written dataset for validation, CSV and store tests (figures invented). */
import type { Dataset, DatasetRecord } from '../../../lib/dataset/schema';

export function sampleRecord(id: string, overrides: Partial<DatasetRecord> = {}): DatasetRecord {
  return {
    id,
    conflict: 'russia-ukraine',
    country: 'Ukraine',
    category: 'killed',
    population: 'civilian',
    side: 'ukraine',
    best: 120,
    low: 120,
    high: 120,
    time: { kind: 'cumulative', periodStart: null, asOf: '2024-05-01' },
    claimant: 'Test Monitoring Mission',
    claimantType: 'un',
    figureKind: 'verified_floor',
    source: { name: 'Test bulletin 2 May 2024', url: 'https://example.org/bulletin', published: '2024-05-02' },
    caveat: 'Verified minimum.',
    ...overrides,
  };
}

export function sampleDataset(version = '1', records?: DatasetRecord[]): Dataset {
  return {
    format: 1,
    name: 'Sample dataset',
    version,
    published: '2024-05-03',
    licence: 'CC BY 4.0',
    description: 'Made-up records for tests.',
    sources: [{ name: 'Test bulletin', url: 'https://example.org/' }],
    records: records ?? [
      sampleRecord('a'),
      sampleRecord('b', {
        category: 'bodies',
        population: 'military',
        figureKind: 'exchange_record',
        claimantType: 'belligerent',
        best: 500,
        low: 500,
        high: 500,
        time: { kind: 'event', eventDate: '2024-04-20' },
      }),
      sampleRecord('c', {
        conflict: 'israel-gaza',
        side: 'palestinians',
        best: 3000,
        low: 2500,
        high: 4000,
        region: 'Gaza Strip',
        note: '=1+1 looks like a formula but is a note, "quoted", with commas.',
        reportedAs: ['casualties'],
      }),
    ],
  };
}
