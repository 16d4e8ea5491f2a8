import { describe, expect, it } from 'vitest';
import { coverage, diffDatasets } from '../../../lib/dataset/diff';
import { datasetToJson, parseDatasetJson } from '../../../lib/dataset/validate';
import { sampleDataset, sampleRecord } from './sample';

describe('diffDatasets', () => {
  it('lists added, changed and removed records by id', () => {
    const before = sampleDataset('1', [sampleRecord('keep'), sampleRecord('edit'), sampleRecord('drop')]);
    const after = sampleDataset('2', [sampleRecord('keep'), sampleRecord('edit', { best: 130, high: 130 }), sampleRecord('new')]);
    const diff = diffDatasets(before, after);
    expect(diff.added.map((r) => r.id)).toEqual(['new']);
    expect(diff.removed.map((r) => r.id)).toEqual(['drop']);
    expect(diff.changed.map((c) => [c.before.best, c.after.best])).toEqual([[120, 130]]);
  });

  it('treats an absent optional field as equal to null, but a changed caveat as a change', () => {
    const base = sampleRecord('x', { caveat: undefined });
    expect(diffDatasets({ records: [base] }, { records: [{ ...base, caveat: null, region: null }] }).changed).toEqual([]);
    expect(diffDatasets({ records: [base] }, { records: [{ ...base, caveat: 'New caveat.' }] }).changed).toHaveLength(1);
  });

  it('finds nothing to change after a JSON export and import', () => {
    const original = sampleDataset();
    const back = parseDatasetJson(datasetToJson(original));
    if (!back.ok) throw new Error(back.problems.join('\n'));
    expect(diffDatasets(original, back.dataset)).toEqual({ added: [], changed: [], removed: [] });
    expect(back.dataset).toEqual(original);
  });
});

describe('coverage', () => {
  it('counts records per conflict with their date range and kinds of figure, largest first', () => {
    const dataset = sampleDataset('1', [
      sampleRecord('a', { time: { kind: 'cumulative', periodStart: null, asOf: '2024-03-01' } }),
      sampleRecord('b', { time: { kind: 'event', eventDate: '2022-06-02' }, figureKind: 'exchange_record' }),
      sampleRecord('c', { conflict: 'sudan', side: 'all', figureKind: 'party_claim' }),
    ]);
    expect(coverage(dataset)).toEqual([
      {
        conflict: 'russia-ukraine',
        records: 2,
        from: '2022-06-02',
        to: '2024-03-01',
        kinds: { verified_floor: 1, exchange_record: 1 },
        months: { verified_floor: ['2024-03'], exchange_record: ['2022-06'] },
      },
      { conflict: 'sudan', records: 1, from: '2024-05-01', to: '2024-05-01', kinds: { party_claim: 1 }, months: { party_claim: ['2024-05'] } },
    ]);
  });

  it('a change of subset alone is a change', () => {
    const before = sampleDataset('1', [sampleRecord('a')]);
    const after = sampleDataset('2', [sampleRecord('a', { subset: 'children' })]);
    expect(diffDatasets(before, after).changed.map((c) => c.after.id)).toEqual(['a']);
  });
});
