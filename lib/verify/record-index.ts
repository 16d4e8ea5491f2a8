/**
 * The dataset arranged for lookup: records grouped by conflict, category and side, each group
 * sorted by date, so checking a claim costs a map lookup and a binary search, not a scan.
 */
import type { Category } from '../claim';
import type { DatasetRecord } from '../dataset/schema';
import { dayNumber } from './dates';
import { trustOf, type Trust } from './parties';

export interface IndexedRecord {
  record: DatasetRecord;
  /** `asOf` for running totals, `eventDate` for events, as a day number. */
  day: number;
  /** `period`: a total for a stated period (a year, "since the fall of Assad"), not since the war began. */
  kind: 'cumulative' | 'period' | 'event';
  /** Who stands behind the record, worked out once here rather than for every claim. */
  trust: Trust;
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

/**
 * Running totals and events are kept apart so each claim searches only the kind it compares with;
 * running totals are further split into one series per claimant, so "each series' latest figure"
 * is a binary search per series.
 */
export interface RecordGroup {
  series: ReadonlyMap<string, IndexedRecord[]>;
  /** Period totals, oldest first: compared only with claims that name the period. */
  periods: IndexedRecord[];
  event: IndexedRecord[];
}

type Building = { series: Map<string, IndexedRecord[]>; periods: IndexedRecord[]; event: IndexedRecord[] };

const EMPTY: RecordGroup = { series: new Map(), periods: [], event: [] };

/**
 * conflict → category → side → group. Nested maps keyed by the strings claims and records already
 * hold (their hashes are cached), rather than a joined key string built and hashed per lookup.
 */
type Tree = Map<string, Map<string, Map<string, Building>>>;

function add(tree: Tree, conflict: string, category: string, side: string, entry: IndexedRecord): void {
  let byCategory = tree.get(conflict);
  if (!byCategory) tree.set(conflict, (byCategory = new Map()));
  let bySide = byCategory.get(category);
  if (!bySide) byCategory.set(category, (bySide = new Map()));
  let group = bySide.get(side);
  if (!group) bySide.set(side, (group = { series: new Map(), periods: [], event: [] }));
  if (entry.kind === 'event') group.event.push(entry);
  else if (entry.kind === 'period') group.periods.push(entry);
  else {
    // One series per claimant and population: a running count of one group of people.
    const name = `${entry.record.claimant}\u0000${entry.record.population}`;
    const series = group.series.get(name);
    if (series) series.push(entry);
    else group.series.set(name, [entry]);
  }
}

function* groupsOf(tree: Tree): Generator<Building> {
  for (const byCategory of tree.values()) for (const bySide of byCategory.values()) yield* bySide.values();
}

/** Identifies one counting effort: the same claimant counting the same people from the same start. */
const seriesKey = (r: DatasetRecord, periodStart: string) => `${r.conflict}\u0000${r.category}\u0000${r.side}\u0000${r.population}\u0000${r.claimant}\u0000${periodStart}`;

/**
 * Start dates shared by several cut-offs of one count. A count given "since 8 October 2023" at
 * many dates is a running total (the start is just when counting began); a start date used once
 * (a month's or a year's total) marks a period total, comparable only with claims about that period.
 */
function runningStarts(records: readonly DatasetRecord[]): Set<string> {
  const firstCutoff = new Map<string, string>();
  const running = new Set<string>();
  for (const r of records) {
    const t = r.time;
    if (t.kind !== 'cumulative' || t.periodStart === null) continue;
    const key = seriesKey(r, t.periodStart);
    const seen = firstCutoff.get(key);
    if (seen === undefined) firstCutoff.set(key, t.asOf);
    else if (seen !== t.asOf) running.add(key);
  }
  return running;
}

export function buildIndex(records: readonly DatasetRecord[]): RecordIndex {
  const groups: Tree = new Map();
  const aliases: Tree = new Map();
  const running = runningStarts(records);
  for (const record of records) {
    const t = record.time;
    const trust = trustOf(record);
    const isPeriod = t.kind === 'cumulative' && t.periodStart !== null && !running.has(seriesKey(record, t.periodStart));
    const entry: IndexedRecord =
      t.kind === 'event' ? { record, day: dayNumber(t.eventDate), kind: 'event', trust } : { record, day: dayNumber(t.asOf), kind: isPeriod ? 'period' : 'cumulative', trust };
    for (const alias of record.reportedAs ?? []) add(aliases, record.conflict, alias, record.side, entry);
    add(groups, record.conflict, record.category, record.side, entry);
  }
  const byDay = (a: IndexedRecord, b: IndexedRecord) => a.day - b.day;
  for (const group of [...groupsOf(groups), ...groupsOf(aliases)]) {
    for (const series of group.series.values()) series.sort(byDay);
    group.event.sort(byDay);
    group.periods.sort(byDay);
  }
  const sideLists = new Map<Map<string, Building>, string[]>();
  const sides = (conflict: string, category: Category): readonly string[] => {
    const bySide = groups.get(conflict)?.get(category);
    if (!bySide) return [];
    let list = sideLists.get(bySide);
    if (!list) sideLists.set(bySide, (list = [...bySide.keys()]));
    return list;
  };
  return {
    conflicts: new Set(groups.keys()),
    group: (conflict, category, side) => groups.get(conflict)?.get(category)?.get(side) ?? EMPTY,
    reportedAs: (conflict, category, side) => aliases.get(conflict)?.get(category)?.get(side) ?? EMPTY,
    sides,
    covers: (conflict, category) => groups.get(conflict)?.has(category) ?? false,
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
