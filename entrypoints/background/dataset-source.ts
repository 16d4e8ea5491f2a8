/**
 * Where the background gets the dataset to check against: the dataset store's active dataset
 * (the user's, or the bundled one when none is installed or the store cannot be read).
 */
import { toDataset } from '../../lib/dataset/store';
import { datasetStore } from '../../lib/extension/dataset-store';
import type { Dataset } from '../../lib/dataset/schema';

export async function loadActiveDataset(): Promise<Dataset> {
  return toDataset(await datasetStore.getActive());
}
