import { expect, test } from 'vitest';
import { BUNDLED_DATASET } from '../../../../lib/dataset/bundled';
import { isCatalogue, joinConflicts } from '../../../../lib/dataset/catalogue';
import type { DatasetRecord } from '../../../../lib/dataset/schema';
import { BUNDLED_CATALOGUE, bundledConflictFile } from '../../../../lib/extension/bundled-asset';
import { bundledDatasetAssets } from '../../../../scripts/release/bundled-dataset-asset';

test('the packaged files are a catalogue and one file per conflict that join back into the bundled dataset', () => {
  const files = new Map(bundledDatasetAssets().map((f) => [f.relativeDest, JSON.parse(f.contents) as unknown]));
  const catalogue = files.get(BUNDLED_CATALOGUE);
  if (!isCatalogue(catalogue)) throw new Error('no sound catalogue among the packaged files');
  expect(files.size).toBe(catalogue.conflicts.length + 1);
  const parts = new Map(catalogue.conflicts.map(({ id }) => [id, files.get(bundledConflictFile(id)) as DatasetRecord[]]));
  for (const [id, records] of parts) expect(records.every((r) => r.conflict === id)).toBe(true);
  expect(joinConflicts(catalogue, parts)).toEqual(BUNDLED_DATASET);
  // The war pages are mostly about is a fraction of the whole: what a cold worker parses for them.
  const share = files.get(bundledConflictFile('russia-ukraine'))!;
  expect((share as DatasetRecord[]).length).toBeLessThan(BUNDLED_DATASET.records.length / 2);
});
