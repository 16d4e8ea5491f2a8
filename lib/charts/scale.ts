/**
 * The arithmetic behind TollCheck's small charts: a date scale, a value scale, a few readable ticks,
 * and thinning a long series to the points a 260-pixel chart can show. DOM-free, so it is tested in
 * Node and shared by the tooltip, the popup and the options page.
 */
import { isoOfDay } from '../verify/dates';

/** A linear map from [d0, d1] onto [r0, r1]; a flat domain maps to the middle of the range. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Day number (days since 1970-01-01, UTC) of a YYYY-MM-DD date. */
export function dayOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** YYYY-MM-DD of a day number. */
export function isoOf(day: number): string {
  return isoOfDay(day);
}

/**
 * Two or three date ticks for an axis from `fromDay` to `toDay`: the first of January of each year
 * when the span covers several years, else the first of a month, at most `max` of them.
 */
export function dateTicks(fromDay: number, toDay: number, max = 3): string[] {
  const from = isoOf(fromDay);
  const to = isoOf(toDay);
  const years: string[] = [];
  for (let y = Number(from.slice(0, 4)) + (from.slice(5) === '01-01' ? 0 : 1); y <= Number(to.slice(0, 4)); y++) years.push(`${y}-01-01`);
  if (years.length >= 2) return spread(years, max);
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)) + (from.slice(8) === '01' ? 0 : 1)];
  for (;;) {
    if (m > 12) [y, m] = [y + 1, 1];
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (iso > to) break;
    months.push(iso);
    m++;
  }
  return spread(months, max);
}

/** At most `max` items, evenly spread and keeping the first and last. */
function spread<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  if (max === 1) return [items[0]];
  return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))]);
}

export interface Point {
  day: number;
  value: number;
}

/**
 * At most `max` points of a series ordered by day, evenly spaced in time, always keeping the first
 * and the last (the latest figure is what a reader compares with). Growth between kept points is
 * drawn as a straight line, which a running total's curve allows at this size.
 */
export function thin<P extends Point>(points: readonly P[], max = 60): P[] {
  if (points.length <= max) return [...points];
  const first = points[0].day;
  const last = points[points.length - 1].day;
  const out: P[] = [points[0]];
  let next = 1;
  for (let slot = 1; slot < max - 1; slot++) {
    const target = first + ((last - first) * slot) / (max - 1);
    while (next < points.length - 1 && points[next].day < target) next++;
    if (next < points.length - 1 && points[next] !== out[out.length - 1]) out.push(points[next]);
  }
  out.push(points[points.length - 1]);
  return out;
}

/** The months (YYYY-MM) a set of dates falls in, sorted and without repeats. */
export function monthsOf(dates: Iterable<string>): string[] {
  return [...new Set([...dates].map((d) => d.slice(0, 7)))].sort();
}
