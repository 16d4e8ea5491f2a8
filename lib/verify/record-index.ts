/**
 * The dataset arranged for lookup: records grouped by conflict, category and side, each group
 * sorted by date, so checking a claim costs a map lookup and a binary search, not a scan. Each
 * conflict is indexed on its own (nothing in one conflict's index depends on another's records),
 * so the worker can index only the conflicts the pages it checks are about.
 */
import type { Category } from '../claim';
import { conflictInfo } from '../conflicts';
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
  /** The part of the side the record counts (`record.subset`), null for the whole side. */
  subset: string | null;
  /** When the figure became public: its source's publication date, else its own date. */
  publishedDay: number;
  /**
   * How many days a running total stays "the figure at the time": 14 for series updated at least
   * fortnightly, 30 for monthly or occasional ones (a monthly UN update, a one-off estimate).
   */
  currentDays: number;
  /** For a period total: the same count was given at several cut-offs (a growing count since a date). */
  growing: boolean;
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
  /** Day number of the conflict's newest record, for saying when the dataset may be out of date. */
  newestDay(conflict: string): number | undefined;
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

/** One conflict's records arranged for lookup (`RecordIndex` without the conflict). */
export interface ConflictIndex {
  group(category: Category, side: string): RecordGroup;
  reportedAs(category: Category, side: string): RecordGroup;
  sides(category: Category): readonly string[];
  covers(category: Category): boolean;
  newestDay: number | undefined;
}

type Building = { series: Map<string, IndexedRecord[]>; periods: IndexedRecord[]; event: IndexedRecord[] };

const EMPTY: RecordGroup = { series: new Map(), periods: [], event: [] };

/**
 * category → side → group. Nested maps keyed by the strings claims and records already hold
 * (their hashes are cached), rather than a joined key string built and hashed per lookup.
 */
type Tree = Map<string, Map<string, Building>>;

function add(tree: Tree, category: string, side: string, entry: IndexedRecord): void {
  let bySide = tree.get(category);
  if (!bySide) tree.set(category, (bySide = new Map()));
  let group = bySide.get(side);
  if (!group) bySide.set(side, (group = { series: new Map(), periods: [], event: [] }));
  if (entry.kind === 'event') group.event.push(entry);
  else if (entry.kind === 'period') group.periods.push(entry);
  else {
    // One series per claimant, population and subset: a running count of one group of people.
    const name = seriesName(entry);
    const series = group.series.get(name);
    if (series) series.push(entry);
    else group.series.set(name, [entry]);
  }
}

/** The series a running total belongs to within its group: one claimant counting one group of people. */
export function seriesName(entry: IndexedRecord): string {
  return `${entry.record.claimant}\u0000${entry.record.population}\u0000${entry.subset ?? ''}`;
}

function* groupsOf(tree: Tree): Generator<Building> {
  for (const bySide of tree.values()) yield* bySide.values();
}

/** Identifies one counting effort: the same claimant counting the same people from the same start. */
const seriesKey = (r: DatasetRecord, periodStart: string) =>
  `${r.conflict}\u0000${r.category}\u0000${r.side}\u0000${r.population}\u0000${r.subset ?? ''}\u0000${r.claimant}\u0000${periodStart}`;

/** A count that starts within this many days of the war's start is the war's running total. */
const WAR_START_SLACK_DAYS = 31;

/**
 * Whether a count with a start date is a period total. Where the conflict's start is known, a
 * count from (about) that day is the war's running total and any later start marks a period
 * ("since 13 July" in one province, a year, a quarter). Where it is not known, a start date given
 * at several cut-offs is taken as when counting began, and a start date used once as a period.
 */
function isPeriodTotal(r: DatasetRecord, periodStart: string, running: Set<string>): boolean {
  const began = conflictInfo(r.conflict)?.began;
  if (began) return Math.abs(dayNumber(periodStart) - dayNumber(began)) > WAR_START_SLACK_DAYS;
  return !running.has(seriesKey(r, periodStart));
}

/** Median gap between a series' cut-offs decides how long one of its figures stays current. */
function currentDaysOf(series: readonly IndexedRecord[]): number {
  if (series.length < 2) return MONTHLY_CURRENT_DAYS;
  const gaps = series
    .slice(1)
    .map((e, i) => e.day - series[i].day)
    .sort((a, b) => a - b);
  return gaps[gaps.length >> 1] >= MONTHLY_GAP_DAYS ? MONTHLY_CURRENT_DAYS : CURRENT_DAYS;
}
export const CURRENT_DAYS = 14;
export const MONTHLY_CURRENT_DAYS = 30;
const MONTHLY_GAP_DAYS = 20;

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

/** The whole dataset's index: each conflict indexed on its own (`indexConflict`), all of them present. */
export function buildIndex(records: readonly DatasetRecord[]): RecordIndex {
  const byConflict = new Map<string, DatasetRecord[]>();
  for (const record of records) {
    const list = byConflict.get(record.conflict);
    if (list) list.push(record);
    else byConflict.set(record.conflict, [record]);
  }
  const parts = new Map([...byConflict].map(([conflict, list]) => [conflict, indexConflict(list)]));
  return composeIndex(new Set(parts.keys()), (conflict) => parts.get(conflict));
}

/**
 * An index over the conflicts in `known`, asking `part` for each one's index. A conflict in
 * `known` whose index is not there is a caller's mistake (its records were not loaded before the
 * check): it throws rather than reading as "no records", which would pass for a real verdict.
 */
export function composeIndex(known: ReadonlySet<string>, part: (conflict: string) => ConflictIndex | undefined): RecordIndex {
  const of = (conflict: string): ConflictIndex | undefined => {
    const found = part(conflict);
    if (!found && known.has(conflict)) throw new Error(`TollCheck checked a figure before the records of ${conflict} were loaded.`);
    return found;
  };
  return {
    conflicts: known,
    group: (conflict, category, side) => of(conflict)?.group(category, side) ?? EMPTY,
    reportedAs: (conflict, category, side) => of(conflict)?.reportedAs(category, side) ?? EMPTY,
    sides: (conflict, category) => of(conflict)?.sides(category) ?? [],
    covers: (conflict, category) => of(conflict)?.covers(category) ?? false,
    newestDay: (conflict) => of(conflict)?.newestDay,
  };
}

/** Indexes the records of one conflict (every record must belong to it). */
export function indexConflict(records: readonly DatasetRecord[]): ConflictIndex {
  const groups: Tree = new Map();
  const aliases: Tree = new Map();
  const running = runningStarts(records);
  let newest: number | undefined;
  for (const record of records) {
    const t = record.time;
    const trust = trustOf(record);
    const day = dayNumber(t.kind === 'event' ? t.eventDate : t.asOf);
    const isPeriod = t.kind === 'cumulative' && t.periodStart !== null && isPeriodTotal(record, t.periodStart, running);
    const entry: IndexedRecord = {
      record,
      day,
      kind: t.kind === 'event' ? 'event' : isPeriod ? 'period' : 'cumulative',
      trust,
      subset: record.subset ?? null,
      publishedDay: record.source.published ? Math.max(day, dayNumber(record.source.published)) : day,
      currentDays: CURRENT_DAYS,
      growing: isPeriod && t.kind === 'cumulative' && t.periodStart !== null && running.has(seriesKey(record, t.periodStart)),
    };
    for (const alias of record.reportedAs ?? []) add(aliases, alias, record.side, entry);
    add(groups, record.category, record.side, entry);
    if (!(newest! >= day)) newest = day;
  }
  const byDay = (a: IndexedRecord, b: IndexedRecord) => a.day - b.day;
  const seen = new Set<IndexedRecord[]>();
  for (const group of [...groupsOf(groups), ...groupsOf(aliases)]) {
    for (const series of group.series.values()) {
      series.sort(byDay);
      if (seen.has(series)) continue;
      seen.add(series);
      const current = currentDaysOf(series);
      for (const e of series) e.currentDays = current;
    }
    group.event.sort(byDay);
    group.periods.sort(byDay);
  }
  const sideLists = new Map<Map<string, Building>, string[]>();
  const sides = (category: Category): readonly string[] => {
    const bySide = groups.get(category);
    if (!bySide) return [];
    let list = sideLists.get(bySide);
    if (!list) sideLists.set(bySide, (list = [...bySide.keys()]));
    return list;
  };
  return {
    group: (category, side) => groups.get(category)?.get(side) ?? EMPTY,
    reportedAs: (category, side) => aliases.get(category)?.get(side) ?? EMPTY,
    sides,
    covers: (category) => groups.has(category),
    newestDay: newest,
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
