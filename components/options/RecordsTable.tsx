/**
 * Every record of the active dataset: filtered and sorted in memory, one page rendered at a time so
 * a 50,000-record dataset stays responsive.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { filterRows, nextSort, pageOf, sortRows, type SortKey, type SortState, type TableRow } from '../../lib/dataset/options/table-model';
import { RecordRow } from './RecordRow';
import { Pager } from './Pager';

export const PAGE_SIZE = 50;

const COLUMNS: { label: string; key: SortKey | null; numeric?: boolean }[] = [
  { label: 'Conflict', key: 'conflict' },
  { label: 'Category', key: 'category' },
  { label: 'Party', key: 'party' },
  { label: 'Best (low–high)', key: 'best', numeric: true },
  { label: 'As of / event', key: 'date' },
  { label: 'Claimant and kind', key: 'claimant' },
  { label: 'Source', key: null },
];

/** `rows` are prepared once per dataset (lib/dataset/options/active-view.ts), not in a render. */
export function RecordsTable({ rows }: { rows: readonly TableRow[] }) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState | null>(null);
  const [pageIndex, setPageIndex] = useState(0);
  const shown = useMemo(() => sortRows(filterRows(rows, query), sort), [rows, query, sort]);
  const page = pageOf(shown, pageIndex, PAGE_SIZE);
  // A new filter, sort or dataset starts again from the first page.
  useEffect(() => setPageIndex(0), [rows, query, sort]);

  return (
    <section aria-labelledby="records-title" class="card">
      <h2 id="records-title">Records</h2>
      <div class="toolbar">
        <label for="record-filter">Filter records</label>
        <input id="record-filter" type="search" value={query} placeholder="e.g. sudan killed ministry" onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <div class="table-scroll">
        <table class="records" aria-describedby="records-count">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.label} scope="col" class={c.numeric ? 'num' : undefined} aria-sort={c.key && sort?.key === c.key ? sort.direction : undefined}>
                  {c.key ? (
                    <button type="button" class="sort" onClick={() => setSort(nextSort(sort, c.key!))}>
                      {c.label}
                      <span aria-hidden="true" class="sort-mark">
                        {sort?.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.items.map((row) => (
              <RecordRow key={row.record.id} row={row} />
            ))}
          </tbody>
        </table>
        {page.total === 0 && <p class="empty">{rows.length ? 'No record matches this filter.' : 'This dataset has no records.'}</p>}
      </div>
      <Pager page={page} onPage={setPageIndex} id="records-count" noun="record" />
    </section>
  );
}
