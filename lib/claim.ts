/**
 * The shape of one casualty figure found in text. Extraction produces it, verification reads it,
 * the UI shows it. Kept in one place so every layer agrees on the vocabulary.
 */

export const CATEGORIES = ['killed', 'wounded', 'casualties', 'bodies', 'missing', 'captured'] as const;
/** What a figure counts. `casualties` = killed and wounded together, undifferentiated. */
export type Category = (typeof CATEGORIES)[number];

export const QUALIFIERS = ['exact', 'approx', 'at_least', 'more_than', 'up_to', 'less_than', 'range'] as const;
/** How the figure bounds the true number ("more than 11,000" → more_than 11000). */
export type Qualifier = (typeof QUALIFIERS)[number];

export const CLAIMANT_TYPES = ['belligerent', 'un', 'independent', 'intelligence', 'official', 'media', 'unknown'] as const;
export type ClaimantType = (typeof CLAIMANT_TYPES)[number];

export const POPULATIONS = ['civilian', 'military', 'all'] as const;
export type Population = (typeof POPULATIONS)[number];

/**
 * What stretch of time a figure covers: a running total since the war or disaster began
 * (`cumulative`), a total for a stated period that does not start with the war ("this month",
 * "in 2023", "since the fall of Assad", "last week": `period`), or one incident, one day's toll
 * or one handover (`event`).
 */
export const TIME_SCOPES = ['cumulative', 'period', 'event'] as const;
export type TimeScope = (typeof TIME_SCOPES)[number];

export interface Claim {
  /** UTF-16 offsets of `figure` in the scanned text. */
  start: number;
  end: number;
  /** The number expression as written, e.g. "more than 11,000". */
  figure: string;
  /** The sentence holding the figure. */
  sentence: string;
  count: number;
  /** Upper end for ranges, else null. */
  countHigh: number | null;
  qualifier: Qualifier;
  category: Category;
  /** Whose dead/wounded, as precisely as the text allows ("Russian military"), or null. */
  party: string | null;
  /** Normalised side of `party`, a slug such as `russia`, `ukraine`, `palestinians`, or null. */
  side: string | null;
  population: Population | null;
  /** Who the text attributes the figure to ("Ukraine's General Staff"), or null. */
  claimant: string | null;
  claimantType: ClaimantType;
  /** Side the claimant belongs to when it is a party to a conflict (`ukraine` for Kyiv's officials). */
  claimantSide: string | null;
  /** Running total, period total or single incident, when the text tells; null when it does not. */
  timeScope: TimeScope | null;
  /**
   * The part of `party` the figure counts, when it is not the whole of it: a subset slug from
   * `lib/subsets.ts` ("children", "women", "officers", "recruited-prisoners", "place-sweida"), or
   * null for the whole group. Verification never sets a subset against a whole-population record.
   */
  subset: string | null;
}
