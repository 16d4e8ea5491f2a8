import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../../lib/dataset/bundled';
import { isCatalogue, joinConflicts, splitByConflict } from '../../../lib/dataset/catalogue';
import { sampleDataset, sampleRecord } from './sample';

describe('a dataset split by conflict', () => {
  // Records of two conflicts interleaved, as a hand-kept file might hold them.
  const interleaved = sampleDataset('3', [
    sampleRecord('u1'),
    sampleRecord('g1', { conflict: 'israel-gaza', side: 'palestinians' }),
    sampleRecord('g2', { conflict: 'israel-gaza', side: 'palestinians' }),
    sampleRecord('u2'),
    sampleRecord('s1', { conflict: 'sudan', side: 'sudan' }),
    sampleRecord('u3'),
  ]);

  it('lists each conflict once with its count, in order of its first record', () => {
    const { catalogue, records } = splitByConflict(interleaved);
    expect(catalogue.conflicts).toEqual([
      { id: 'russia-ukraine', count: 3 },
      { id: 'israel-gaza', count: 2 },
      { id: 'sudan', count: 1 },
    ]);
    expect(records.get('russia-ukraine')!.map((r) => r.id)).toEqual(['u1', 'u2', 'u3']);
    expect(catalogue.runs).toEqual([
      [0, 1],
      [1, 2],
      [0, 1],
      [2, 1],
      [0, 1],
    ]);
    expect(catalogue.header).not.toHaveProperty('records');
    expect(isCatalogue(catalogue)).toBe(true);
  });

  it('joins back into exactly the dataset it was cut from, the bundled one too', () => {
    for (const dataset of [interleaved, BUNDLED_DATASET]) {
      const { catalogue, records } = splitByConflict(dataset);
      expect(joinConflicts(JSON.parse(JSON.stringify(catalogue)), records)).toEqual(dataset);
    }
  });

  it('refuses to join when a conflict lost records, rather than serve part of the dataset', () => {
    const { catalogue, records } = splitByConflict(interleaved);
    records.set('israel-gaza', records.get('israel-gaza')!.slice(1));
    expect(() => joinConflicts(catalogue, records)).toThrow(/israel-gaza.*incomplete/);
    records.delete('sudan');
    expect(() => joinConflicts(catalogue, records)).toThrow(/incomplete/);
  });

  it('tells a damaged catalogue from a sound one', () => {
    const { catalogue } = splitByConflict(interleaved);
    expect(isCatalogue({ ...catalogue, conflicts: [{ id: '../escape', count: 1 }] })).toBe(false);
    expect(isCatalogue({ ...catalogue, runs: [[7, 1]] })).toBe(false);
    expect(isCatalogue({ ...catalogue, header: null })).toBe(false);
    expect(isCatalogue(null)).toBe(false);
  });
});
