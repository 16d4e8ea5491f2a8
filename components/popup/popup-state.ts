/**
 * What the popup shows for a tab, decided from plain data so each empty state can be tested
 * without a browser: the tab's URL, the background's report for it, and the per-site switch.
 */
import { VERDICT_STATUSES, type VerdictStatus } from '../../lib/verdict';
import type { ReportedClaim, TabReport } from '../../lib/extension/messaging';

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

// Hosts where browsers forbid extensions from running scripts.
const LOCKED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** The page is a browser, extension, store or PDF page that no content script can read. */
export function isUnscannable(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  if (LOCKED_HOSTS.includes(parsed.hostname)) return true;
  return /\.pdf$/i.test(parsed.pathname);
}

/** The match pattern "Always scan this site" asks permission for (match patterns carry no port). */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

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
  if (isUnscannable(url) || report?.state === 'unsupported') return { kind: 'unscannable', url };
  const site = new URL(url).hostname.replace(/^www\./, '');
  if (siteDisabled || report?.state === 'disabled') return { kind: 'disabled', site };
  if (report === null) return { kind: 'not-scanned', site, originPattern: originPattern(url) };
  if (report.claims.length === 0) return report.checking ? { kind: 'checking', site } : { kind: 'no-figures', site };
  return { kind: 'report', site, report, groups: groupByVerdict(report.claims) };
}
