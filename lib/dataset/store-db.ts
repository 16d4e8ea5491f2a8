/**
 * The IndexedDB layout of the dataset store. Records live in numbered "slots"; a single pointer
 * names the active and the previous slot, so switching datasets is one small write.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DatasetHeader, DatasetRecord } from './schema';

/** Where the active dataset came from, shown on the options page. */
export type DatasetOrigin =
  | { kind: 'bundled'; /** Set when the bundled data is used because the store could not be: */ fallback?: 'empty' | 'unreadable' }
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
}

export interface Pointer {
  active: string;
  previous: string | null;
}

export interface StoredRecord {
  slot: string;
  id: string;
  conflict: string;
  category: string;
  side: string;
  /** asOf or eventDate, for date-ordered reads. */
  date: string;
  record: DatasetRecord;
}

export interface DatasetDB extends DBSchema {
  records: {
    key: [string, string];
    value: StoredRecord;
    indexes: { bySlot: string; byConflict: [string, string]; byScope: [string, string, string, string]; byDate: [string, string] };
  };
  slots: { key: string; value: SlotMeta };
  meta: { key: 'pointer'; value: Pointer };
}

export type Db = IDBPDatabase<DatasetDB>;

export const DB_VERSION = 1;

/**
 * Opens the database. If another page opens a newer version, this connection closes itself
 * (`blocking`) and the next call reopens; `terminated` (the browser closed it) does the same.
 */
export function connect(name: string, onLost: () => void): Promise<Db> {
  return openDB<DatasetDB>(name, DB_VERSION, {
    upgrade(db) {
      const records = db.createObjectStore('records', { keyPath: ['slot', 'id'] });
      records.createIndex('bySlot', 'slot');
      records.createIndex('byConflict', ['slot', 'conflict']);
      records.createIndex('byScope', ['slot', 'conflict', 'category', 'side']);
      records.createIndex('byDate', ['slot', 'date']);
      db.createObjectStore('slots', { keyPath: 'slot' });
      db.createObjectStore('meta');
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

/** All keys of one slot in the records store: [slot] sorts before [slot, id], and [slot, []] after it. */
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
