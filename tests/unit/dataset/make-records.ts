/** Builds schema-valid synthetic records for UI tests and benchmarks; the figures mean nothing. */
import type { DatasetRecord } from '../../../lib/dataset/schema';
import { CATEGORIES } from '../../../lib/claim';

export function makeRecord(i: number, over: Partial<DatasetRecord> = {}): DatasetRecord {
  const conflicts = ['sudan', 'myanmar', 'russia-ukraine', 'israel-gaza'];
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  return {
    id: `rec-${i}`,
    conflict: conflicts[i % conflicts.length],
    country: null,
    category: CATEGORIES[i % CATEGORIES.length],
    population: i % 2 ? 'civilian' : 'military',
    side: i % 3 ? 'north' : 'south',
    best: (i * 7919) % 100_000,
    low: 0,
    high: 1_000_000,
    time: i % 5 ? { kind: 'cumulative', periodStart: null, asOf: `2025-${month}-${day}` } : { kind: 'event', eventDate: `2024-${month}-${day}` },
    claimant: i % 4 ? 'Monitoring group' : 'Health ministry',
    claimantType: i % 4 ? 'independent' : 'official',
    figureKind: 'reported',
    source: { name: `Source ${i}`, url: `https://example.org/${i}`, published: null },
    ...over,
  };
}

export function makeRecords(n: number): DatasetRecord[] {
  return Array.from({ length: n }, (_, i) => makeRecord(i));
}
