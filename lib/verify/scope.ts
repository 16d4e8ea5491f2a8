/**
 * What a claim is about, in the dataset's terms: the category to look up (dead soldiers "returned"
 * are bodies), its stretch of time when extraction could not tell, and whether it is about this
 * conflict at all (an earlier war named in passing, an earthquake in a country at war).
 */
import type { Category, Claim, TimeScope } from '../claim';
import { conflictInfo, conflictName } from '../conflicts';

/** Categories whose records are handovers (bodies, prisoners), dated by the day they happened. */
export const HANDOVER_CATEGORIES: ReadonlySet<Category> = new Set(['bodies', 'captured']);

// Not "exchanging fire", "an exchange of fire": fighting, not a handover.
const HANDOVER_WORDS =
  /\b(return(?:s|ed|ing)?|repatriat\w*|hand(?:s|ed)? over|handover|exchang\w*(?! (?:of )?(?:fire|blows|strikes))|swap\w*|receiv\w*|br(?:ing|ings|inging|ought) (?:home|back))\b/i;

// A handover's words, or a release's: what a handover record counts.
const HANDED_OR_FREED = new RegExp(
  `${HANDOVER_WORDS.source}|\\b(?:freed|free|frees|released|releases?|releasing|liberated|came home|come home|back home|home|gave|given|gives|giving|transferr\\w*|deliver\\w*|sent back)\\b`,
  'i',
);

/**
 * Whether a claim of bodies or captives may be about a handover or a release, the only thing a
 * handover record counts: not when its sentence speaks only of taking or holding them ("251
 * people were taken into Gaza as hostages") or of looking for them ("to locate the bodies of the
 * other 24"), and then no day's handover may back or dispute it.
 */
export function speaksOfHandover(sentence: string): boolean {
  return !TAKEN_OR_HELD.test(sentence) || HANDED_OR_FREED.test(sentence);
}
// Words of taking or holding captives, or of looking for the dead.
const TAKEN_OR_HELD = /\b(?:taken|took|abduct\w*|kidnap\w*|seiz\w*|captured|held|holding|locate|locating|search(?:ing)? for)\b/i;

/** "Moscow hands over 500 dead soldiers" counts bodies handed over, not deaths: look it up as bodies. */
export function lookupCategory(claim: Claim): Category {
  if (claim.category === 'killed' && HANDOVER_WORDS.test(claim.sentence) && /\b(dead|bodies|remains|fallen|slain)\b/i.test(claim.sentence)) return 'bodies';
  return claim.category;
}

const RUNNING_TOTAL =
  /\b(since the (?:start|beginning|outbreak)|since the (?:full-scale )?(?:invasion|war)|so far|to date|in total|overall|altogether|cumulative|throughout the war|death toll)\b/i;
const INCIDENT =
  /\b(strike|airstrike|air strike|attack|shelling|blast|explosion|bombing|raid|overnight|yesterday|today|last night|a day earlier|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i;

/** The quantity a claim measures, as verification compares it. */
export interface Quantity {
  category: Category;
  scope: TimeScope | null;
}

export function quantityOf(claim: Claim): Quantity {
  const category = lookupCategory(claim);
  return { category, scope: timeScopeOf(claim, category) };
}

/**
 * Running total, period total or incident: extraction's reading when it has one, else the
 * sentence's wording ("since the invasion" vs "in an airstrike on Friday"); null when it does not say.
 */
export function timeScopeOf(claim: Claim, category: Category): TimeScope | null {
  // Handovers are recorded as events; a "cumulative" reading ("the biggest repatriation since the
  // invasion") may still be one, so such claims are compared with both kinds of record.
  if (HANDOVER_CATEGORIES.has(category)) return claim.timeScope === 'cumulative' ? 'cumulative' : claim.timeScope === 'period' ? 'period' : 'event';
  if (claim.timeScope) return claim.timeScope;
  if (RUNNING_TOTAL.test(claim.sentence)) return 'cumulative';
  if (INCIDENT.test(claim.sentence)) return 'event';
  return null;
}

/** Wars and events that casualty stories recall in passing; their dead are not the current war's. */
const OTHER_WARS =
  /\b(?:Afghanistan|Afghan war|Vietnam|Chechnya|Chechen wars?|(?:First|Second) World War|World War (?:I|II|One|Two)|WWI|WWII|Korean War|Iraq war|Falklands|Srebrenica|Rwandan genocide|Holocaust|Soviet[- ]Afghan)\b/i;
/** Natural disasters: a quake's or a flood's dead belong to no war, even in a country at war. */
const DISASTER =
  /\b(?:earthquakes?|quakes?|aftershocks?|tsunami|cyclone|hurricane|typhoon|tornado(?:es)?|landslides?|mudslides?|floods?|flooding|floodwaters|wildfires?|volcan\w*|avalanche)\b/i;
const YEAR = /\b(?:19|20)\d{2}\b/g;
const COMPARED_YEAR = /\b(?:since|than|until|compared (?:with|to))\s+(?:in\s+)?(?:the\s+)?(?:19|20)\d{2}\b/gi;

/**
 * Why a figure on this conflict's page is not about this conflict, or null when it is: its
 * sentence is about a natural disaster, recalls another war, or names only years before the
 * conflict began ("Soviet losses in 1979–89").
 */
export function elsewhereReason(claim: Claim, conflict: string): string | null {
  const sentence = claim.sentence;
  if (DISASTER.test(sentence) && !/\b(?:strikes?|shelling|bomb\w*|missiles?|drones?|attacks?)\b/i.test(sentence)) {
    return 'This figure is about a natural disaster, not a war: the reference dataset holds war casualties only, so there is nothing to check it against.';
  }
  const other = OTHER_WARS.exec(sentence);
  if (other) return `This figure is about another war or time (${other[0]}), not the ${conflictName(conflict)}: the reference dataset holds no record to check it against.`;
  const began = conflictInfo(conflict)?.began;
  // "the deadliest day since 2014" compares with an earlier year; it does not date the figure.
  const years = sentence.replace(COMPARED_YEAR, '').match(YEAR)?.map(Number) ?? [];
  if (began && years.length > 0 && years.every((y) => y < Number(began.slice(0, 4)))) {
    return `This figure is about ${years.length === 1 ? years[0] : `${Math.min(...years)}–${Math.max(...years)}`}, before the ${conflictName(conflict)} began: the reference dataset holds no record of that time to check it against.`;
  }
  return null;
}
