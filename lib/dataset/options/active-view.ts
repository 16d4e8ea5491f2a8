/**
 * The active dataset as the options page shows it: the store's summary plus what the summary's
 * coverage and the records table need, prepared in slices before the page draws it, so reading
 * 50,000 records back after an install (or on opening the page) never holds the page in one render.
 */
import { coverage, type ConflictCoverage } from '../diff';
import type { Steps } from '../slices';
import type { ActiveState } from './store-port';
import { toRowsSteps, type TableRow } from './table-model';

export interface ActiveView extends ActiveState {
  coverage: ConflictCoverage[];
  rows: TableRow[];
}

export function* activeViewSteps(state: ActiveState): Steps<ActiveView> {
  const rows = yield* toRowsSteps(state.dataset.records);
  const total = state.dataset.records.length;
  yield { step: 'loading', done: total, total };
  return { ...state, rows, coverage: coverage(state.dataset) };
}
