/**
 * Dataset store timings in Node with fake-indexeddb (much slower than a browser's IndexedDB, so
 * read the figures as relative: before/after a change, not what a user waits). Chromium's figure
 * comes from the opt-in real-browser test tests/e2e/options-large.test.ts.
 */
import 'fake-indexeddb/auto';
import { BUNDLED_DATASET } from '../../lib/dataset/bundled';
import { bundledFrom, createDatasetStore } from '../../lib/dataset/store';
import type { Dataset } from '../../lib/dataset/schema';
import { makeRecords } from '../../tests/unit/dataset/make-records';
import type { BenchSection } from './section';

const N = 50_000;

function dataset(version: string): Dataset {
  return { format: 1, name: 'Bench dataset', version, published: '2026-01-01', licence: 'CC0', description: 'Synthetic records.', sources: [], records: makeRecords(N) };
}

async function ms(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

const line = (label: string, took: number, records = N) =>
  `${label.padEnd(40)} ${took.toFixed(0).padStart(7)} ms  ${Math.round(records / (took / 1000))
    .toLocaleString('en')
    .padStart(10)} records/s`;

const section: BenchSection = {
  title: `dataset store: ${N.toLocaleString('en')} records (fake-indexeddb)`,
  async run() {
    const store = createDatasetStore({ name: `bench-store-${Date.now()}`, bundled: bundledFrom(BUNDLED_DATASET) });
    const lines: string[] = [];
    try {
      lines.push(line('install (first)', await ms(() => store.install(dataset('1'), { kind: 'file', name: 'one.json' }))));
      // The second install also clears nothing yet; the third removes the first dataset's slot.
      lines.push(line('install (second)', await ms(() => store.install(dataset('2'), { kind: 'file', name: 'two.json' }))));
      lines.push(line('install (third, drops the first)', await ms(() => store.install(dataset('3'), { kind: 'file', name: 'three.json' }))));
      let count = 0;
      lines.push(line('getActive (read every record)', await ms(async () => (count = (await store.getActive()).records.length))));
      if (count !== N) throw new Error(`read back ${count} records, expected ${N}`);
      lines.push(line('query one conflict (first, cold)', await ms(() => store.query({ conflict: 'sudan' }))));
      lines.push(line('query one conflict + category + side', await ms(() => store.query({ conflict: 'sudan', category: 'killed', side: 'north' }))));
      lines.push(line('rollback', await ms(() => store.rollback()), 1).replace(/ +\S+ records\/s$/, ''));
    } finally {
      await store.close();
    }
    return lines;
  },
};

export default section;
