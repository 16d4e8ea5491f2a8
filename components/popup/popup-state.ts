/**
 * What the popup shows for a tab, decided from plain data so each empty state can be tested
 * without a browser: the tab's URL, the background's report for it, and the per-site switch.
 */
import { VERDICT_STATUSES, type VerdictStatus } from '../../lib/verdict';
import type { ReportedClaim, TabReport } from '../../lib/extension/messaging';
import { isUnscannable, siteKey, sitePattern } from '../../lib/sites';

export type PopupView =
  /** Browser pages, extension pages, stores, PDF viewers: no extension may read them. */
  | { kind: 'unscannable'; url: string }
  /** The user switched TollCheck off for this site. */
  | { kind: 'disabled'; site: string }
  /** Nothing has read this tab: a site outside the curated list, or the page is still loading. */
  | { kind: 'not-scanned'; site: string; originPattern: string }
  /** The page is being read and checked and no figure has come back yet. */
  | { kind: 'checking'; site: string }
  | { kind: 'no-figures'; site: string }
  | { kind: 'report'; site: string; report: TabReport; groups: VerdictGroup[] };

export interface VerdictGroup {
  status: VerdictStatus;
  claims: ReportedClaim[];
}

/** Figures that call for caution come first, so they are what the reader sees without scrolling. */
export const GROUP_ORDER: readonly VerdictStatus[] = ['disputed', 'unverified', 'corroborated', 'no_data'];

export function groupByVerdict(claims: ReportedClaim[]): VerdictGroup[] {
  return GROUP_ORDER.map((status) => ({ status, claims: claims.filter((c) => c.status === status) })).filter((g) => g.claims.length > 0);
}

/** Figures per verdict: those listed, plus those past the report's storage budget that were only counted. */
export function countByVerdict(claims: ReportedClaim[], omitted: Partial<Record<VerdictStatus, number>> = {}): Record<VerdictStatus, number> {
  const counts = Object.fromEntries(VERDICT_STATUSES.map((s) => [s, omitted[s] ?? 0])) as Record<VerdictStatus, number>;
  for (const c of claims) counts[c.status]++;
  return counts;
}

/** How many figures were counted but are not listed (0 on an ordinary page). */
export function omittedCount(omitted: Partial<Record<VerdictStatus, number>> = {}): number {
  return VERDICT_STATUSES.reduce((n, s) => n + (omitted[s] ?? 0), 0);
}

export function decideView(url: string, report: TabReport | null, siteDisabled: boolean): PopupView {
  const site = siteKey(url);
  // "Always scan this site" asks permission for the site's match pattern (lib/sites.ts).
  const originPattern = sitePattern(url);
  if (site === null || originPattern === null || isUnscannable(url) || report?.state === 'unsupported') return { kind: 'unscannable', url };
  if (siteDisabled || report?.state === 'disabled') return { kind: 'disabled', site };
  if (report === null) return { kind: 'not-scanned', site, originPattern };
  if (report.claims.length === 0) return report.checking ? { kind: 'checking', site } : { kind: 'no-figures', site };
  return { kind: 'report', site, report, groups: groupByVerdict(report.claims) };
}
