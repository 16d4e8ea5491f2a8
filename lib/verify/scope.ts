/**
 * What a claim is about, in the dataset's terms: the category to look up (dead soldiers "returned"
 * are bodies), and whether it is a running total or a single incident when extraction could not tell.
 */
import type { Category, Claim, TimeScope } from '../claim';

/** Categories whose records are handovers (bodies, prisoners), dated by the day they happened. */
export const HANDOVER_CATEGORIES: ReadonlySet<Category> = new Set(['bodies', 'captured']);

const HANDOVER_WORDS = /\b(return(?:s|ed|ing)?|repatriat\w*|hand(?:s|ed)? over|handover|exchang\w*|swap\w*|receiv\w*|br(?:ing|ings|inging|ought) (?:home|back))\b/i;

/** "Moscow hands over 500 dead soldiers" counts bodies handed over, not deaths: look it up as bodies. */
export function lookupCategory(claim: Claim): Category {
  if (claim.category === 'killed' && HANDOVER_WORDS.test(claim.sentence) && /\b(dead|bodies|remains|fallen|slain)\b/i.test(claim.sentence)) return 'bodies';
  return claim.category;
}

const RUNNING_TOTAL = /\b(since|so far|to date|in total|total|toll|overall|altogether|cumulative|throughout|in all)\b/i;
const INCIDENT = /\b(strike|airstrike|air strike|attack|shelling|blast|explosion|bombing|raid|overnight|yesterday|today|last night|a day earlier|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

/**
 * Running total or incident: extraction's reading when it has one, else the sentence's wording
 * ("since the invasion" vs "in an airstrike on Friday"); null when the sentence does not say.
 */
export function timeScopeOf(claim: Claim, category: Category): TimeScope | null {
  // Handovers are recorded as events; a "cumulative" reading ("the biggest repatriation since the
  // invasion") may still be one, so such claims are compared with both kinds of record.
  if (HANDOVER_CATEGORIES.has(category)) return claim.timeScope === 'cumulative' ? null : 'event';
  if (claim.timeScope) return claim.timeScope;
  if (RUNNING_TOTAL.test(claim.sentence)) return 'cumulative';
  if (INCIDENT.test(claim.sentence)) return 'event';
  return null;
}
