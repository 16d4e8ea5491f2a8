/** An import that passed every check, with what applying it would change: the preview's model. */
import { coverage, diffDatasets, type ConflictCoverage, type DatasetDiff } from '../diff';
import type { Dataset } from '../schema';
import type { ImportSource } from './store-port';

export interface Candidate {
  dataset: Dataset;
  source: ImportSource;
  /** Where it came from, as shown to the user ("file d.csv", "https://…"). */
  from: string;
  diff: DatasetDiff;
  coverage: ConflictCoverage[];
}

/** Compares a validated dataset with the active one (none yet: every record counts as added). */
export function makeCandidate(dataset: Dataset, source: ImportSource, from: string, active: Pick<Dataset, 'records'> | null): Candidate {
  return { dataset, source, from, diff: diffDatasets(active ?? { records: [] }, dataset), coverage: coverage(dataset) };
}
