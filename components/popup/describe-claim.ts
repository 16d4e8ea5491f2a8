/** Short words for a figure in the popup's list: what it counts and who says so. */
import type { Category } from '../../lib/claim';
import type { ReportedClaim } from '../../lib/extension/messaging';

const COUNTS: Record<Category, string> = {
  killed: 'killed',
  wounded: 'wounded',
  casualties: 'killed or wounded',
  bodies: 'bodies',
  missing: 'missing',
  captured: 'captured',
};

/** "killed · Russian military" — the category, and whose dead when the text says. */
export function whatItCounts(claim: ReportedClaim): string {
  return claim.party ? `${COUNTS[claim.category]} · ${claim.party}` : COUNTS[claim.category];
}

/** Who the page attributes the figure to; saying so when it names no one is itself information. */
export function whoClaims(claim: ReportedClaim): string {
  return claim.claimant ? `per ${claim.claimant}` : 'no source named';
}
