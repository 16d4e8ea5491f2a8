/** Words for records in reasons: "the OHCHR figure of 406 as of 6 March 2022, 2 days before the article". */
import { CATEGORY_WORDS } from '../category-words';
import type { Category, Claim } from '../claim';
import { describeSubset } from '../subsets';
import { conflictName } from '../conflicts';
import { describeAge, formatDate } from './dates';
import { formatRange } from './interval';
import type { IndexedRecord } from './record-index';

const recorded = (category: Category) => CATEGORY_WORDS[category].recorded;

const sideNames = new Map<string, string>([['all', 'all sides']]);

/** "north-korea" → "North Korea" (side slugs are few; each is spelled out once). */
function sideName(side: string): string {
  let name = sideNames.get(side);
  if (!name) sideNames.set(side, (name = side.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase())));
  return name;
}

/** "6 March 2022, 2 days before the article" — or just the date when the article's date is unknown. */
export function when(entry: IndexedRecord, articleDay: number | null): string {
  const r = entry.record;
  const date = formatDate(r.time.kind === 'cumulative' ? r.time.asOf : r.time.eventDate);
  return articleDay === null ? date : `${date}, ${describeAge(entry.day, articleDay)}`;
}

/** "the OHCHR figure of 406 as of 6 March 2022, 2 days before the article". */
export function describeRecord(entry: IndexedRecord, articleDay: number | null): string {
  const r = entry.record;
  const figure = formatRange(r.low, r.high);
  if (r.category === 'bodies') return `the ${r.claimant} record of ${figure} bodies returned to ${sideName(r.side)} on ${when(entry, articleDay)}`;
  const kind = r.figureKind === 'statistical_estimate' ? 'estimate' : r.figureKind === 'verified_floor' ? 'verified count' : 'figure';
  const t = r.time;
  const date =
    t.kind === 'cumulative' && t.periodStart && entry.kind === 'period'
      ? `for ${formatDate(t.periodStart)} to ${formatDate(t.asOf)}`
      : entry.kind === 'cumulative' || entry.kind === 'period'
        ? `as of ${when(entry, articleDay)}`
        : `for ${when(entry, articleDay)}`;
  const whose = entry.subset ? `${describeSubset(entry.subset)}, ${r.population}, ${sideName(r.side)}` : `${r.population}, ${sideName(r.side)}`;
  return `the ${r.claimant} ${kind} of ${figure} ${recorded(r.category)} (${whose}) ${date}`;
}

/**
 * Why the record speaks to the claim: what the two both count, and over what time. Said in every
 * corroboration so the reader can see that like was compared with like.
 */
export function comparableBecause(entry: IndexedRecord, claim: Claim): string {
  const r = entry.record;
  const group = entry.subset ? describeSubset(entry.subset) : r.population === 'all' ? 'everyone' : r.population === 'civilian' ? 'civilians' : 'military personnel';
  const what =
    r.category === 'bodies'
      ? `bodies returned to ${sideName(r.side)}`
      : r.category === 'captured'
        ? `prisoners freed to ${sideName(r.side)}`
        : `${group}${r.side === 'all' ? '' : ` of ${sideName(r.side)}`} ${recorded(r.category)}`;
  const kind = r.figureKind === 'verified_floor' ? '; each death verified, so a minimum' : r.figureKind === 'statistical_estimate' ? '; an estimate' : '';
  const source = claim.claimant && sharesName(claim.claimant, r.claimant) ? ' — the claimant’s own published record' : '';
  if (entry.kind === 'event') return `the same ${r.category === 'bodies' || r.category === 'captured' ? 'handover' : 'incident'} (${what}${kind})${source}`;
  if (entry.kind === 'period') return `the same period total (${what}${kind})${source}`;
  return `the same running total (${what}${kind}), current at the time${source}`;
}

function sharesName(a: string, b: string): boolean {
  const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  const wb = words(b);
  for (const w of words(a)) if (wb.has(w) && !/^(the|and|for|office|ministry|says|said|source|sources|officials?)$/.test(w)) return true;
  return false;
}

/** "US DIA, as of 8 March 2022, the same day as the article": who and when, for lists of rival figures. */
export function cite(entry: IndexedRecord, articleDay: number | null): string {
  return `${entry.record.claimant}, ${entry.kind === 'cumulative' ? 'as of ' : ''}${when(entry, articleDay)}`;
}

/** "11,000 killed (military, Russia) as of 7 March 2022, 1 day before the article" — a party's own figure. */
export function describeOwnFigure(entry: IndexedRecord, articleDay: number | null, claimCategory: Category): string {
  const r = entry.record;
  const what = r.category === claimCategory ? recorded(r.category) : `${recorded(r.category)} (a total of losses that is often reported as ${recorded(claimCategory)})`;
  return `${formatRange(r.low, r.high)} ${what} ${entry.kind === 'cumulative' ? 'as of' : 'on'} ${when(entry, articleDay)}`;
}

/** "killed figures for Ukraine (children) in the Russia–Ukraine war" for no-data reasons. */
export function describeScope(category: Category, side: string | null, conflict: string, subset: string | null = null): string {
  const whose = side ? ` for ${sideName(side)}${subset ? ` (${describeSubset(subset)})` : ''}` : '';
  return `${recorded(category)} figures${whose} in the ${conflictName(conflict)}`;
}

export { sideName };
