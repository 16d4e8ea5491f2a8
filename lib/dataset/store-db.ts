/**
 * The IndexedDB layout of the dataset store. Records live in "slots" (one per installed dataset,
 * stored as a few large rows); a single pointer names the active and the previous slot, so
 * switching datasets is one small write.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { DatasetHeader, DatasetRecord } from './schema';
import { reported } from '../report-error';

/** Where the active dataset came from, shown on the options page. */
export type DatasetOrigin =
  | { kind: 'bundled' /** Set when the bundled data is used because the store could not be: */; fallback?: 'empty' | 'unreadable' }
  | { kind: 'file'; name: string }
  | { kind: 'url'; url: string };

/** The slot id of the dataset shipped with the extension: never written to the store. */
export const BUNDLED_SLOT = 'bundled';

export interface SlotMeta {
  slot: string;
  header: DatasetHeader;
  origin: DatasetOrigin;
  /** ISO timestamp; null for the bundled dataset when nothing was ever installed. */
  installedAt: string | null;
  count: number;
  /**
   * Which rows hold each conflict's records, so the worker reads only the conflicts a page is
   * about. Absent for slots written before TollCheck kept it (they are read whole).
   */
  conflicts?: SlotConflict[];
}

export interface SlotConflict {
  id: string;
  count: number;
  /** Indexes of the slot's rows that hold at least one of its records. */
  chunks: number[];
}

export interface Pointer {
  active: string;
  previous: string | null;
}

/**
 * One row of a slot: up to CHUNK_RECORDS records in dataset order, keyed by [slot, index]. Storing
 * records as arrays, not one row each, makes an install about 50 rows instead of 50,000 puts with
 * their index updates; nothing needs per-record lookups, since every reader wants a whole dataset.
 */
export interface StoredChunk {
  slot: string;
  index: number;
  records: DatasetRecord[];
}

/** Records per stored row. */
export const CHUNK_RECORDS = 1000;

/** A slot's rows for these records, in order. */
export function toChunks(slot: string, records: DatasetRecord[]): StoredChunk[] {
  const rows: StoredChunk[] = [];
  for (let index = 0; index * CHUNK_RECORDS < records.length; index++) rows.push({ slot, index, records: records.slice(index * CHUNK_RECORDS, (index + 1) * CHUNK_RECORDS) });
  return rows;
}

/** For each conflict, how many records it has and which of `toChunks`' rows hold them. */
export function conflictChunks(records: readonly DatasetRecord[]): SlotConflict[] {
  const byId = new Map<string, SlotConflict>();
  records.forEach((record, i) => {
    const chunk = Math.floor(i / CHUNK_RECORDS);
    let entry = byId.get(record.conflict);
    if (!entry) byId.set(record.conflict, (entry = { id: record.conflict, count: 0, chunks: [] }));
    entry.count++;
    if (entry.chunks[entry.chunks.length - 1] !== chunk) entry.chunks.push(chunk);
  });
  return [...byId.values()];
}

/** Joins a slot's rows (as read in key order) back into its records; null unless all `count` are there. */
export function fromChunks(rows: readonly (StoredChunk | undefined)[], count: number): DatasetRecord[] | null {
  // A gap or a short total means the slot was damaged outside this code: never serve half a dataset.
  if (rows.some((row, i) => row?.index !== i || !Array.isArray(row.records))) return null;
  const records = (rows as StoredChunk[]).flatMap((row) => row.records);
  return records.length === count ? records : null;
}

export interface DatasetDB extends DBSchema {
  chunks: { key: [string, number]; value: StoredChunk };
  slots: { key: string; value: SlotMeta };
  meta: { key: 'pointer'; value: Pointer };
}

export type Db = IDBPDatabase<DatasetDB>;

/** 1: one row per record with four indexes. 2: records in chunks (see StoredChunk). */
export const DB_VERSION = 2;

/**
 * Opens the database. If another page opens a newer version, this connection closes itself
 * (`blocking`) and the next call reopens; `terminated` (the browser closed it) does the same.
 */
export function connect(name: string, onLost: () => void): Promise<Db> {
  return openDB<DatasetDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('slots', { keyPath: 'slot' });
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        db.createObjectStore('chunks', { keyPath: ['slot', 'index'] });
        // A failed migration aborts the upgrade transaction: the open fails, version 1 stays on disk
        // untouched, and readers fall back to the bundled dataset until a later open succeeds.
        if (oldVersion === 1)
          migrateRecordRows(db as unknown as IDBPDatabase, tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).catch(
            reported('regrouping a dataset stored by an older TollCheck'),
          );
      }
    },
    blocked() {
      // An older connection (another extension page) has not closed yet; it will on `blocking`.
      console.warn('TollCheck: dataset store upgrade waits for another open page to close it.');
    },
    blocking() {
      onLost();
    },
    terminated() {
      onLost();
    },
  });
}

/**
 * Version 1 kept one row per record in `records`, keyed [slot, id]: regroup each slot's rows into
 * chunks, in the order version 1 served them (by id), then drop the old store. It runs inside the
 * upgrade transaction, so it completes or the database stays at version 1.
 */
async function migrateRecordRows(db: IDBPDatabase, tx: IDBPTransaction<unknown, string[], 'versionchange'>): Promise<void> {
  const rows = (await tx.objectStore('records').getAll()) as { slot: string; record: DatasetRecord }[];
  const bySlot = new Map<string, DatasetRecord[]>();
  for (const row of rows) {
    const records = bySlot.get(row.slot) ?? [];
    records.push(row.record);
    bySlot.set(row.slot, records);
  }
  const chunks = tx.objectStore('chunks');
  const puts = [...bySlot].flatMap(([slot, records]) => toChunks(slot, records).map((row) => chunks.put(row)));
  db.deleteObjectStore('records');
  await Promise.all(puts);
}

/** All rows of one slot in the chunks store: [slot] sorts before [slot, n], and [slot, []] after it. */
export function slotRange(slot: string): IDBKeyRange {
  return IDBKeyRange.bound([slot], [slot, []]);
}

export function isPointer(value: unknown): value is Pointer {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return typeof p.active === 'string' && (p.previous === null || typeof p.previous === 'string');
}

export function isSlotMeta(value: unknown): value is SlotMeta {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return typeof m.slot === 'string' && typeof m.header === 'object' && m.header !== null && typeof m.origin === 'object' && m.origin !== null && typeof m.count === 'number';
}
