/**
 * The active reference dataset, kept in IndexedDB in the extension's origin (background and
 * extension pages only: in a content script IndexedDB would belong to the news site).
 *
 * An install writes the new records into a fresh slot (a few large rows, several relaxed
 * transactions), then switches the pointer in one strict transaction. Every read happens inside one transaction, so a reader sees the old
 * dataset or the new one, never a mix; an install that stops half-way leaves the pointer unchanged.
 */
import type { Category } from '../claim';
import { joinConflicts, splitByConflict, type Catalogue } from './catalogue';
import type { Dataset, DatasetRecord } from './schema';
import {
  BUNDLED_SLOT,
  CHUNK_RECORDS,
  connect,
  fromChunks,
  isPointer,
  isSlotMeta,
  slotRange,
  type DatasetOrigin,
  type Db,
  type Pointer,
  type SlotMeta,
  type StoredChunk,
} from './store-db';
import { bundledMeta, removeInterruptedInstalls, removeOrphanSlots, SWITCH, whileInstalling, writeSlot, type WriteProgress } from './store-write';
import { reported } from '../report-error';

export { BUNDLED_SLOT, type DatasetOrigin, type SlotMeta } from './store-db';
export type { WriteProgress } from './store-write';

export interface ActiveDataset extends SlotMeta {
  records: DatasetRecord[];
}

/** The active dataset in the file format, e.g. for export. */
export function toDataset(active: ActiveDataset): Dataset {
  return { ...active.header, records: active.records };
}

export interface RecordQuery {
  conflict: string;
  category?: Category;
  side?: string;
}

export interface DatasetStore {
  /** `onProgress` hears how many records are written, after each write transaction. */
  install(dataset: Dataset, origin: Exclude<DatasetOrigin, { kind: 'bundled' }>, onProgress?: WriteProgress): Promise<SlotMeta>;
  rollback(): Promise<SlotMeta>;
  restoreBundled(): Promise<SlotMeta>;
  getActive(): Promise<ActiveDataset>;
  /**
   * The active slot and the conflicts it has records for, without reading the records: what the
   * worker needs before it knows which conflicts a page is about (falls back as getActive does).
   */
  activeConflicts(): Promise<SlotConflicts>;
  /**
   * The records of these conflicts in one slot, each conflict's in dataset order. A slot never
   * changes once written, so they belong with the slot's `activeConflicts`; throws when the slot
   * has been removed meanwhile (another dataset was installed: ask `activeConflicts` again).
   */
  conflictRecords(slot: string, conflicts: readonly string[]): Promise<Map<string, DatasetRecord[]>>;
  getActiveMeta(): Promise<SlotMeta>;
  getPreviousMeta(): Promise<SlotMeta | null>;
  query(filter: RecordQuery): Promise<DatasetRecord[]>;
  /** Removes what an interrupted install left behind (also done once by the first getActive). */
  removeOrphans(): Promise<void>;
  close(): Promise<void>;
}

const DAMAGED_SLOT = 'The installed dataset is damaged; install it again or restore the bundled one.';

export interface SlotConflicts {
  slot: string;
  conflicts: ReadonlySet<string>;
}

/**
 * Where the dataset shipped with the extension comes from, one conflict at a time. The extension
 * reads it from data files in its package (lib/extension/dataset-store.ts), a catalogue and one
 * file per conflict, rather than from its script bundle; Node tests and tools pass the dataset
 * itself (`bundledFrom`).
 */
export interface BundledSource {
  catalogue(): Promise<Catalogue>;
  conflict(id: string): Promise<DatasetRecord[]>;
}

/** A bundled source over a dataset already in memory. */
export function bundledFrom(dataset: Dataset): BundledSource {
  const { catalogue, records } = splitByConflict(dataset);
  return {
    catalogue: async () => catalogue,
    conflict: async (id) => {
      const list = records.get(id);
      if (!list) throw new Error(`The bundled dataset has no records for ${id}.`);
      return list;
    },
  };
}

export function createDatasetStore(options: { name?: string; bundled: BundledSource }): DatasetStore {
  const name = options.name ?? 'tollcheck-dataset';
  // Each part is read on first use and kept; a failed read is retried on the next call.
  const once = <T>(read: () => Promise<T>): (() => Promise<T>) => {
    let kept: Promise<T> | null = null;
    return () =>
      (kept ??= read().catch((error: unknown) => {
        kept = null;
        throw error;
      }));
  };
  const bundledCatalogue = once(() => options.bundled.catalogue());
  const bundledParts = new Map<string, () => Promise<DatasetRecord[]>>();
  const bundledConflict = (id: string): Promise<DatasetRecord[]> => {
    let read = bundledParts.get(id);
    if (!read) bundledParts.set(id, (read = once(() => options.bundled.conflict(id))));
    return read();
  };
  const loadBundled = once(async (): Promise<Dataset> => {
    const catalogue = await bundledCatalogue();
    const parts = await Promise.all(catalogue.conflicts.map(async ({ id }) => [id, await bundledConflict(id)] as const));
    return joinConflicts(catalogue, new Map(parts));
  });
  let connection: Promise<Db> | null = null;

  const db = (): Promise<Db> => {
    connection ??= connect(name, () => {
      const lost = connection;
      connection = null;
      void lost?.then((d) => d.close()).catch(() => undefined);
    }).catch((error) => {
      connection = null;
      throw error;
    });
    return connection;
  };

  const fallback = async (reason: 'empty' | 'unreadable'): Promise<ActiveDataset> => {
    const bundled = await loadBundled();
    return { ...bundledMeta(await bundledCatalogue(), null, reason), records: bundled.records };
  };

  /** Pointer and slot metadata, read in the caller's transaction; null when missing or corrupt. */
  async function readMeta(pointer: unknown, getSlot: (slot: string) => Promise<unknown>, which: 'active' | 'previous'): Promise<SlotMeta | null> {
    if (!isPointer(pointer)) return null;
    const slot = pointer[which];
    if (slot === null) return null;
    const stored = await getSlot(slot);
    if (slot === BUNDLED_SLOT) return bundledMeta(await bundledCatalogue(), isSlotMeta(stored) ? stored.installedAt : null);
    return isSlotMeta(stored) ? stored : null;
  }

  let cleaned = false;
  const removeOrphans = async () => removeInterruptedInstalls(await db());

  async function getActive(): Promise<ActiveDataset> {
    // The first read of a worker or options page start also sweeps an interrupted install's rows.
    if (!cleaned) {
      cleaned = true;
      void removeOrphans().catch(reported('removing what an interrupted install left'));
    }
    try {
      const tx = (await db()).transaction(['meta', 'slots', 'chunks'], 'readonly');
      const pointer = await tx.objectStore('meta').get('pointer');
      if (pointer === undefined) return fallback('empty');
      const meta = await readMeta(pointer, (s) => tx.objectStore('slots').get(s), 'active');
      if (!meta) return fallback('unreadable');
      if (meta.slot === BUNDLED_SLOT) return { ...meta, records: (await loadBundled()).records };
      const records = fromChunks(await readRows(tx.objectStore('chunks'), meta), meta.count);
      return records ? { ...meta, records } : fallback('unreadable');
    } catch {
      return fallback('unreadable');
    }
  }

  /** The last installed slot's records, for queries: a slot never changes once written, so its id is a safe cache key. */
  let cached: { slot: string; records: DatasetRecord[] } | null = null;

  const bundledConflicts = async (): Promise<SlotConflicts> => ({ slot: BUNDLED_SLOT, conflicts: new Set((await bundledCatalogue()).conflicts.map((c) => c.id)) });

  async function activeConflicts(): Promise<SlotConflicts> {
    try {
      const tx = (await db()).transaction(['meta', 'slots', 'chunks'], 'readonly');
      const pointer = await tx.objectStore('meta').get('pointer');
      const slot = isPointer(pointer) ? pointer.active : null;
      const meta = slot === null || slot === BUNDLED_SLOT ? null : await tx.objectStore('slots').get(slot);
      if (!isSlotMeta(meta)) return await bundledConflicts();
      if (meta.conflicts) return { slot: meta.slot, conflicts: new Set(meta.conflicts.map((c) => c.id)) };
      // A slot written before rows were mapped to conflicts: its records say which it has.
      const records = fromChunks(await readRows(tx.objectStore('chunks'), meta), meta.count);
      if (!records) return await bundledConflicts();
      cached = { slot: meta.slot, records };
      return { slot: meta.slot, conflicts: new Set(records.map((r) => r.conflict)) };
    } catch {
      return bundledConflicts();
    }
  }

  async function conflictRecords(slot: string, conflicts: readonly string[]): Promise<Map<string, DatasetRecord[]>> {
    const out = new Map<string, DatasetRecord[]>();
    if (slot === BUNDLED_SLOT) {
      const parts = await Promise.all(conflicts.map(async (id) => [id, await bundledConflict(id)] as const));
      for (const [id, records] of parts) out.set(id, records);
      return out;
    }
    const tx = (await db()).transaction(['slots', 'chunks'], 'readonly');
    const meta = await tx.objectStore('slots').get(slot);
    if (!isSlotMeta(meta)) throw new Error('The dataset being read was replaced; check the page again.');
    const wanted = new Set(conflicts);
    let records: DatasetRecord[];
    if (!meta.conflicts) {
      if (cached?.slot !== slot) {
        const all = fromChunks(await readRows(tx.objectStore('chunks'), meta), meta.count);
        if (!all) throw new Error(DAMAGED_SLOT);
        cached = { slot, records: all };
      }
      records = cached.records;
    } else {
      const entries = meta.conflicts.filter((c) => wanted.has(c.id));
      const rows = [...new Set(entries.flatMap((c) => c.chunks))].sort((a, b) => a - b);
      const read = await Promise.all(rows.map((index) => tx.objectStore('chunks').get([slot, index])));
      if (read.some((row) => !Array.isArray(row?.records))) throw new Error(DAMAGED_SLOT);
      records = read.flatMap((row) => row!.records);
      const expected = new Map(entries.map((c) => [c.id, c.count]));
      for (const r of records) if (wanted.has(r.conflict)) expected.set(r.conflict, (expected.get(r.conflict) ?? 0) - 1);
      if ([...expected.values()].some((left) => left !== 0)) throw new Error(DAMAGED_SLOT);
    }
    for (const id of conflicts) out.set(id, []);
    for (const r of records) out.get(r.conflict)?.push(r);
    return out;
  }

  async function query({ conflict, category, side }: RecordQuery): Promise<DatasetRecord[]> {
    const matches = (r: DatasetRecord) => r.conflict === conflict && (!category || r.category === category) && (!side || r.side === side);
    // Reads the pointer (and, when not cached, the records) in one transaction, as getActive does.
    const tx = (await db()).transaction(['meta', 'slots', 'chunks'], 'readonly');
    const meta = await readMeta(await tx.objectStore('meta').get('pointer'), (s) => tx.objectStore('slots').get(s), 'active');
    if (!meta || meta.slot === BUNDLED_SLOT) return (await loadBundled()).records.filter(matches);
    if (cached?.slot !== meta.slot) {
      const records = fromChunks(await tx.objectStore('chunks').getAll(slotRange(meta.slot)), meta.count);
      if (!records) return (await loadBundled()).records.filter(matches);
      cached = { slot: meta.slot, records };
    }
    // Copies, so a caller that edits a result cannot change what later queries see.
    return structuredClone(cached.records.filter(matches));
  }

  async function metaOf(which: 'active' | 'previous'): Promise<SlotMeta | null> {
    const tx = (await db()).transaction(['meta', 'slots'], 'readonly');
    const pointer = await tx.objectStore('meta').get('pointer');
    return readMeta(pointer, (s) => tx.objectStore('slots').get(s), which);
  }

  async function switchTo(next: (pointer: Pointer | undefined, hasSlot: (slot: string) => Promise<boolean>) => Promise<Pointer>): Promise<SlotMeta> {
    const tx = (await db()).transaction(['meta', 'slots'], 'readwrite', SWITCH);
    const current = await tx.objectStore('meta').get('pointer');
    const hasSlot = async (slot: string) => slot === BUNDLED_SLOT || isSlotMeta(await tx.objectStore('slots').get(slot));
    const pointer = await next(isPointer(current) ? current : undefined, hasSlot);
    await tx.objectStore('meta').put(pointer, 'pointer');
    await tx.done;
    return (await metaOf('active'))!;
  }

  return {
    install: (dataset, origin, onProgress) =>
      whileInstalling(async () => {
        const handle = await db();
        await removeOrphanSlots(handle);
        const meta = await writeSlot(handle, dataset, origin, onProgress);
        // The switch: one transaction reads the old pointer, records the slot and moves the pointer.
        const tx = handle.transaction(['meta', 'slots'], 'readwrite', SWITCH);
        const current = await tx.objectStore('meta').get('pointer');
        await tx.objectStore('slots').put(meta);
        await tx.objectStore('meta').put({ active: meta.slot, previous: isPointer(current) ? current.active : BUNDLED_SLOT }, 'pointer');
        await tx.done;
        await removeOrphanSlots(handle).catch(reported('removing the datasets no longer used'));
        return meta;
      }),
    rollback: () =>
      switchTo(async (pointer, hasSlot) => {
        if (!pointer?.previous || !(await hasSlot(pointer.previous))) throw new Error('There is no previous dataset to roll back to.');
        return { active: pointer.previous, previous: pointer.active };
      }),
    async restoreBundled() {
      const bundled = await bundledCatalogue();
      const handle = await db();
      const tx = handle.transaction(['meta', 'slots'], 'readwrite', SWITCH);
      const current = await tx.objectStore('meta').get('pointer');
      const pointer = isPointer(current) ? current : null;
      await tx.objectStore('slots').put(bundledMeta(bundled, new Date().toISOString()));
      const previous = pointer === null ? null : pointer.active === BUNDLED_SLOT ? pointer.previous : pointer.active;
      await tx.objectStore('meta').put({ active: BUNDLED_SLOT, previous }, 'pointer');
      await tx.done;
      return (await metaOf('active'))!;
    },
    getActive,
    activeConflicts,
    conflictRecords,
    async getActiveMeta() {
      try {
        const tx = (await db()).transaction(['meta', 'slots'], 'readonly');
        const pointer = await tx.objectStore('meta').get('pointer');
        if (pointer === undefined) return bundledMeta(await bundledCatalogue(), null, 'empty');
        return (await readMeta(pointer, (s) => tx.objectStore('slots').get(s), 'active')) ?? bundledMeta(await bundledCatalogue(), null, 'unreadable');
      } catch {
        return bundledMeta(await bundledCatalogue(), null, 'unreadable');
      }
    },
    getPreviousMeta: () => metaOf('previous'),
    query,
    removeOrphans,
    async close() {
      const open = connection;
      connection = null;
      (await open?.catch(() => null))?.close();
    },
  };
}

/**
 * A slot's rows, one request each in the caller's transaction. One getAll would turn all 50,000
 * records back into objects in a single task (a third of a second on the options page); separate
 * requests are answered one row (1,000 records) per task, and still read one snapshot.
 */
function readRows(chunks: { get(key: [string, number]): Promise<StoredChunk | undefined> }, meta: SlotMeta): Promise<(StoredChunk | undefined)[]> {
  return Promise.all(Array.from({ length: Math.ceil(meta.count / CHUNK_RECORDS) }, (_, index) => chunks.get([meta.slot, index])));
}
