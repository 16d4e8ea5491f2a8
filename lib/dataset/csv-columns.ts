/**
 * The flat CSV view of a record: one column per leaf field. Kept apart from the parser so the docs,
 * the exporter and the importer read the same table.
 */
import type { DatasetRecord } from './schema';

/** Columns in export order; `required` ones must appear in an imported header row. */
export const CSV_COLUMNS = [
  { name: 'id', path: 'id', required: true },
  { name: 'conflict', path: 'conflict', required: true },
  { name: 'country', path: 'country', required: false },
  { name: 'region', path: 'region', required: false },
  { name: 'category', path: 'category', required: true },
  { name: 'reported_as', path: 'reportedAs', required: false },
  { name: 'population', path: 'population', required: true },
  { name: 'side', path: 'side', required: true },
  { name: 'subset', path: 'subset', required: false },
  { name: 'count_best', path: 'best', required: true },
  { name: 'count_low', path: 'low', required: false },
  { name: 'count_high', path: 'high', required: false },
  { name: 'time_kind', path: 'time.kind', required: true },
  { name: 'period_start', path: 'time.periodStart', required: false },
  { name: 'as_of', path: 'time.asOf', required: false },
  { name: 'event_date', path: 'time.eventDate', required: false },
  { name: 'claimant', path: 'claimant', required: true },
  { name: 'claimant_type', path: 'claimantType', required: true },
  { name: 'figure_kind', path: 'figureKind', required: true },
  { name: 'source_name', path: 'source.name', required: true },
  { name: 'source_url', path: 'source.url', required: true },
  { name: 'source_published', path: 'source.published', required: false },
  { name: 'caveat', path: 'caveat', required: false },
  { name: 'note', path: 'note', required: false },
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number]['name'];

const COLUMN_BY_PATH = new Map<string, string>(CSV_COLUMNS.map((c) => [c.path, c.name]));

/** `time.asOf` → `as_of`; `reportedAs.1` → `reported_as`. */
export function columnForPath(path: string): string {
  return COLUMN_BY_PATH.get(path) ?? COLUMN_BY_PATH.get(path.replace(/\.\d+$/, '')) ?? path;
}

/** Multi-valued cells (reported_as) separate values with this. */
export const LIST_SEPARATOR = ';';

export function recordToRow(r: DatasetRecord): Record<CsvColumn, string | number> {
  const t = r.time;
  return {
    id: r.id,
    conflict: r.conflict,
    country: r.country ?? '',
    region: r.region ?? '',
    category: r.category,
    reported_as: (r.reportedAs ?? []).join(LIST_SEPARATOR),
    population: r.population,
    side: r.side,
    subset: r.subset ?? '',
    count_best: r.best,
    count_low: r.low,
    count_high: r.high,
    time_kind: t.kind,
    period_start: t.kind === 'cumulative' ? (t.periodStart ?? '') : '',
    as_of: t.kind === 'cumulative' ? t.asOf : '',
    event_date: t.kind === 'event' ? t.eventDate : '',
    claimant: r.claimant,
    claimant_type: r.claimantType,
    figure_kind: r.figureKind,
    source_name: r.source.name,
    source_url: r.source.url,
    source_published: r.source.published ?? '',
    caveat: r.caveat ?? '',
    note: r.note ?? '',
  };
}
