/** One chip per verdict with its count: colour, underline cue and word, so colour is never alone. */
import type { VerdictStatus } from '../../lib/verdict';
import { GROUP_ORDER } from './popup-state';
import { VerdictMark } from './VerdictMark';
import { verdictLabel } from './verdict-look';

export function VerdictCounts({ counts }: { counts: Record<VerdictStatus, number> }) {
  return (
    <ul class="counts" aria-label="Figures on this page by verdict">
      {GROUP_ORDER.map((status) => (
        <li key={status} class={`count verdict-${status}`} data-verdict={status} data-count={counts[status]}>
          <VerdictMark status={status} />
          <span class="count-number">{counts[status]}</span>
          <span class="count-label">{verdictLabel(status)}</span>
        </li>
      ))}
    </ul>
  );
}
