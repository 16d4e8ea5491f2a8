/**
 * The conflict and side vocabulary shared by extraction (claim.side), the dataset (record.conflict,
 * record.side) and page context (inferred conflicts). A slug here means the same thing everywhere.
 */

export interface ConflictInfo {
  slug: string;
  name: string;
  /** Sides whose dead a figure can be about, as `side` slugs. */
  sides: string[];
}

/** Side slug for figures covering everyone killed (both sides, all populations). */
export const ALL_SIDES = 'all';

export const CONFLICTS: ConflictInfo[] = [
  { slug: 'russia-ukraine', name: 'Russia–Ukraine war', sides: ['ukraine', 'russia', 'north-korea'] },
  { slug: 'israel-gaza', name: 'Israel–Gaza war', sides: ['palestinians', 'israel'] },
  { slug: 'israel-west-bank', name: 'Israeli–Palestinian violence in the West Bank', sides: ['palestinians', 'israel'] },
  { slug: 'israel-lebanon', name: 'Israel–Hezbollah conflict', sides: ['lebanon', 'israel'] },
  { slug: 'sudan', name: 'Sudanese civil war', sides: ['sudan'] },
  { slug: 'myanmar', name: 'Myanmar civil war', sides: ['myanmar'] },
  { slug: 'syria', name: 'Syrian civil war', sides: ['syria'] },
  { slug: 'yemen', name: 'Yemen war', sides: ['yemen', 'saudi-arabia'] },
  { slug: 'ethiopia-tigray', name: 'Tigray war', sides: ['ethiopia', 'eritrea'] },
];

const BY_SLUG = new Map(CONFLICTS.map((c) => [c.slug, c]));

/** Display name for a conflict slug; unknown slugs (e.g. UCDP country series) are shown readably. */
export function conflictName(slug: string): string {
  return BY_SLUG.get(slug)?.name ?? slug.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}
