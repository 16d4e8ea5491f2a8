import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { createDatasetStore, type DatasetStore } from '../../../lib/dataset/store';
import type { DatasetRecord } from '../../../lib/dataset/schema';
import { sampleDataset, sampleRecord } from './sample';

const bundled = sampleDataset('bundled-1', [sampleRecord('shipped-1'), sampleRecord('shipped-2')]);
const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => sampleRecord(`${prefix}-${i}`, { best: i, low: i, high: i }));
const ids = (records: DatasetRecord[]) => records.map((r) => r.id).sort();

let counter = 0;
let store: DatasetStore;
let dbName: string;
function freshStore(): DatasetStore {
  dbName = `test-dataset-${++counter}`;
  store = createDatasetStore({ name: dbName, bundled });
  return store;
}
afterEach(() => store?.close());

describe('dataset store', () => {
  it('serves the bundled dataset while nothing is installed, and says so', async () => {
    const active = await freshStore().getActive();
    expect(ids(active.records)).toEqual(['shipped-1', 'shipped-2']);
    expect(active.origin).toEqual({ kind: 'bundled', fallback: 'empty' });
    expect(await store.getPreviousMeta()).toBeNull();
  });

  it('installs a dataset and reads it back with its origin', async () => {
    freshStore();
    const next = sampleDataset('2');
    await store.install(next, { kind: 'file', name: 'update.json' });
    const active = await store.getActive();
    expect(ids(active.records)).toEqual(['a', 'b', 'c']);
    expect(active).toMatchObject({ header: { version: '2', name: 'Sample dataset' }, origin: { kind: 'file', name: 'update.json' }, count: 3 });
    expect(Date.parse(active.installedAt!)).not.toBeNaN();
    expect((await store.getPreviousMeta())?.origin).toEqual({ kind: 'bundled' });
  });

  it('writes large datasets in several transactions', async () => {
    freshStore();
    await store.install(sampleDataset('3', many('r', 2500)), { kind: 'url', url: 'https://example.org/data.json' });
    expect((await store.getActive()).records).toHaveLength(2500);
  });

  it('rolls back to the previous dataset and forward again', async () => {
    freshStore();
    await store.install(sampleDataset('1', many('one', 3)), { kind: 'file', name: 'one.json' });
    await store.install(sampleDataset('2', many('two', 4)), { kind: 'file', name: 'two.json' });
    await store.rollback();
    expect(ids((await store.getActive()).records)).toEqual(ids(many('one', 3)));
    await store.rollback();
    expect((await store.getActiveMeta()).header.version).toBe('2');
  });

  it('refuses to roll back when nothing came before', async () => {
    await expect(freshStore().rollback()).rejects.toThrow('no previous dataset');
  });

  it('restores the bundled dataset and keeps the replaced one for roll back', async () => {
    freshStore();
    await store.install(sampleDataset('5'), { kind: 'file', name: 'five.json' });
    await store.restoreBundled();
    const active = await store.getActive();
    expect(active.origin).toEqual({ kind: 'bundled' });
    expect(ids(active.records)).toEqual(['shipped-1', 'shipped-2']);
    expect((await store.getPreviousMeta())?.header.version).toBe('5');
  });

  it('keeps the previous dataset active when an install fails half-way', async () => {
    freshStore();
    await store.install(sampleDataset('1', many('old', 5)), { kind: 'file', name: 'old.json' });
    const broken = many('new', 2500);
    // A function cannot be stored: the write throws inside the third chunk, after two chunks committed.
    (broken[2200] as unknown as { extra: unknown }).extra = () => 1;
    await expect(store.install(sampleDataset('2', broken), { kind: 'file', name: 'new.json' })).rejects.toThrow('Nothing changed: the previous dataset is still active');
    const active = await store.getActive();
    expect(active.header.version).toBe('1');
    expect(ids(active.records)).toEqual(ids(many('old', 5)));
    const db = await openDB(dbName);
    expect(await db.count('records')).toBe(5);
    db.close();
  });

  it('lets concurrent readers see the old or the new dataset, never a mix', async () => {
    freshStore();
    await store.install(sampleDataset('1', many('old', 1500)), { kind: 'file', name: 'old.json' });
    const reads: Promise<DatasetRecord[]>[] = [];
    const install = store.install(sampleDataset('2', many('new', 1500)), { kind: 'file', name: 'new.json' });
    for (let i = 0; i < 20; i++) {
      reads.push(store.getActive().then((a) => a.records));
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await install;
    reads.push(store.getActive().then((a) => a.records));
    const prefixes = (await Promise.all(reads)).map((records) => [...new Set(records.map((r) => r.id.split('-')[0]))].join('+') + `:${records.length}`);
    expect(prefixes).toContain('old:1500');
    for (const seen of prefixes) expect(['old:1500', 'new:1500']).toContain(seen);
    expect(prefixes.at(-1)).toBe('new:1500');
  });

  it('falls back to the bundled dataset when the pointer is corrupt', async () => {
    freshStore();
    await store.install(sampleDataset('1'), { kind: 'file', name: 'x.json' });
    await store.close();
    const db = await openDB(dbName);
    await db.put('meta', { active: 42 }, 'pointer');
    db.close();
    const active = await store.getActive();
    expect(active.origin).toEqual({ kind: 'bundled', fallback: 'unreadable' });
    expect(ids(active.records)).toEqual(['shipped-1', 'shipped-2']);
  });

  it('falls back when the active slot lost records', async () => {
    freshStore();
    await store.install(sampleDataset('1'), { kind: 'file', name: 'x.json' });
    const slot = (await store.getActiveMeta()).slot;
    await store.close();
    const db = await openDB(dbName);
    await db.delete('records', [slot, 'b']);
    db.close();
    expect((await store.getActive()).origin).toEqual({ kind: 'bundled', fallback: 'unreadable' });
  });

  it('answers queries by conflict, category and side from the active slot', async () => {
    freshStore();
    expect(ids(await store.query({ conflict: 'russia-ukraine' }))).toEqual(['shipped-1', 'shipped-2']);
    await store.install(sampleDataset('2'), { kind: 'file', name: 'x.json' });
    expect(ids(await store.query({ conflict: 'russia-ukraine' }))).toEqual(['a', 'b']);
    expect(ids(await store.query({ conflict: 'russia-ukraine', category: 'bodies', side: 'ukraine' }))).toEqual(['b']);
    expect(ids(await store.query({ conflict: 'israel-gaza', category: 'killed' }))).toEqual(['c']);
    expect(await store.query({ conflict: 'sudan' })).toEqual([]);
  });

  it('removes datasets that are neither active nor previous', async () => {
    freshStore();
    for (const v of ['1', '2', '3']) await store.install(sampleDataset(v, many(`v${v}`, 10)), { kind: 'file', name: `${v}.json` });
    const db = await openDB(dbName);
    expect(await db.count('records')).toBe(20);
    expect(await db.count('slots')).toBe(2);
    db.close();
  });

  it('closes its connection when another page upgrades the database, instead of blocking it', async () => {
    freshStore();
    await store.install(sampleDataset('1'), { kind: 'file', name: 'x.json' });
    const newer = await openDB(dbName, 2);
    expect(newer.version).toBe(2);
    newer.close();
    // This build only knows version 1: it cannot read a newer database and falls back, saying so.
    expect((await store.getActive()).origin).toEqual({ kind: 'bundled', fallback: 'unreadable' });
  });
});
