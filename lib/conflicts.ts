/**
 * The conflict and side vocabulary shared by extraction (claim.side), the dataset (record.conflict,
 * record.side) and page context (inferred conflicts). A slug here means the same thing everywhere.
 */

export interface ConflictInfo {
  slug: string;
  name: string;
  /** Sides whose dead a figure can be about, as `side` slugs. */
  sides: string[];
  /**
   * When the war (in its current phase) began, YYYY-MM-DD, or null when it has no one start date.
   * A count that starts here is a running total of the war; one that starts later counts a period.
   * Figures about years before it (an earlier war named in passing) are not this conflict's.
   */
  began: string | null;
}

/** Side slug for figures covering everyone killed (both sides, all populations). */
export const ALL_SIDES = 'all';

export const CONFLICTS: ConflictInfo[] = [
  { slug: 'russia-ukraine', name: 'Russia–Ukraine war', sides: ['ukraine', 'russia', 'north-korea'], began: '2022-02-24' },
  { slug: 'israel-gaza', name: 'Israel–Gaza war', sides: ['palestinians', 'israel'], began: '2023-10-07' },
  { slug: 'israel-west-bank', name: 'Israeli–Palestinian violence in the West Bank', sides: ['palestinians', 'israel'], began: '2023-10-07' },
  { slug: 'israel-lebanon', name: 'Israel–Hezbollah conflict', sides: ['lebanon', 'israel'], began: '2023-10-08' },
  { slug: 'sudan', name: 'Sudanese civil war', sides: ['sudan'], began: '2023-04-15' },
  { slug: 'myanmar', name: 'Myanmar civil war', sides: ['myanmar'], began: '2021-02-01' },
  { slug: 'syria', name: 'Syrian civil war', sides: ['syria'], began: '2011-03-15' },
  { slug: 'yemen', name: 'Yemen war', sides: ['yemen', 'saudi-arabia'], began: '2015-03-26' },
  { slug: 'haiti', name: 'Haiti gang war', sides: ['haiti'], began: null },
  { slug: 'dr-congo', name: 'M23 conflict in eastern DR Congo', sides: ['dr-congo'], began: null },
  { slug: 'ethiopia-tigray', name: 'Tigray war', sides: ['ethiopia', 'eritrea'], began: '2020-11-04' },
];

const BY_SLUG = new Map(CONFLICTS.map((c) => [c.slug, c]));

/** The conflict's entry, or undefined for slugs that only the dataset knows (UCDP country series). */
export function conflictInfo(slug: string): ConflictInfo | undefined {
  return BY_SLUG.get(slug);
}

/** Display name for a conflict slug; unknown slugs (e.g. UCDP country series) are shown readably. */
export function conflictName(slug: string): string {
  return BY_SLUG.get(slug)?.name ?? slug.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}
