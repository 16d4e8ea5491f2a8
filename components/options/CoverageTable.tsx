import { useState } from 'preact/hooks';
import type { ConflictCoverage } from '../../lib/dataset/diff';
import { conflictName } from '../../lib/conflicts';
import { FIGURE_KINDS, type FigureKind } from '../../lib/dataset/schema';
import { formatCount } from './format';

/** Short names for the kinds of figure, in the order of the weight they carry. */
const KIND_WORDS: Record<FigureKind, string> = {
  verified_floor: 'verified counts',
  exchange_record: 'handovers',
  statistical_estimate: 'estimates',
  reported: 'reported tallies',
  party_claim: 'party claims',
};

/** "276 verified counts · 130 handovers · 1,676 party claims". */
function kindsText(kinds: Partial<Record<FigureKind, number>>): string {
  return FIGURE_KINDS.filter((k) => kinds[k]).map((k) => `${formatCount(kinds[k]!)} ${KIND_WORDS[k]}`).join(' · ');
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
  return (
    <>
      <table class="coverage">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Conflict</th>
            <th scope="col" class="num">Records</th>
            <th scope="col">From</th>
            <th scope="col">Latest</th>
            <th scope="col">Kinds of figure</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.conflict}>
              <th scope="row">{conflictName(c.conflict)}</th>
              <td class="num">{formatCount(c.records)}</td>
              <td>{c.from}</td>
              <td>{c.to}</td>
              <td>{kindsText(c.kinds)}</td>
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
