/**
 * The page's figures grouped by verdict. Each is a button: activating it asks the page to scroll
 * to the figure and flash it.
 */
import type { ReportedClaim } from '../../lib/extension/messaging';
import type { VerdictGroup } from './popup-state';
import { VerdictMark } from './VerdictMark';
import { verdictLabel } from './verdict-look';
import { whatItCounts, whoClaims } from './describe-claim';

interface Props {
  groups: VerdictGroup[];
  onReveal(claim: ReportedClaim): void;
}

export function FigureList({ groups, onReveal }: Props) {
  return (
    <div class="groups">
      {groups.map((group) => (
        <section key={group.status} class={`group verdict-${group.status}`} aria-labelledby={`group-${group.status}`}>
          <h2 id={`group-${group.status}`}>
            <VerdictMark status={group.status} /> {verdictLabel(group.status)} <span class="group-count">({group.claims.length})</span>
          </h2>
          <ul>
            {group.claims.map((claim) => (
              <li key={claim.key}>
                <button type="button" class="figure" data-key={claim.key} onClick={() => onReveal(claim)}
                  aria-label={`${claim.figure}, ${whatItCounts(claim)}, ${whoClaims(claim)}, ${verdictLabel(claim.status)}. Show on page`}>
                  <span class="figure-number">{claim.figure}</span>
                  <span class="figure-what">{whatItCounts(claim)}</span>
                  <span class="figure-who">{whoClaims(claim)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
