import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB, type IDBPDatabase } from 'idb';
import { bundledFrom, createDatasetStore, type DatasetStore } from '../../../lib/dataset/store';
import type { DatasetRecord } from '../../../lib/dataset/schema';
import type { SlotMeta } from '../../../lib/dataset/store';
import { sampleDataset, sampleRecord } from './sample';

const bundled = sampleDataset('bundled-1', [sampleRecord('shipped-1'), sampleRecord('shipped-2')]);
const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => sampleRecord(`${prefix}-${i}`, { best: i, low: i, high: i }));
const ids = (records: DatasetRecord[]) => records.map((r) => r.id).sort();

/** The slots that have rows in the store, read directly. */
async function storedSlots(): Promise<string[]> {
  const db = await openDB(dbName);
  const keys = (await db.getAllKeys('chunks')) as [string, number][];
  db.close();
  return [...new Set(keys.map(([slot]) => slot))].sort();
}

let counter = 0;
let store: DatasetStore;
let dbName: string;
function freshStore(): DatasetStore {
  dbName = `test-dataset-${++counter}`;
  store = createDatasetStore({ name: dbName, bundled: bundledFrom(bundled) });
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

  it('tells how many records are written after each write transaction', async () => {
    freshStore();
    const written: [number, number][] = [];
    await store.install(sampleDataset('big', many('r', 12_345)), { kind: 'file', name: 'big.json' }, (done, total) => written.push([done, total]));
    // 13 rows of up to 1,000 records, five rows a transaction: three transactions.
    expect(written).toEqual([
      [5000, 12_345],
      [10_000, 12_345],
      [12_345, 12_345],
    ]);
    expect((await store.getActive()).records).toHaveLength(12_345);
  });

  it('writes large datasets in several rows and reads them back in file order', async () => {
    freshStore();
    const records = many('r', 12_345);
    await store.install(sampleDataset('3', records), { kind: 'url', url: 'https://example.org/data.json' });
    expect((await store.getActive()).records).toEqual(records);
  });

  it('moves a dataset installed by the one-row-per-record version (1) into the chunked layout', async () => {
    dbName = `test-dataset-${++counter}`;
    const v1 = await openDB(dbName, 1, {
      upgrade(db) {
        const records = db.createObjectStore('records', { keyPath: ['slot', 'id'] });
        records.createIndex('bySlot', 'slot');
        db.createObjectStore('slots', { keyPath: 'slot' });
        db.createObjectStore('meta');
      },
    });
    const { records, ...header } = sampleDataset('7', many('old', 2100));
    const slot = 'slot-old-abcdef';
    await v1.put('slots', { slot, header, origin: { kind: 'file', name: 'old.json' }, installedAt: '2026-01-01T00:00:00.000Z', count: records.length });
    await v1.put('meta', { active: slot, previous: 'bundled' }, 'pointer');
    const tx = v1.transaction('records', 'readwrite');
    for (const record of records) void tx.store.put({ slot, id: record.id, record });
    await tx.done;
    v1.close();

    store = createDatasetStore({ name: dbName, bundled: bundledFrom(bundled) });
    const active = await store.getActive();
    expect(active).toMatchObject({ slot, header: { version: '7' }, origin: { kind: 'file', name: 'old.json' }, count: 2100 });
    expect(ids(active.records)).toEqual(ids(records));
    expect(await storedSlots()).toEqual([slot]);
    await store.close();
    const db = await openDB(dbName);
    expect([...db.objectStoreNames].sort()).toEqual(['chunks', 'meta', 'slots']);
    db.close();
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
    const oldSlot = (await store.getActiveMeta()).slot;
    const broken = many('new', 12_000);
    // A function cannot be stored: the write throws in the third transaction, after two committed.
    (broken[11_000] as unknown as { extra: unknown }).extra = () => 1;
    await expect(store.install(sampleDataset('2', broken), { kind: 'file', name: 'new.json' })).rejects.toThrow('Nothing changed: the previous dataset is still active');
    const active = await store.getActive();
    expect(active.header.version).toBe('1');
    expect(ids(active.records)).toEqual(ids(many('old', 5)));
    expect(await storedSlots()).toEqual([oldSlot]);
  });

  it('ignores an install interrupted before the switch, and removes what it wrote once it is old', async () => {
    freshStore();
    await store.install(sampleDataset('1', many('old', 5)), { kind: 'file', name: 'old.json' });
    await store.close();
    // What a page closed mid-install leaves: rows of a slot started an hour ago, with no metadata.
    const stale = `slot-${(Date.now() - 3_600_000).toString(36)}-abcdef`;
    const db = await openDB(dbName);
    await db.put('chunks', { slot: stale, index: 0, records: many('half', 1000) });
    db.close();
    expect(ids((await store.getActive()).records)).toEqual(ids(many('old', 5)));
    await store.install(sampleDataset('2', many('next', 5)), { kind: 'file', name: 'next.json' });
    expect(await storedSlots()).not.toContain(stale);
  });

  it('stages records in relaxed transactions and moves the pointer in one strict transaction', async () => {
    freshStore();
    await store.getActiveMeta();
    const opened = vi.spyOn(IDBDatabase.prototype, 'transaction');
    try {
      await store.install(sampleDataset('1', many('r', 12_000)), { kind: 'file', name: 'r.json' });
      const writes = opened.mock.calls
        .filter(([, mode]) => mode === 'readwrite')
        .map(([names, , options]) => ({ names: [names].flat().sort().join('+'), durability: options?.durability }));
      const staging = writes.filter((w) => w.names === 'chunks');
      expect(staging.length).toBeGreaterThan(1);
      for (const w of staging) expect(w.durability).toBe('relaxed');
      const switches = writes.filter((w) => w.names === 'meta+slots');
      expect(switches).toEqual([{ names: 'meta+slots', durability: 'strict' }]);
    } finally {
      opened.mockRestore();
    }
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

  it.each([
    ['a missing row', (db: IDBPDatabase, slot: string) => db.delete('chunks', [slot, 1])],
    ['a shortened row', async (db: IDBPDatabase, slot: string) => db.put('chunks', { slot, index: 2, records: many('r', 400) })],
  ])('falls back when the active slot lost records (%s)', async (_, damage) => {
    freshStore();
    await store.install(sampleDataset('1', many('r', 2500)), { kind: 'file', name: 'x.json' });
    const slot = (await store.getActiveMeta()).slot;
    await store.close();
    const db = await openDB(dbName);
    await damage(db, slot);
    db.close();
    expect((await store.getActive()).origin).toEqual({ kind: 'bundled', fallback: 'unreadable' });
    expect(ids(await store.query({ conflict: 'russia-ukraine' }))).toEqual(['shipped-1', 'shipped-2']);
  });

  it('answers queries by conflict, category and side from the active slot', async () => {
    freshStore();
    expect(ids(await store.query({ conflict: 'russia-ukraine' }))).toEqual(['shipped-1', 'shipped-2']);
    await store.install(sampleDataset('2'), { kind: 'file', name: 'x.json' });
    expect(ids(await store.query({ conflict: 'russia-ukraine' }))).toEqual(['a', 'b']);
    expect(ids(await store.query({ conflict: 'russia-ukraine', category: 'bodies', side: 'ukraine' }))).toEqual(['b']);
    expect(ids(await store.query({ conflict: 'israel-gaza', category: 'killed' }))).toEqual(['c']);
    expect(await store.query({ conflict: 'sudan' })).toEqual([]);
    // Each install, roll back and restore changes what queries see.
    await store.install(sampleDataset('3', [sampleRecord('z', { conflict: 'sudan' })]), { kind: 'file', name: 'y.json' });
    expect(ids(await store.query({ conflict: 'sudan' }))).toEqual(['z']);
    await store.rollback();
    expect(ids(await store.query({ conflict: 'russia-ukraine' }))).toEqual(['a', 'b']);
    await store.restoreBundled();
    expect(ids(await store.query({ conflict: 'russia-ukraine' }))).toEqual(['shipped-1', 'shipped-2']);
  });

  it('gives queries copies, so editing a result changes nothing stored', async () => {
    freshStore();
    await store.install(sampleDataset('2'), { kind: 'file', name: 'x.json' });
    (await store.query({ conflict: 'israel-gaza' }))[0].best = 1;
    expect((await store.query({ conflict: 'israel-gaza' }))[0].best).toBe(3000);
  });

  it('removes datasets that are neither active nor previous', async () => {
    freshStore();
    for (const v of ['1', '2', '3']) await store.install(sampleDataset(v, many(`v${v}`, 10)), { kind: 'file', name: `${v}.json` });
    const kept = [(await store.getActiveMeta()).slot, (await store.getPreviousMeta())!.slot].sort();
    expect(await storedSlots()).toEqual(kept);
    const db = await openDB(dbName);
    expect((await db.getAllKeys('slots')).sort()).toEqual(kept);
    db.close();
  });

  it('closes its connection when another page upgrades the database, instead of blocking it', async () => {
    freshStore();
    await store.install(sampleDataset('1'), { kind: 'file', name: 'x.json' });
    const newer = await openDB(dbName, 3);
    expect(newer.version).toBe(3);
    newer.close();
    // This build only knows version 2: it cannot read a newer database and falls back, saying so.
    expect((await store.getActive()).origin).toEqual({ kind: 'bundled', fallback: 'unreadable' });
  });

  describe('reading one conflict at a time (the worker)', () => {
    // Three conflicts over 2,500 records: sudan only in the first row, gaza only in the last.
    const mixed = [
      ...many('s', 10).map((r) => ({ ...r, conflict: 'sudan', side: 'sudan' })),
      ...many('u', 1500),
      ...many('g', 990).map((r) => ({ ...r, conflict: 'israel-gaza', side: 'palestinians' })),
    ];

    it('serves the bundled dataset by conflict while nothing is installed', async () => {
      const active = await freshStore().activeConflicts();
      expect(active).toEqual({ slot: 'bundled', conflicts: new Set(['russia-ukraine']) });
      const read = await store.conflictRecords('bundled', ['russia-ukraine']);
      expect(ids(read.get('russia-ukraine')!)).toEqual(['shipped-1', 'shipped-2']);
    });

    it('reads only the rows that hold the conflicts asked for, in dataset order', async () => {
      freshStore();
      await store.install(sampleDataset('4', mixed), { kind: 'file', name: 'mixed.json' });
      const active = await store.activeConflicts();
      expect(active.conflicts).toEqual(new Set(['sudan', 'russia-ukraine', 'israel-gaza']));
      // The last row (records 2,000 on) is removed behind the store's back: sudan, in row 0, is still served…
      const db = await openDB(dbName);
      await db.delete('chunks', [active.slot, 2]);
      db.close();
      const read = await store.conflictRecords(active.slot, ['sudan']);
      expect([...read.keys()]).toEqual(['sudan']);
      expect(read.get('sudan')!.map((r) => r.id)).toEqual(mixed.slice(0, 10).map((r) => r.id));
      // …and a conflict that lived in it is refused whole, not served in part.
      await expect(store.conflictRecords(active.slot, ['israel-gaza'])).rejects.toThrow(/damaged/);
    });

    it('reads a slot written before rows were mapped to conflicts whole, once', async () => {
      freshStore();
      await store.install(sampleDataset('5', mixed), { kind: 'file', name: 'mixed.json' });
      const db = await openDB(dbName);
      const { slot } = await store.getActiveMeta();
      const { conflicts: _dropped, ...older } = (await db.get('slots', slot)) as SlotMeta;
      await db.put('slots', older);
      db.close();
      expect((await store.activeConflicts()).conflicts).toEqual(new Set(['sudan', 'russia-ukraine', 'israel-gaza']));
      const read = await store.conflictRecords(slot, ['israel-gaza', 'sudan']);
      expect(read.get('israel-gaza')).toHaveLength(990);
      expect(read.get('sudan')).toHaveLength(10);
    });

    it('says when the slot being read was replaced, and follows a roll-back', async () => {
      freshStore();
      await store.install(sampleDataset('1', many('one', 3)), { kind: 'file', name: 'one.json' });
      const first = await store.activeConflicts();
      await store.install(sampleDataset('2', mixed), { kind: 'file', name: 'two.json' });
      await store.install(sampleDataset('3', many('three', 3)), { kind: 'file', name: 'three.json' });
      await expect(store.conflictRecords(first.slot, ['russia-ukraine'])).rejects.toThrow(/replaced/);
      await store.rollback();
      const back = await store.activeConflicts();
      expect(back.conflicts).toEqual(new Set(['sudan', 'russia-ukraine', 'israel-gaza']));
      expect((await store.conflictRecords(back.slot, ['russia-ukraine'])).get('russia-ukraine')).toHaveLength(1500);
    });
  });
});
