/** What a rebuild changes, per conflict: records added, changed (any field) and removed, by id. */
import type { DatasetRecord } from '../../lib/dataset/schema';

export interface ConflictChanges {
  conflict: string;
  added: number;
  changed: number;
  removed: number;
}

export function changesByConflict(before: Record<string, DatasetRecord[]>, after: Record<string, DatasetRecord[]>): ConflictChanges[] {
  const old = new Map(
    Object.values(before)
      .flat()
      .map((r) => [r.id, r]),
  );
  const now = new Map(
    Object.values(after)
      .flat()
      .map((r) => [r.id, r]),
  );
  const rows = new Map<string, ConflictChanges>();
  const row = (conflict: string) => {
    let r = rows.get(conflict);
    if (!r) rows.set(conflict, (r = { conflict, added: 0, changed: 0, removed: 0 }));
    return r;
  };
  for (const [id, r] of now) {
    const o = old.get(id);
    if (!o) row(r.conflict).added += 1;
    else if (JSON.stringify(sorted(o)) !== JSON.stringify(sorted(r))) row(r.conflict).changed += 1;
  }
  for (const [id, o] of old) if (!now.has(id)) row(o.conflict).removed += 1;
  return [...rows.values()].sort((a, b) => a.conflict.localeCompare(b.conflict));
}

export function describeChanges(before: Record<string, DatasetRecord[]>, after: Record<string, DatasetRecord[]>): string[] {
  const rows = changesByConflict(before, after);
  if (!rows.length) return ['no changes'];
  return rows.map((r) => `${r.conflict.padEnd(26)} +${r.added} ~${r.changed} -${r.removed}`);
}

/** Field order and absent-vs-undefined do not count as changes. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sorted(v)]),
    );
  }
  return value;
}
