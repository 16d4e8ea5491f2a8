/**
 * The extension's dataset store reading the bundled dataset from its packaged files (a catalogue
 * and one file per conflict), with fetch answered from the files the build would write.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_DATASET } from '../../../lib/dataset/bundled';
import { bundledDatasetAssets } from '../../../scripts/release/bundled-dataset-asset';

const packaged = new Map(bundledDatasetAssets().map((f) => [f.relativeDest, f.contents]));
let files: Map<string, string>;
const fetched: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  files = new Map(packaged);
  fetched.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const file = new URL(url).pathname.slice(1);
      fetched.push(file);
      const body = files.get(file);
      return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

/** A fresh copy of the module (its store and its prefetch are module state), over an empty database. */
async function freshStore() {
  const { datasetStore } = await import('../../../lib/extension/dataset-store');
  return datasetStore;
}

test('a page about one war reads the catalogue and that war’s file only', async () => {
  const store = await freshStore();
  const active = await store.activeConflicts();
  expect(active.slot).toBe('bundled');
  expect(active.conflicts.has('israel-gaza')).toBe(true);
  const read = await store.conflictRecords(active.slot, ['russia-ukraine']);
  expect(read.get('russia-ukraine')).toEqual(BUNDLED_DATASET.records.filter((r) => r.conflict === 'russia-ukraine'));
  expect(fetched).toEqual(['dataset/catalogue.json', 'dataset/conflicts/russia-ukraine.json']);
  // Read once: a second page about the same war fetches nothing.
  await store.conflictRecords(active.slot, ['russia-ukraine']);
  expect(fetched).toHaveLength(2);
  await store.close();
});

test('the options page gets the whole bundled dataset back in its own order', async () => {
  const store = await freshStore();
  const active = await store.getActive();
  expect(active.origin).toEqual({ kind: 'bundled', fallback: 'empty' });
  expect(active.records).toEqual(BUNDLED_DATASET.records);
  await store.close();
});

test('a missing or damaged packaged file says to reinstall, and is tried again on the next read', async () => {
  files.delete('dataset/conflicts/sudan.json');
  files.set('dataset/conflicts/syria.json', packaged.get('dataset/conflicts/yemen.json')!);
  const store = await freshStore();
  await expect(store.conflictRecords('bundled', ['sudan'])).rejects.toThrow(/could not be read \(404\); reinstall the extension/);
  await expect(store.conflictRecords('bundled', ['syria'])).rejects.toThrow(/damaged; reinstall the extension/);
  files.set('dataset/conflicts/sudan.json', packaged.get('dataset/conflicts/sudan.json')!);
  expect((await store.conflictRecords('bundled', ['sudan'])).get('sudan')!.length).toBeGreaterThan(0);
  await store.close();
});
