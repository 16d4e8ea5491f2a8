/** The outcome of checking one claim against the reference dataset. */
import type { VerdictChart } from './charts/verdict-chart';
import type { Claim } from './claim';
import type { DatasetRecord } from './dataset/schema';

export const VERDICT_STATUSES = ['corroborated', 'disputed', 'unverified', 'no_data'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

/**
 * Each verdict in words, in one place: the tooltip, the popup and the badge say the same thing
 * the README's "Verdicts" table says (lib/verify decides; these only name the outcome).
 */
export const VERDICT_WORDS: Record<VerdictStatus, { label: string; meaning: string; symbol: string }> = {
  corroborated: { label: 'Corroborated', meaning: 'An independent record of the same count agrees with this figure.', symbol: '✓' },
  disputed: { label: 'Disputed', meaning: 'Every comparable independent record at the time contradicts this figure.', symbol: '≠' },
  unverified: {
    label: 'Unverified',
    meaning: 'Only a party to the conflict, or no one named, stands behind this figure; no independent record confirms or rules it out.',
    symbol: '?',
  },
  no_data: { label: 'No data', meaning: 'TollCheck has no comparable record of this count (or it is outside the wars the dataset covers).', symbol: '–' },
};

/** Statuses that call for caution: the toolbar badge counts these. */
export const CAUTION_STATUSES: readonly VerdictStatus[] = ['unverified', 'disputed'];

export interface Verdict {
  status: VerdictStatus;
  /** One sentence a reader understands: why this status. */
  reason: string;
  /** The records the verdict rests on, most relevant first. */
  references: DatasetRecord[];
  /** What the tooltip's chart draws: the comparable series over time, or the recent handovers (lib/charts/verdict-chart.ts). */
  chart?: VerdictChart;
}

/** A claim together with its verdict: what the scan command prints and the UI shows. */
export type CheckedClaim = Claim & Verdict;

/** What is known about the page as a whole. */
export interface PageContext {
  /** Publication date (YYYY-MM-DD), or null when unknown. */
  published: string | null;
  /** Conflict slugs the article is about, most prominent first. */
  conflicts: string[];
}
