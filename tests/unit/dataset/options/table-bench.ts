/**
 * How long the options table takes to index, filter, sort and page 50,000 records in memory.
 * Run: npx tsx tests/unit/dataset/options/table-bench.ts  (prints figures; not a pass/fail test)
 */
import { filterRows, pageOf, sortRows, toRows } from '../../../../lib/dataset/options/table-model';
import { makeRecords } from '../make-records';

const N = 50_000;
const records = makeRecords(N);

function time<T>(label: string, f: () => T, runs = 10): T {
  let result = f();
  const start = performance.now();
  for (let i = 0; i < runs; i++) result = f();
  console.log(`${label.padEnd(44)} ${((performance.now() - start) / runs).toFixed(1).padStart(7)} ms`);
  return result;
}

const rows = time(`index ${N} records (toRows)`, () => toRows(records));
time('filter "sudan" (one word)', () => filterRows(rows, 'sudan'));
time('filter "sudan killed ministry" (three words)', () => filterRows(rows, 'sudan killed ministry'));
time('filter with no match', () => filterRows(rows, 'zzzz'));
time('sort by best figure', () => sortRows(rows, { key: 'best', direction: 'descending' }));
time('sort by conflict name', () => sortRows(rows, { key: 'conflict', direction: 'ascending' }));
time('sort by date', () => sortRows(rows, { key: 'date', direction: 'ascending' }));
time('filter + sort + page (a keystroke)', () => pageOf(sortRows(filterRows(rows, 'monitoring'), { key: 'claimant', direction: 'ascending' }), 3, 50));
