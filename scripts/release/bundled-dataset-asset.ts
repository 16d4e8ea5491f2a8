/**
 * The bundled dataset as the data files the extension ships: its catalogue (`dataset/catalogue.json`:
 * header, conflicts, record order) and one file of records per conflict, from lib/dataset/bundled/,
 * validated. Written by the build hook in wxt.config.ts; the worker reads the catalogue and then
 * only the conflicts a page is about (lib/extension/dataset-store.ts).
 */
import * as v from 'valibot';
import { BUNDLED_DATASET } from '../../lib/dataset/bundled';
import { CONFLICT_ID, splitByConflict } from '../../lib/dataset/catalogue';
import { DatasetSchema } from '../../lib/dataset/schema';
import { BUNDLED_CATALOGUE, bundledConflictFile } from '../../lib/extension/bundled-asset';

export function bundledDatasetAssets(): { relativeDest: string; contents: string }[] {
  const checked = v.safeParse(DatasetSchema, BUNDLED_DATASET);
  if (!checked.success)
    throw new Error(
      `The bundled dataset does not validate: ${checked.issues
        .slice(0, 3)
        .map((i) => `${v.getDotPath(i)} ${i.message}`)
        .join('; ')} (run npm run dataset:check)`,
    );
  const { catalogue, records } = splitByConflict(BUNDLED_DATASET);
  const bad = catalogue.conflicts.find((c) => !CONFLICT_ID.test(c.id));
  if (bad) throw new Error(`The bundled dataset's conflict id "${bad.id}" cannot name a file; use a slug such as russia-ukraine.`);
  return [
    { relativeDest: BUNDLED_CATALOGUE, contents: JSON.stringify(catalogue) },
    ...[...records].map(([id, list]) => ({ relativeDest: bundledConflictFile(id), contents: JSON.stringify(list) })),
  ];
}
