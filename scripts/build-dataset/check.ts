/**
 * The maintainer's check of the bundled dataset (`npm run dataset:check`, and the unit test that
 * runs the same function): the runtime schema, unique ids that stay stable between versions,
 * https sources, real dates no later than the dataset's publication, and no two records of one
 * claimant that give different figures for the very same quantity.
 */
import * as v from 'valibot';
import { DatasetSchema, RecordSchema, type DatasetHeader, type DatasetRecord } from '../../lib/dataset/schema';

export interface CheckInput {
  header: DatasetHeader;
  /** Bundled file name → its records, in dataset order. */
  files: Record<string, unknown[]>;
  /** The previous released version's files (e.g. from `git show HEAD:…`), to keep ids stable. */
  previous?: Record<string, unknown[]> | null;
  /** Ids withdrawn on purpose (data/retired-ids.csv): may disappear, must never come back. */
  retired?: ReadonlyMap<string, string>;
}

export interface CheckReport {
  errors: string[];
  warnings: string[];
  records: number;
}

/** The date a record speaks for: a running total's cut-off, an event's day. */
export function dateOf(r: DatasetRecord): string {
  return r.time.kind === 'cumulative' ? r.time.asOf : r.time.eventDate;
}

/**
 * Two records with the same key measure the same quantity: same claimant, conflict, category,
 * side, subset, population and the same time (kind, period start, cut-off or day).
 */
export function quantityKey(r: DatasetRecord): string {
  const t = r.time;
  const when = t.kind === 'cumulative' ? `cumulative ${t.periodStart ?? 'start'}..${t.asOf}` : `event ${t.eventDate}`;
  return [r.claimant, r.conflict, r.category, r.side, r.subset ?? '', r.population, when].join(' | ');
}

/** What may not change under one id: it would then name another figure. */
function identity(r: { conflict?: unknown; category?: unknown; side?: unknown }): string {
  return `${r.conflict} ${r.category} ${r.side}`;
}

export function checkBundled({ header, files, previous, retired = new Map() }: CheckInput): CheckReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const headerResult = v.safeParse(DatasetSchema, { ...header, records: [] });
  if (!headerResult.success) errors.push(...headerResult.issues.map((i) => `header ${v.getDotPath(i) ?? ''}: ${i.message}`));
  const published = header.published;

  const records: { file: string; record: DatasetRecord }[] = [];
  for (const [file, list] of Object.entries(files)) {
    list.forEach((raw, index) => {
      const result = v.safeParse(RecordSchema, raw);
      const id = (raw as { id?: unknown })?.id;
      if (!result.success) {
        errors.push(`${file} record ${index + 1} (${String(id)}): ${result.issues.map((i) => `${v.getDotPath(i) ?? 'record'} ${i.message}`).join('; ')}`);
        return;
      }
      records.push({ file, record: result.output });
    });
  }

  // Ids: unique in the dataset.
  const seen = new Map<string, string>();
  for (const { file, record } of records) {
    const earlier = seen.get(record.id);
    if (earlier) errors.push(`${file} ${record.id}: duplicate id (also in ${earlier})`);
    else seen.set(record.id, file);
    if (retired.has(record.id)) errors.push(`${file} ${record.id}: id was retired (${retired.get(record.id) || 'see data/retired-ids.csv'}) and must not be reused`);
  }

  // Ids: stable against the previous version.
  if (previous) {
    const now = new Map(records.map(({ record }) => [record.id, record]));
    for (const [file, list] of Object.entries(previous)) {
      for (const raw of list) {
        const old = raw as DatasetRecord;
        const current = now.get(old.id);
        if (!current) {
          if (!retired.has(old.id)) errors.push(`${file} ${old.id}: removed since the previous version; keep it, or list it in data/retired-ids.csv with the reason`);
        } else if (identity(current) !== identity(old)) {
          errors.push(`${old.id}: was ${identity(old)}, now ${identity(current)}; an id must keep naming the same figure (retire it and use a new id)`);
        }
      }
    }
  }

  const http: string[] = [];
  for (const { file, record: r } of records) {
    const where = `${file} ${r.id}`;
    if (!r.source.url.startsWith('https://')) http.push(`${r.id} ${r.source.url}`);
    const date = dateOf(r);
    const dates = [date, r.source.published, r.time.kind === 'cumulative' ? r.time.periodStart : null];
    for (const d of dates) if (d && d > published) errors.push(`${where}: date ${d} is after the dataset's published date ${published}`);
    if (r.time.kind === 'cumulative' && r.time.periodStart && r.time.periodStart > r.time.asOf)
      errors.push(`${where}: period starts ${r.time.periodStart}, after its cut-off ${r.time.asOf}`);
    if (r.source.published && r.source.published < date && r.time.kind === 'cumulative')
      warnings.push(`${where}: cut-off ${date} is after the source's publication ${r.source.published}`);
  }
  if (http.length) warnings.push(`${http.length} source URL(s) are not https:\n    ${http.join('\n    ')}`);

  // Same claimant, same quantity, same date: the figures must agree.
  const byKey = new Map<string, DatasetRecord[]>();
  for (const { record } of records) {
    const key = quantityKey(record);
    byKey.set(key, [...(byKey.get(key) ?? []), record]);
  }
  for (const [key, group] of byKey) {
    if (group.length < 2) continue;
    const figures = new Set(group.map((r) => `${r.best}/${r.low}/${r.high}`));
    if (figures.size > 1)
      errors.push(
        `contradiction: ${group.map((r) => `${r.id} = ${r.best === r.low && r.best === r.high ? r.best : `${r.low}–${r.high} (best ${r.best})`}`).join(', ')} for ${key}`,
      );
    else warnings.push(`duplicate: ${group.map((r) => r.id).join(', ')} repeat one figure for ${key}`);
  }

  return { errors, warnings, records: records.length };
}
