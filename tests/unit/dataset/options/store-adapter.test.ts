/** The options page's view of a real store (over fake IndexedDB): labels for origin and roll back. */
import { afterEach, describe, expect, it } from 'vitest';
import { bundledFrom, createDatasetStore, type DatasetStore } from '../../../../lib/dataset/store';
import { createStoreAdapter } from '../../../../lib/dataset/options/store-adapter';
import { sampleDataset, sampleRecord } from '../sample';

let store: DatasetStore;
let counter = 0;
const bundled = sampleDataset('shipped-7', [sampleRecord('a'), sampleRecord('b')]);
function adapter() {
  store = createDatasetStore({ name: `adapter-test-${++counter}`, bundled: bundledFrom(bundled) });
  return createStoreAdapter(store);
}
afterEach(() => store?.close());

describe('createStoreAdapter', () => {
  it('names the bundled dataset and offers no roll back before anything was installed', async () => {
    const state = await adapter().load();
    expect(state.isBundled).toBe(true);
    expect(state.previous).toBeNull();
    expect(state.summary).toMatchObject({ version: 'shipped-7', records: 2, origin: 'Bundled with TollCheck', installedAt: null });
  });

  it('after an install, shows where it came from and names the bundled one as what roll back restores', async () => {
    const port = adapter();
    await port.install(sampleDataset('8', [sampleRecord('c')]), { kind: 'url', url: 'https://example.org/d.json' });
    const state = await port.load();
    expect(state.isBundled).toBe(false);
    expect(state.summary).toMatchObject({ version: '8', records: 1, origin: 'https://example.org/d.json' });
    expect(state.summary.installedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(state.previous).toBe('bundled version shipped-7');
    const installed = await port.install(sampleDataset('9'), { kind: 'file', name: 'next.csv' });
    expect(installed).toMatchObject({ summary: { origin: 'file next.csv' }, previous: 'version 8' });
    // What install gives without reading the records back is what reading the store gives.
    expect(installed).toEqual(await port.load());
    await port.rollback();
    expect((await port.load()).summary.version).toBe('8');
  });
});
