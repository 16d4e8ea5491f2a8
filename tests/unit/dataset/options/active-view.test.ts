import { describe, expect, it } from 'vitest';
import { activeViewSteps } from '../../../../lib/dataset/options/active-view';
import { coverage } from '../../../../lib/dataset/diff';
import { toRows } from '../../../../lib/dataset/options/table-model';
import { runInSlices } from '../../../../lib/dataset/slices';
import type { ActiveState } from '../../../../lib/dataset/options/store-port';
import { makeRecords } from '../make-records';

describe('activeViewSteps', () => {
  it('prepares the table rows and coverage in slices, the same as computing them at once', async () => {
    const records = makeRecords(1000);
    const state: ActiveState = {
      dataset: { format: 1, name: 'n', version: '1', published: '2026-01-01', licence: 'CC0', description: 'd', sources: [], records },
      summary: { name: 'n', version: '1', published: '2026-01-01', licence: 'CC0', records: 1000, origin: 'file x', installedAt: null },
      isBundled: false,
      previous: null,
    };
    let pauses = 0;
    const view = await runInSlices(activeViewSteps(state), { budgetMs: 0, pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThan(3);
    expect(view.rows).toEqual(toRows(records));
    expect(view.coverage).toEqual(coverage(state.dataset));
    expect(view.summary).toBe(state.summary);
  });
});
