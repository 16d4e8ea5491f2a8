/** Writing a dataset into a new slot, and removing slots nothing points to any more. */
import type { Catalogue } from './catalogue';
import type { Dataset } from './schema';
import { BUNDLED_SLOT, CHUNK_RECORDS, conflictChunks, isPointer, slotRange, toChunks, type DatasetOrigin, type Db, type SlotMeta, type StoredChunk } from './store-db';
import { reported } from '../report-error';

/**
 * Rows per write transaction: a few MB each, so no single transaction holds a whole large dataset;
 * the records are copied for IndexedDB as they are put, so this is also the work the page does in
 * one task between two transactions (5,000 records: some tens of ms).
 */
const ROWS_PER_TRANSACTION = 5;

/** Told how many records are written after each transaction. */
export type WriteProgress = (written: number, total: number) => void;

/**
 * Staging writes may be lost by a power cut, which is harmless: the slot is not active until the
 * pointer moves, and that one write is strict. Relaxed commits do not wait for the disk to flush.
 */
export const STAGING = { durability: 'relaxed' } as const;
export const SWITCH = { durability: 'strict' } as const;

export function bundledMeta(bundled: Catalogue, installedAt: string | null, fallback?: 'empty' | 'unreadable'): SlotMeta {
  const count = bundled.conflicts.reduce((sum, c) => sum + c.count, 0);
  return { slot: BUNDLED_SLOT, header: bundled.header, origin: fallback ? { kind: 'bundled', fallback } : { kind: 'bundled' }, installedAt, count };
}

function newSlotId(): string {
  return `slot-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Records without slot metadata younger than this may belong to an install still being written. */
const IN_PROGRESS_MS = 10 * 60 * 1000;

function startedRecently(slot: string): boolean {
  const started = parseInt(slot.split('-')[1] ?? '', 36);
  return Number.isFinite(started) && Date.now() - started < IN_PROGRESS_MS;
}

/**
 * Writes every record into a fresh slot and returns its metadata; the slot is not active until the
 * caller moves the pointer. On failure the partial slot is removed and the error says nothing changed.
 */
export async function writeSlot(db: Db, dataset: Dataset, origin: DatasetOrigin, onProgress?: WriteProgress): Promise<SlotMeta> {
  const slot = newSlotId();
  const { records, ...header } = dataset;
  try {
    const rows = toChunks(slot, records);
    for (let start = 0; start < rows.length; start += ROWS_PER_TRANSACTION) {
      const batch = rows.slice(start, start + ROWS_PER_TRANSACTION);
      await writeRows(db, batch);
      onProgress?.(Math.min(records.length, (batch.at(-1)!.index + 1) * CHUNK_RECORDS), records.length);
    }
  } catch (error) {
    await deleteSlot(db, slot).catch(reported('removing a half-written dataset'));
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The dataset could not be saved (${reason}). Nothing changed: the previous dataset is still active.`);
  }
  return { slot, header, origin, installedAt: new Date().toISOString(), count: records.length, conflicts: conflictChunks(records) };
}

async function writeRows(db: Db, rows: StoredChunk[]): Promise<void> {
  const tx = db.transaction('chunks', 'readwrite', STAGING);
  const pending: Promise<unknown>[] = [];
  try {
    // Queue all puts without awaiting each one; tx.done settles once every row is committed.
    for (const row of rows) pending.push(tx.store.put(row));
  } catch (error) {
    // A put can throw synchronously (e.g. a value that cannot be cloned): abort the whole transaction.
    for (const p of [...pending, tx.done]) p.catch(() => undefined);
    tx.abort();
    throw error;
  }
  await Promise.all([...pending, tx.done]);
}

async function deleteSlot(db: Db, slot: string): Promise<void> {
  const tx = db.transaction(['chunks', 'slots'], 'readwrite', STAGING);
  await Promise.all([tx.objectStore('chunks').delete(slotRange(slot)), tx.objectStore('slots').delete(slot), tx.done]);
}

/** Held (a Web Lock, shared by every extension page and the worker) from an install's first write to its switch. */
const INSTALL_LOCK = 'tollcheck-dataset-install';

interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

function lockManager(): LockManagerLike | null {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

/** Runs an install while holding the install lock (directly where Web Locks do not exist, as in Node). */
export function whileInstalling<T>(install: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  return locks ? locks.request(INSTALL_LOCK, {}, install) : install();
}

/**
 * Removes what an interrupted install left behind (the page or browser closed before the pointer
 * moved), at the start of the options page or the worker. When the install lock is free no install
 * is running anywhere, so partial rows go whatever their age; otherwise only those old enough.
 */
export async function removeInterruptedInstalls(db: Db): Promise<void> {
  const locks = lockManager();
  if (!locks) return removeOrphanSlots(db);
  await locks.request(INSTALL_LOCK, { ifAvailable: true }, (lock) => removeOrphanSlots(db, lock !== null));
}

/**
 * Deletes every slot that is neither active nor previous: replaced datasets, and records of an
 * install that was interrupted (the page or browser closed) before the pointer moved, once that
 * install is old enough not to be one still running in another extension page (or at any age when
 * `noInstallRunning`: the caller holds the install lock).
 */
export async function removeOrphanSlots(db: Db, noInstallRunning = false): Promise<void> {
  const tx = db.transaction(['meta', 'slots', 'chunks'], 'readwrite', STAGING);
  const pointer = await tx.objectStore('meta').get('pointer');
  // A damaged pointer is no reason to delete data someone might still recover.
  if (pointer !== undefined && !isPointer(pointer)) return;
  const keep = new Set(pointer ? [pointer.active, pointer.previous] : []);
  const described = new Set<string>(await tx.objectStore('slots').getAllKeys());
  const doomed = [...described].filter((slot) => !keep.has(slot) && slot !== BUNDLED_SLOT);
  // A slot is a few dozen rows, so listing every row key is cheap.
  const stored = new Set((await tx.objectStore('chunks').getAllKeys()).map(([slot]) => slot));
  for (const slot of stored) if (!keep.has(slot) && !described.has(slot) && (noInstallRunning || !startedRecently(slot))) doomed.push(slot);
  await Promise.all([...doomed.flatMap((slot) => [tx.objectStore('chunks').delete(slotRange(slot)), tx.objectStore('slots').delete(slot)]), tx.done]);
}
