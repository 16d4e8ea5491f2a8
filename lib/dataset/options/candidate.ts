/** An import that passed every check, with what applying it would change: the preview's model. */
import { coverage, diffDatasetsSteps, type ConflictCoverage, type DatasetDiff } from '../diff';
import type { Dataset } from '../schema';
import { runNow, type Steps } from '../slices';
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
  return runNow(candidateSteps(dataset, source, from, active));
}

/** `makeCandidate` as steps (lib/dataset/slices.ts); coverage gets a slice of its own. */
export function* candidateSteps(dataset: Dataset, source: ImportSource, from: string, active: Pick<Dataset, 'records'> | null): Steps<Candidate> {
  const diff = yield* diffDatasetsSteps(active ?? { records: [] }, dataset);
  yield { step: 'comparing', done: dataset.records.length, total: dataset.records.length };
  return { dataset, source, from, diff, coverage: coverage(dataset) };
}
