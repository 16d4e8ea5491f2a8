/** Short words for a figure in the popup's list: what it counts and who says so. */
import { CATEGORY_WORDS } from '../../lib/category-words';
import type { ReportedClaim } from '../../lib/extension/messaging';

/** "killed · Russian military" — the category, and whose dead when the text says. */
export function whatItCounts(claim: ReportedClaim): string {
  const counts = CATEGORY_WORDS[claim.category].counted;
  return claim.party ? `${counts} · ${claim.party}` : counts;
}

/** Who the page attributes the figure to; saying so when it names no one is itself information. */
export function whoClaims(claim: ReportedClaim): string {
  return claim.claimant ? `per ${claim.claimant}` : 'no source named';
}
