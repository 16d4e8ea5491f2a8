/**
 * The extension's one typed message protocol (content script ⇄ background ⇄ popup/options).
 * Every message lives here so a change in one context breaks the type check of the others.
 *
 * Direction is noted per message. Content-bound messages are sent with a tab id:
 * `sendMessage('revealClaim', { key }, tabId)`; they reject with "No response" when the tab has no
 * TollCheck content script (browser pages, sites not scanned) — callers treat that as "not here".
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CheckedClaim, VerdictStatus } from '../verdict';
import type { Sparkline } from '../charts/sparkline';

/**
 * A figure as the popup lists it: the checked claim plus the key `revealClaim` takes, and its
 * sparkline when it has comparable series (stored with the tab report, lib/charts/sparkline.ts).
 */
export type ReportedClaim = CheckedClaim & { key: string; sparkline?: Sparkline };

/** Why a tab has the report it has. */
export type TabState =
  /** The content script read the page; `claims` holds what it found (maybe none). */
  | 'scanned'
  /** The user switched TollCheck off for this site; nothing is marked. */
  | 'disabled'
  /** A page no extension can read (browser pages, the web store, PDFs viewers…). */
  | 'unsupported';

export interface TabReport {
  url: string;
  title: string;
  /** Publication date found in the page (YYYY-MM-DD), or null. */
  published: string | null;
  /** Conflict slugs the page is about, most prominent first. */
  conflicts: string[];
  /** In the order the page was read (document order for the first scan, then additions). */
  claims: ReportedClaim[];
  state: TabState;
  /** Some of the page's text is still being checked: `claims` may grow (and may be empty so far). */
  checking: boolean;
  /**
   * Figures found and checked but not listed, per verdict: a tab's report has a storage budget
   * (entrypoints/background/tab-reports.ts), and past it only counts are kept. Absent when none.
   */
  omitted?: Partial<Record<VerdictStatus, number>>;
}

/**
 * One block of page text the content script asks the background to check. The page's address,
 * title and date travel once, with `pageReset`.
 */
export interface TextChunk {
  /** Content-script-chosen id, unique within the page; claim offsets are relative to this chunk. */
  chunkId: string;
  text: string;
}

/** What the content script tells the background about a page when it starts reading it. */
export interface PageStart {
  url: string;
  title: string;
  /** Publication date from the page's metadata or date line (YYYY-MM-DD), or null. */
  published: string | null;
  /** Defaults to 'scanned'. */
  state?: TabState;
  /** The page is about to be read, so the report says `checking` until `pageRead` (then until every `checkText` is answered). */
  reading?: boolean;
}

export interface ProtocolMap {
  /** content → background: find and check the figures in one block of text (NLP runs in the background). */
  checkText(chunk: TextChunk): CheckedClaim[];
  /** content → background: these chunks' text (or these single claims, by key) is gone from the page; forget their claims. */
  dropChunks(data: { chunkIds: string[]; keys?: string[] }): void;
  /** content → background: a new page (load or SPA navigation) or the site was switched off/on; clear the tab's report and remember the page. */
  pageReset(data: PageStart): void;
  /** content → background: the page's text has been read and every piece of it sent with `checkText`. */
  pageRead(): void;
  /**
   * early content script → background, at document_start: a page TollCheck may read is loading.
   * It carries nothing from the page; receiving it starts a stopped worker (and its dataset read)
   * while the page is still being parsed, not when the page is read.
   */
  pageLoading(): void;
  /** popup → background: the tab's report, or null when nothing has read that tab (not a scanned site). */
  getTabReport(data: { tabId: number }): TabReport | null;
  /** popup → background: inject the content script into the tab now (uses the activeTab grant of the popup click); false if the page cannot be scanned. */
  scanTab(data: { tabId: number }): boolean;
  /** options → background: the active dataset changed in the store; reload it and re-check open tabs. */
  datasetChanged(): void;

  /** popup → content: scroll to the figure, flash it and open its tooltip; false when it is no longer on the page. */
  revealClaim(data: { key: string }): boolean;
  /** popup → content: the per-site switch changed; remove or restore highlights at once. */
  setEnabled(data: { enabled: boolean }): void;
  /** background → content: the "next figure" keyboard shortcut; moves to the next (or previous) figure and opens its tooltip. */
  stepFigure(data: { direction: 1 | -1 }): boolean;
  /** background → content: the dataset changed; check the page's text again. */
  rescan(): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();

/** The stable key of a claim on a page: chunk and offset, the same in the background and the page. */
export function claimKey(chunkId: string, claim: Pick<CheckedClaim, 'start' | 'end'>): string {
  return `${chunkId}:${claim.start}-${claim.end}`;
}
