import { describe, expect, it } from 'vitest';
import { filterRows, nextSort, pageOf, recordDate, sortRows, toRows } from '../../../../lib/dataset/options/table-model';
import { makeRecord, makeRecords } from '../make-records';

describe('filterRows', () => {
  const rows = toRows([
    makeRecord(1, { conflict: 'sudan', claimant: 'Health ministry', category: 'killed' }),
    makeRecord(2, { conflict: 'myanmar', claimant: 'Monitoring group', category: 'wounded' }),
    makeRecord(3, { conflict: 'sudan', claimant: 'Monitoring group', category: 'missing' }),
  ]);

  it('returns every row for an empty or blank query', () => {
    expect(filterRows(rows, '')).toHaveLength(3);
    expect(filterRows(rows, '   ')).toHaveLength(3);
  });

  it('matches every word in any column, ignoring case', () => {
    expect(filterRows(rows, 'SUDAN').map((r) => r.record.id)).toEqual(['rec-1', 'rec-3']);
    expect(filterRows(rows, 'sudan monitoring').map((r) => r.record.id)).toEqual(['rec-3']);
    expect(filterRows(rows, 'monitoring wounded').map((r) => r.record.id)).toEqual(['rec-2']);
  });

  it('finds a conflict by its display name as well as its slug', () => {
    expect(filterRows(rows, 'civil war').length).toBe(3);
    expect(filterRows(rows, 'sudanese').map((r) => r.record.id)).toEqual(['rec-1', 'rec-3']);
  });

  it('returns nothing when a word matches no row', () => {
    expect(filterRows(rows, 'sudan zzz')).toEqual([]);
  });
});

describe('sortRows', () => {
  const rows = toRows([makeRecord(1, { best: 30, claimant: 'beta' }), makeRecord(2, { best: 5, claimant: 'Alpha' }), makeRecord(3, { best: 1000, claimant: 'gamma' })]);

  it('sorts numbers numerically in both directions', () => {
    expect(sortRows(rows, { key: 'best', direction: 'ascending' }).map((r) => r.record.best)).toEqual([5, 30, 1000]);
    expect(sortRows(rows, { key: 'best', direction: 'descending' }).map((r) => r.record.best)).toEqual([1000, 30, 5]);
  });

  it('sorts text without regard to case', () => {
    expect(sortRows(rows, { key: 'claimant', direction: 'ascending' }).map((r) => r.record.claimant)).toEqual(['Alpha', 'beta', 'gamma']);
  });

  it('sorts by the as-of or event date, whichever the record has', () => {
    const dated = toRows([
      makeRecord(1, { time: { kind: 'cumulative', periodStart: null, asOf: '2025-03-01' } }),
      makeRecord(2, { time: { kind: 'event', eventDate: '2024-12-31' } }),
      makeRecord(3, { time: { kind: 'cumulative', periodStart: '2020-01-01', asOf: '2025-01-15' } }),
    ]);
    expect(sortRows(dated, { key: 'date', direction: 'ascending' }).map((r) => recordDate(r.record))).toEqual(['2024-12-31', '2025-01-15', '2025-03-01']);
  });

  it('keeps dataset order for ties and does not touch its input', () => {
    const tied = toRows([makeRecord(1, { best: 7 }), makeRecord(2, { best: 7 }), makeRecord(3, { best: 1 })]);
    const sorted = sortRows(tied, { key: 'best', direction: 'descending' });
    expect(sorted.map((r) => r.record.id)).toEqual(['rec-1', 'rec-2', 'rec-3']);
    expect(tied.map((r) => r.record.id)).toEqual(['rec-1', 'rec-2', 'rec-3']);
    expect(sortRows(tied, null)).toBe(tied);
  });
});

describe('nextSort', () => {
  it('starts text columns ascending and figures or dates descending, and flips on a second click', () => {
    expect(nextSort(null, 'conflict')).toEqual({ key: 'conflict', direction: 'ascending' });
    expect(nextSort(null, 'best')).toEqual({ key: 'best', direction: 'descending' });
    expect(nextSort({ key: 'best', direction: 'descending' }, 'best')).toEqual({ key: 'best', direction: 'ascending' });
    expect(nextSort({ key: 'best', direction: 'descending' }, 'date')).toEqual({ key: 'date', direction: 'descending' });
  });
});

describe('pageOf', () => {
  const items = makeRecords(120);

  it('slices one page and says which items it shows', () => {
    const p = pageOf(items, 1, 50);
    expect(p.items.map((r) => r.id)).toEqual(items.slice(50, 100).map((r) => r.id));
    expect(p).toMatchObject({ index: 1, count: 3, total: 120, first: 51, last: 100 });
  });

  it('clamps a page past the end (e.g. after filtering) to the last page', () => {
    const p = pageOf(items, 9, 50);
    expect(p).toMatchObject({ index: 2, first: 101, last: 120 });
    expect(p.items).toHaveLength(20);
    expect(pageOf(items, -3, 50).index).toBe(0);
  });

  it('has one empty page for no items', () => {
    expect(pageOf([], 0, 50)).toMatchObject({ index: 0, count: 1, total: 0, first: 0, last: 0, items: [] });
  });
});
