/**
 * The page's figures grouped by verdict. Each is a button: activating it asks the page to scroll
 * to the figure and flash it. A figure with comparable series shows its sparkline inside the
 * button (so a click on it opens the figure too), next to who claims it; one without shows none.
 */
import type { ReportedClaim } from '../../lib/extension/messaging';
import type { VerdictGroup } from './popup-state';
import { VerdictMark } from './VerdictMark';
import { verdictLabel } from './verdict-look';
import { whatItCounts, whoClaims } from './describe-claim';
import { visible } from '../page-text';
import { Sparkline } from '../charts/Sparkline';

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
                {/* The visible text is the accessible name; the hidden part adds the verdict and what a press does. */}
                <button type="button" class="figure" data-key={claim.key} onClick={() => onReveal(claim)}>
                  {/* Page text, isolated and with its control characters shown, never obeyed. */}
                  <span class="figure-number">
                    <bdi dir="auto">{visible(claim.figure)}</bdi>
                  </span>{' '}
                  <span class="figure-what">
                    <bdi dir="auto">{visible(whatItCounts(claim))}</bdi>
                  </span>{' '}
                  <span class="figure-foot">
                    <span class="figure-who">
                      <bdi dir="auto">{visible(whoClaims(claim))}</bdi>
                    </span>
                    {/* Its label (the chart in one sentence) joins the button's name, before the verdict. */}
                    {claim.sparkline && <Sparkline sparkline={claim.sparkline} />}
                  </span>
                  <span class="sr-only">{`, ${verdictLabel(claim.status)}. Show it on the page.`}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
