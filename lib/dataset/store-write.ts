/** Writing a dataset into a new slot, and removing slots nothing points to any more. */
import { recordDate } from './diff';
import type { Dataset, DatasetRecord } from './schema';
import { BUNDLED_SLOT, isPointer, slotRange, type DatasetOrigin, type Db, type SlotMeta, type StoredRecord } from './store-db';

/** Records per write transaction: small enough to keep each transaction short on a slow disk. */
const CHUNK = 1000;

export function bundledMeta(bundled: Dataset, installedAt: string | null, fallback?: 'empty' | 'unreadable'): SlotMeta {
  const { records, ...header } = bundled;
  return { slot: BUNDLED_SLOT, header, origin: fallback ? { kind: 'bundled', fallback } : { kind: 'bundled' }, installedAt, count: records.length };
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

function toStored(slot: string, record: DatasetRecord): StoredRecord {
  return { slot, id: record.id, conflict: record.conflict, category: record.category, side: record.side, date: recordDate(record), record };
}

/**
 * Writes every record into a fresh slot and returns its metadata; the slot is not active until the
 * caller moves the pointer. On failure the partial slot is removed and the error says nothing changed.
 */
export async function writeSlot(db: Db, dataset: Dataset, origin: DatasetOrigin): Promise<SlotMeta> {
  const slot = newSlotId();
  const { records, ...header } = dataset;
  try {
    for (let start = 0; start < records.length; start += CHUNK) await writeChunk(db, slot, records.slice(start, start + CHUNK));
  } catch (error) {
    await deleteSlot(db, slot).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The dataset could not be saved (${reason}). Nothing changed: the previous dataset is still active.`);
  }
  return { slot, header, origin, installedAt: new Date().toISOString(), count: records.length };
}

async function writeChunk(db: Db, slot: string, chunk: DatasetRecord[]): Promise<void> {
  const tx = db.transaction('records', 'readwrite');
  const pending: Promise<unknown>[] = [];
  try {
    // Queue all puts without awaiting each one; tx.done settles once the whole chunk is committed.
    for (const record of chunk) pending.push(tx.store.put(toStored(slot, record)));
  } catch (error) {
    // A put can throw synchronously (e.g. a value that cannot be cloned): abort the whole chunk.
    for (const p of [...pending, tx.done]) p.catch(() => undefined);
    tx.abort();
    throw error;
  }
  await Promise.all([...pending, tx.done]);
}

async function deleteSlot(db: Db, slot: string): Promise<void> {
  const tx = db.transaction(['records', 'slots'], 'readwrite');
  await Promise.all([tx.objectStore('records').delete(slotRange(slot)), tx.objectStore('slots').delete(slot), tx.done]);
}

/**
 * Deletes every slot that is neither active nor previous: replaced datasets, and records of an
 * install that was interrupted (the page or browser closed) before the pointer moved, once that
 * install is old enough not to be one still running in another extension page.
 */
export async function removeOrphanSlots(db: Db): Promise<void> {
  const tx = db.transaction(['meta', 'slots', 'records'], 'readwrite');
  const pointer = await tx.objectStore('meta').get('pointer');
  // A damaged pointer is no reason to delete data someone might still recover.
  if (pointer !== undefined && !isPointer(pointer)) return;
  const keep = new Set(pointer ? [pointer.active, pointer.previous] : []);
  const described = new Set<string>(await tx.objectStore('slots').getAllKeys());
  const doomed = [...described].filter((slot) => !keep.has(slot) && slot !== BUNDLED_SLOT);
  let cursor = await tx.objectStore('records').index('bySlot').openKeyCursor(null, 'nextunique');
  while (cursor) {
    const slot = cursor.key;
    if (!keep.has(slot) && !described.has(slot) && !startedRecently(slot)) doomed.push(slot);
    cursor = await cursor.continue();
  }
  await Promise.all([...doomed.flatMap((slot) => [tx.objectStore('records').delete(slotRange(slot)), tx.objectStore('slots').delete(slot)]), tx.done]);
}
