/**
 * The dataset arranged for lookup: records grouped by conflict, category and side, each group
 * sorted by date, so checking a claim costs a map lookup and a binary search, not a scan.
 */
import type { Category } from '../claim';
import type { DatasetRecord } from '../dataset/schema';
import { dayNumber } from './dates';

export interface IndexedRecord {
  record: DatasetRecord;
  /** `asOf` for running totals, `eventDate` for events, as a day number. */
  day: number;
  kind: 'cumulative' | 'event';
}

export interface RecordIndex {
  /** Conflicts with at least one record. */
  conflicts: ReadonlySet<string>;
  /** Records of one conflict, category and side, split by kind, each oldest first. */
  group(conflict: string, category: Category, side: string): RecordGroup;
  /**
   * Records of another category that the press reports under this one (`reportedAs`), e.g. a
   * party's killed-and-wounded "personnel losses" reported as killed.
   */
  reportedAs(conflict: string, category: Category, side: string): RecordGroup;
  /** Sides with records for one conflict and category. */
  sides(conflict: string, category: Category): readonly string[];
  /** Whether the conflict has any record of this category. */
  covers(conflict: string, category: Category): boolean;
}

/** Running totals and events are kept apart so each claim searches only the kind it compares with. */
export interface RecordGroup {
  cumulative: IndexedRecord[];
  event: IndexedRecord[];
}

const EMPTY: RecordGroup = { cumulative: [], event: [] };

const key = (...parts: string[]) => parts.join('\u0000');

export function buildIndex(records: readonly DatasetRecord[]): RecordIndex {
  const groups = new Map<string, RecordGroup>();
  const sideLists = new Map<string, string[]>();
  const aliases = new Map<string, RecordGroup>();
  const conflicts = new Set<string>();
  for (const record of records) {
    const t = record.time;
    const entry: IndexedRecord = t.kind === 'cumulative' ? { record, day: dayNumber(t.asOf), kind: 'cumulative' } : { record, day: dayNumber(t.eventDate), kind: 'event' };
    conflicts.add(record.conflict);
    for (const alias of record.reportedAs ?? []) {
      const ak = key(record.conflict, alias, record.side);
      const group = aliases.get(ak) ?? { cumulative: [], event: [] };
      group[entry.kind].push(entry);
      aliases.set(ak, group);
    }
    const k = key(record.conflict, record.category, record.side);
    const group = groups.get(k);
    if (group) group[entry.kind].push(entry);
    else {
      groups.set(k, { cumulative: [], event: [], [entry.kind]: [entry] });
      const sk = key(record.conflict, record.category);
      sideLists.set(sk, [...(sideLists.get(sk) ?? []), record.side]);
    }
  }
  const byDay = (a: IndexedRecord, b: IndexedRecord) => a.day - b.day;
  for (const group of [...groups.values(), ...aliases.values()]) {
    group.cumulative.sort(byDay);
    group.event.sort(byDay);
  }
  return {
    conflicts,
    group: (conflict, category, side) => groups.get(key(conflict, category, side)) ?? EMPTY,
    reportedAs: (conflict, category, side) => aliases.get(key(conflict, category, side)) ?? EMPTY,
    sides: (conflict, category) => sideLists.get(key(conflict, category)) ?? [],
    covers: (conflict, category) => sideLists.has(key(conflict, category)),
  };
}

/** Index of the first record dated on or after `day` in a group sorted by day. */
export function firstOnOrAfter(group: readonly IndexedRecord[], day: number): number {
  let lo = 0;
  let hi = group.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (group[mid].day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Records dated within [from, to] (inclusive), oldest first. */
export function between(group: readonly IndexedRecord[], from: number, to: number): IndexedRecord[] {
  const out: IndexedRecord[] = [];
  for (let i = firstOnOrAfter(group, from); i < group.length && group[i].day <= to; i++) out.push(group[i]);
  return out;
}
