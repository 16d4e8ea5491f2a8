import { useState } from 'preact/hooks';
import type { ConflictCoverage } from '../../lib/dataset/diff';
import { conflictName } from '../../lib/conflicts';
import { formatCount } from './format';

/** Rows shown before "Show all": the bundled dataset covers dozens of conflicts. */
const FIRST_ROWS = 8;

/** Records per conflict and the dates they span: what TollCheck can check, and up to when. */
export function CoverageTable({ coverage, caption }: { coverage: readonly ConflictCoverage[]; caption: string }) {
  const [all, setAll] = useState(false);
  if (coverage.length === 0) return <p class="muted">No records, so nothing can be checked.</p>;
  const shown = all ? coverage : coverage.slice(0, FIRST_ROWS);
  return (
    <>
      <table class="coverage">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Conflict</th>
            <th scope="col" class="num">Records</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.conflict}>
              <th scope="row">{conflictName(c.conflict)}</th>
              <td class="num">{formatCount(c.records)}</td>
              <td>{c.from}</td>
              <td>{c.to}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {coverage.length > FIRST_ROWS && (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer conflicts' : `Show all ${formatCount(coverage.length)} conflicts`}
        </button>
      )}
    </>
  );
}
