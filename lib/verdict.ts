/** The outcome of checking one claim against the reference dataset. */
import type { VerdictChart } from './charts/verdict-chart';
import type { Claim } from './claim';
import type { DatasetRecord } from './dataset/schema';

export const VERDICT_STATUSES = ['corroborated', 'disputed', 'unverified', 'no_data'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

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
