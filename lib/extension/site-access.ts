/**
 * Sites beyond the curated news list: the user grants a host permission (one site from the popup,
 * or all sites from the options page) and the background registers the content script for the
 * granted origins. Request functions must run in a click handler (browsers require a user gesture).
 */
import { browser } from 'wxt/browser';
import { NEWS_SITE_MATCHES, sitePattern, TEST_MATCHES } from '../sites';

export const ALL_SITES = '*://*/*';
const SCRIPT_ID = 'tollcheck-granted-sites';
const CONTENT_SCRIPT = 'content-scripts/content.js';
/** The highlight styles that come with the content script (its default look). */
const CONTENT_CSS = 'content-scripts/content.css';
const BUILT_IN = new Set([...NEWS_SITE_MATCHES, ...TEST_MATCHES]);

/** Asks for one site ("Always scan this site"). Resolves false when refused or not a web page. */
export async function requestSiteAccess(url: string): Promise<boolean> {
  const pattern = sitePattern(url);
  return pattern !== null && browser.permissions.request({ origins: [pattern] });
}

/** Asks for every site (the options switch). */
export function requestAllSites(): Promise<boolean> {
  return browser.permissions.request({ origins: [ALL_SITES] });
}

export async function hasSiteAccess(url: string): Promise<boolean> {
  const pattern = sitePattern(url);
  return pattern !== null && browser.permissions.contains({ origins: [pattern] });
}

/** Granted origins the manifest does not already cover. */
export function grantedOrigins(origins: readonly string[]): string[] {
  return origins.filter((o) => !BUILT_IN.has(o) && /^(\*|https?):\/\//.test(o));
}

/** Makes the registered content script match exactly the granted origins (none → unregistered). */
export async function syncGrantedSites(): Promise<string[]> {
  const origins = grantedOrigins((await browser.permissions.getAll()).origins ?? []);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return origins;
  }
  const script = {
    id: SCRIPT_ID,
    js: [CONTENT_SCRIPT],
    css: [CONTENT_CSS],
    matches: origins,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
    // The manifest already runs the script there; this keeps it to one copy per page.
    excludeMatches: NEWS_SITE_MATCHES,
  };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return origins;
}

/**
 * After "Always scan this site" is granted: the open tabs of that site that TollCheck has not read
 * (`unread`) are scanned now. The popup scans its own tab when the request resolves, but Firefox
 * may close the popup when its permission prompt opens, and then nothing in the popup runs after
 * the grant; the background's `permissions.onAdded` still does. The all-sites grant scans only
 * pages loaded from then on (reading every open tab at once is not what the switch promises).
 */
export async function scanNewlyGranted(origins: readonly string[], unread: (tabIds: number[]) => Promise<number[]>): Promise<number[]> {
  const sites = grantedOrigins(origins).filter((o) => o !== ALL_SITES);
  if (sites.length === 0) return [];
  const tabs = await browser.tabs.query({ url: sites });
  const scanned: number[] = [];
  for (const tabId of await unread(tabs.flatMap((t) => (t.id === undefined ? [] : [t.id])))) if (await injectInto(tabId)) scanned.push(tabId);
  return scanned;
}

/** Injects the content script into one tab now (the popup's "Scan this page", via activeTab). */
export async function injectInto(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.insertCSS({ target: { tabId }, files: [`/${CONTENT_CSS}`] });
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT}`] });
    return true;
  } catch {
    return false; // browser pages, the web store, or no grant for this tab
  }
}
