import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { BUNDLED_FILES, BUNDLED_HEADER } from '../../../lib/dataset/bundled';
import type { DatasetRecord } from '../../../lib/dataset/schema';
import { checkBundled, quantityKey } from '../../../scripts/build-dataset/check';
import { readRetired } from '../../../scripts/build-dataset/curated';
import { filesAt } from '../../../scripts/build-dataset/git';

const root = resolve(import.meta.dirname, '../../..');

describe('dataset check (npm run dataset:check)', () => {
  it('passes on the bundled files, ids compared with the committed version', () => {
    const previous = filesAt(root, 'HEAD', Object.keys(BUNDLED_FILES));
    const report = checkBundled({ header: BUNDLED_HEADER, files: BUNDLED_FILES, previous, retired: readRetired(join(root, 'data')) });
    expect(report.errors).toEqual([]);
    expect(report.records).toBe(Object.values(BUNDLED_FILES).flat().length);
  });

  const base: DatasetRecord = {
    id: 'a',
    conflict: 'russia-ukraine',
    country: 'Ukraine',
    category: 'killed',
    population: 'civilian',
    side: 'ukraine',
    best: 10,
    low: 10,
    high: 10,
    time: { kind: 'cumulative', periodStart: null, asOf: '2024-01-31' },
    claimant: 'HRMMU',
    claimantType: 'un',
    figureKind: 'verified_floor',
    source: { name: 'UN', url: 'https://ukraine.un.org/', published: '2024-02-09' },
  };
  const header = { ...BUNDLED_HEADER, published: '2026-12-01' };
  const run = (records: DatasetRecord[], previous?: DatasetRecord[], retired?: Map<string, string>) =>
    checkBundled({ header, files: { 'facts.json': records }, previous: previous ? { 'facts.json': previous } : null, retired });

  it('finds contradictions only within one claimant, quantity and date', () => {
    const other = { ...base, id: 'b', best: 12, low: 12, high: 12 };
    expect(run([base, other]).errors.join()).toMatch(/contradiction: a = 10, b = 12/);
    // A subset, a period total or another day is another quantity.
    expect(run([base, { ...other, subset: 'children' }]).errors).toEqual([]);
    expect(run([base, { ...other, time: { kind: 'cumulative', periodStart: '2024-01-01', asOf: '2024-01-31' } }]).errors).toEqual([]);
    expect(run([base, { ...other, time: { kind: 'cumulative', periodStart: null, asOf: '2024-02-29' } }]).errors).toEqual([]);
    expect(quantityKey(base)).not.toBe(quantityKey({ ...base, claimant: 'OHCHR' }));
  });

  it('refuses duplicate ids, dates after the publication date and schema errors; warns on http', () => {
    expect(run([base, { ...base }]).errors.join()).toMatch(/duplicate id/);
    expect(run([{ ...base, time: { kind: 'event', eventDate: '2027-01-01' } }]).errors.join()).toMatch(/after the dataset's published date/);
    expect(run([{ ...base, time: { kind: 'cumulative', periodStart: null, asOf: '2024-02-30' } }]).errors.join()).toMatch(/real calendar date/);
    const http = run([{ ...base, source: { ...base.source, url: 'http://example.org/x' } }]);
    expect(http.errors).toEqual([]);
    expect(http.warnings.join()).toMatch(/not https[\s\S]*http:\/\/example.org\/x/);
  });

  it('keeps ids stable: no silent removal, no reuse for another figure, no return of a retired id', () => {
    expect(run([], [base]).errors.join()).toMatch(/a: removed since the previous version/);
    expect(run([], [base], new Map([['a', 'withdrawn']])).errors).toEqual([]);
    expect(run([{ ...base, side: 'russia' }], [base]).errors.join()).toMatch(/must keep naming the same figure/);
    expect(run([{ ...base, best: 11, low: 11, high: 11 }], [base]).errors).toEqual([]);
    expect(run([base], [], new Map([['a', 'withdrawn']])).errors.join()).toMatch(/retired/);
  });
});
