/**
 * In-memory filtering, sorting and paging of dataset records for the options table. Pure functions
 * so they can be tested in Node and measured on 50,000 records; only one page is ever rendered.
 */
import type { DatasetRecord } from '../schema';
import { conflictName } from '../../conflicts';
import { recordDate } from '../diff';
import { CHECKPOINT_EVERY, runNow, type Steps } from '../slices';

export { recordDate };

export const SORT_KEYS = ['conflict', 'category', 'party', 'best', 'date', 'claimant'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

/** A record with what search and sorting need, computed once per dataset rather than per keystroke. */
export interface TableRow {
  record: DatasetRecord;
  /** Lowercased text of every visible column, for substring search. */
  haystack: string;
  date: string;
  party: string;
  conflict: string;
}

export function partyLabel(r: DatasetRecord): string {
  return `${r.side} ${r.population}`;
}

export function toRows(records: readonly DatasetRecord[]): TableRow[] {
  return runNow(toRowsSteps(records));
}

/** `toRows` as steps (lib/dataset/slices.ts): 50,000 rows take tens of ms. */
export function* toRowsSteps(records: readonly DatasetRecord[]): Steps<TableRow[]> {
  const rows: TableRow[] = [];
  for (const [index, record] of records.entries()) {
    if (index % CHECKPOINT_EVERY === 0) yield { step: 'loading', done: index, total: records.length };
    rows.push(toRow(record));
  }
  return rows;
}

function toRow(record: DatasetRecord): TableRow {
  const conflict = conflictName(record.conflict);
  const party = partyLabel(record);
  const date = recordDate(record);
  const haystack = [
    record.id,
    record.conflict,
    conflict,
    record.category,
    party,
    record.claimant,
    record.claimantType,
    record.figureKind,
    record.source.name,
    date,
    record.country ?? '',
    String(record.best),
  ]
    .join('\u0000')
    .toLowerCase();
  return { record, haystack, date, party, conflict };
}

/** Rows whose text holds every word of the query, in any order and any column. */
export function filterRows(rows: readonly TableRow[], query: string): readonly TableRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => words.every((w) => row.haystack.includes(w)));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const COMPARE: Record<SortKey, (a: TableRow, b: TableRow) => number> = {
  conflict: (a, b) => collator.compare(a.conflict, b.conflict),
  category: (a, b) => collator.compare(a.record.category, b.record.category),
  party: (a, b) => collator.compare(a.party, b.party),
  best: (a, b) => a.record.best - b.record.best,
  // ISO dates sort correctly as plain strings.
  date: (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0),
  claimant: (a, b) => collator.compare(a.record.claimant, b.record.claimant),
};

/** A sorted copy; ties keep dataset order (Array.prototype.sort is stable), so paging is deterministic. */
export function sortRows(rows: readonly TableRow[], sort: SortState | null): readonly TableRow[] {
  if (!sort) return rows;
  const compare = COMPARE[sort.key];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b));
}

/** Clicking a header: a new column sorts ascending (numbers and dates descending), the same column flips. */
export function nextSort(current: SortState | null, key: SortKey): SortState {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'best' || key === 'date' ? 'descending' : 'ascending' };
}

export interface Page<T> {
  items: readonly T[];
  /** Zero-based, clamped into range. */
  index: number;
  count: number;
  total: number;
  /** One-based position of the first and last item shown, for "101–150 of 4,210". */
  first: number;
  last: number;
}

export function pageOf<T>(items: readonly T[], index: number, size: number): Page<T> {
  const count = Math.max(1, Math.ceil(items.length / size));
  const clamped = Math.min(Math.max(0, Math.floor(index)), count - 1);
  const start = clamped * size;
  const slice = items.slice(start, start + size);
  return { items: slice, index: clamped, count, total: items.length, first: slice.length ? start + 1 : 0, last: start + slice.length };
}
