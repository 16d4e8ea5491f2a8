/**
 * The bundled dataset as the data file the extension ships (`dataset/bundled.json`): the header
 * and every record of lib/dataset/bundled/, validated, in file order. Written by the build hook in
 * wxt.config.ts; the extension reads it with fetch (lib/extension/dataset-store.ts).
 */
import * as v from 'valibot';
import { BUNDLED_DATASET } from '../../lib/dataset/bundled';
import { DatasetSchema } from '../../lib/dataset/schema';
import { BUNDLED_ASSET } from '../../lib/extension/bundled-asset';

export function bundledDatasetAsset(): { relativeDest: string; contents: string } {
  const checked = v.safeParse(DatasetSchema, BUNDLED_DATASET);
  if (!checked.success)
    throw new Error(
      `The bundled dataset does not validate: ${checked.issues
        .slice(0, 3)
        .map((i) => `${v.getDotPath(i)} ${i.message}`)
        .join('; ')} (run npm run dataset:check)`,
    );
  return { relativeDest: BUNDLED_ASSET, contents: JSON.stringify(BUNDLED_DATASET) };
}
