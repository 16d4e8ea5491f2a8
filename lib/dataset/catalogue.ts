/**
 * A dataset split by conflict, so a reader can take only the conflicts a page is about. A page
 * about one war needs that war's records; parsing and indexing all 5,000 (or an installed 50,000)
 * on every worker start is most of a cold start's time.
 *
 * The catalogue is the small part read first: the header, which conflicts have records and how
 * many, and the order of the records as runs of one conflict, so the whole dataset can be put back
 * together exactly as it was written (export, the options page's record list, a diff).
 */
import type { Dataset, DatasetHeader, DatasetRecord } from './schema';

export interface ConflictCount {
  id: string;
  count: number;
}

export interface Catalogue {
  header: DatasetHeader;
  /** Conflicts with at least one record, in order of their first record. */
  conflicts: ConflictCount[];
  /** The dataset's order: [position in `conflicts`, how many of its records come next]. */
  runs: [number, number][];
}

/** A dataset cut into its catalogue and each conflict's records (in dataset order). */
export function splitByConflict(dataset: Dataset): { catalogue: Catalogue; records: Map<string, DatasetRecord[]> } {
  const { records, ...header } = dataset;
  const byConflict = new Map<string, DatasetRecord[]>();
  const position = new Map<string, number>();
  const runs: [number, number][] = [];
  for (const record of records) {
    let list = byConflict.get(record.conflict);
    if (!list) {
      byConflict.set(record.conflict, (list = []));
      position.set(record.conflict, position.size);
    }
    list.push(record);
    const at = position.get(record.conflict)!;
    const last = runs[runs.length - 1];
    if (last?.[0] === at) last[1]++;
    else runs.push([at, 1]);
  }
  const conflicts = [...byConflict].map(([id, list]) => ({ id, count: list.length }));
  return { catalogue: { header, conflicts, runs }, records: byConflict };
}

/** The whole dataset again, in its original order; throws when a conflict's records do not match the catalogue. */
export function joinConflicts(catalogue: Catalogue, records: ReadonlyMap<string, readonly DatasetRecord[]>): Dataset {
  for (const { id, count } of catalogue.conflicts) {
    if (records.get(id)?.length !== count) throw new Error(`The dataset's records for ${id} are incomplete (expected ${count}); reinstall the extension.`);
  }
  const taken = catalogue.conflicts.map(() => 0);
  const out: DatasetRecord[] = [];
  for (const [at, length] of catalogue.runs) {
    const list = records.get(catalogue.conflicts[at].id)!;
    for (let i = 0; i < length; i++) out.push(list[taken[at]++]);
  }
  return { ...catalogue.header, records: out };
}

/** A conflict id is a slug (lib/conflicts.ts), so it can name a file without escaping. */
export const CONFLICT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isCatalogue(value: unknown): value is Catalogue {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.header === 'object' &&
    c.header !== null &&
    Array.isArray(c.conflicts) &&
    c.conflicts.every((e: { id?: unknown; count?: unknown }) => typeof e?.id === 'string' && CONFLICT_ID.test(e.id) && Number.isInteger(e.count)) &&
    Array.isArray(c.runs) &&
    c.runs.every((r: unknown) => Array.isArray(r) && r.length === 2 && Number.isInteger(r[0]) && r[0] >= 0 && r[0] < (c.conflicts as unknown[]).length && Number.isInteger(r[1]))
  );
}
