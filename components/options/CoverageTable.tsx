import { useState } from 'preact/hooks';
import type { ConflictCoverage } from '../../lib/dataset/diff';
import { conflictName } from '../../lib/conflicts';
import { FIGURE_KINDS, type FigureKind } from '../../lib/dataset/schema';
import { CoverageTimeline, kindCount, TimelineAxis, TimelineLegend } from '../charts/CoverageTimeline';
import { formatCount } from './format';

/** "276 verified counts · 130 handovers · 1,676 party claims". */
function kindsText(kinds: Partial<Record<FigureKind, number>>): string {
  return FIGURE_KINDS.filter((k) => kinds[k])
    .map((k) => kindCount(k, kinds[k]!, formatCount))
    .join(' · ');
}

/** Rows shown before "Show all": the bundled dataset covers dozens of conflicts. */
const FIRST_ROWS = 8;

/**
 * Records per conflict, the dates they span and the kinds of figure they are: what TollCheck can
 * check, up to when, and whether independent counts back it or only the parties' claims.
 */
export function CoverageTable({ coverage, caption }: { coverage: readonly ConflictCoverage[]; caption: string }) {
  const [all, setAll] = useState(false);
  if (coverage.length === 0) return <p class="muted">No records, so nothing can be checked.</p>;
  const shown = all ? coverage : coverage.slice(0, FIRST_ROWS);
  // One date axis for every conflict, so their coverage can be compared at a glance.
  const from = coverage.reduce((m, c) => (c.from < m ? c.from : m), coverage[0].from);
  const to = coverage.reduce((m, c) => (c.to > m ? c.to : m), coverage[0].to);
  return (
    <>
      <div class="table-scroll">
        <table class="coverage">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Conflict</th>
              <th scope="col" class="num">
                Records
              </th>
              <th scope="col">From</th>
              <th scope="col">Latest</th>
              <th scope="col">Kinds of figure</th>
              <th scope="col">
                Over time
                <TimelineAxis from={from} to={to} />
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.conflict}>
                <th scope="row">{conflictName(c.conflict)}</th>
                <td class="num">{formatCount(c.records)}</td>
                <td class="date">{c.from}</td>
                <td class="date">{c.to}</td>
                <td>{kindsText(c.kinds)}</td>
                <td>
                  <CoverageTimeline months={c.months} from={from} to={to} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TimelineLegend />
      {coverage.length > FIRST_ROWS && (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer conflicts' : `Show all ${formatCount(coverage.length)} conflicts`}
        </button>
      )}
    </>
  );
}
