/**
 * The active reference dataset, kept in IndexedDB in the extension's origin (background and
 * extension pages only: in a content script IndexedDB would belong to the news site).
 *
 * An install writes the new records into a fresh slot (a few large rows, several relaxed
 * transactions), then switches the pointer in one strict transaction. Every read happens inside one transaction, so a reader sees the old
 * dataset or the new one, never a mix; an install that stops half-way leaves the pointer unchanged.
 */
import type { Category } from '../claim';
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
  getActiveMeta(): Promise<SlotMeta>;
  getPreviousMeta(): Promise<SlotMeta | null>;
  query(filter: RecordQuery): Promise<DatasetRecord[]>;
  /** Removes what an interrupted install left behind (also done once by the first getActive). */
  removeOrphans(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Where the dataset shipped with the extension comes from. The extension reads it from a data file
 * in its package (lib/extension/dataset-store.ts) rather than from its script bundle, so a worker
 * start does not parse megabytes of JavaScript; Node tests and tools pass the dataset itself.
 */
export type BundledSource = () => Promise<Dataset>;

export function createDatasetStore(options: { name?: string; bundled: BundledSource }): DatasetStore {
  const name = options.name ?? 'tollcheck-dataset';
  let bundledOnce: Promise<Dataset> | null = null;
  // Loaded on first use and kept; a failed load is retried on the next call.
  const loadBundled = (): Promise<Dataset> =>
    (bundledOnce ??= options.bundled().catch((error: unknown) => {
      bundledOnce = null;
      throw error;
    }));
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
    return { ...bundledMeta(bundled, null, reason), records: bundled.records };
  };

  /** Pointer and slot metadata, read in the caller's transaction; null when missing or corrupt. */
  async function readMeta(pointer: unknown, getSlot: (slot: string) => Promise<unknown>, which: 'active' | 'previous'): Promise<SlotMeta | null> {
    if (!isPointer(pointer)) return null;
    const slot = pointer[which];
    if (slot === null) return null;
    const stored = await getSlot(slot);
    if (slot === BUNDLED_SLOT) return bundledMeta(await loadBundled(), isSlotMeta(stored) ? stored.installedAt : null);
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
      const bundled = await loadBundled();
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
    async getActiveMeta() {
      try {
        const tx = (await db()).transaction(['meta', 'slots'], 'readonly');
        const pointer = await tx.objectStore('meta').get('pointer');
        if (pointer === undefined) return bundledMeta(await loadBundled(), null, 'empty');
        return (await readMeta(pointer, (s) => tx.objectStore('slots').get(s), 'active')) ?? bundledMeta(await loadBundled(), null, 'unreadable');
      } catch {
        return bundledMeta(await loadBundled(), null, 'unreadable');
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
