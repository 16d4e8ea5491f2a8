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
const EARLY_SCRIPT_ID = 'tollcheck-granted-sites-early';
/** The settings read at document_start (entrypoints/settings-early.content.ts). */
const EARLY_SCRIPT = 'content-scripts/settings-early.js';
const SCRIPT_IDS = [SCRIPT_ID, EARLY_SCRIPT_ID];
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

/** Makes the registered content scripts match exactly the granted origins (none → unregistered). */
export async function syncGrantedSites(): Promise<string[]> {
  const origins = grantedOrigins((await browser.permissions.getAll()).origins ?? []);
  const existing = new Set((await browser.scripting.getRegisteredContentScripts({ ids: SCRIPT_IDS })).map((s) => s.id));
  if (origins.length === 0) {
    if (existing.size) await browser.scripting.unregisterContentScripts({ ids: [...existing] });
    return origins;
  }
  // The manifest already runs both scripts there; this keeps them to one copy per page.
  const where = { matches: origins, excludeMatches: NEWS_SITE_MATCHES, persistAcrossSessions: true };
  const scripts = [
    { id: SCRIPT_ID, js: [CONTENT_SCRIPT], css: [CONTENT_CSS], runAt: 'document_idle' as const, ...where },
    // Begins the settings read before the page loads, as on the curated sites (early-settings.ts).
    { id: EARLY_SCRIPT_ID, js: [EARLY_SCRIPT], runAt: 'document_start' as const, ...where },
  ];
  const update = scripts.filter((s) => existing.has(s.id));
  const register = scripts.filter((s) => !existing.has(s.id));
  if (update.length) await browser.scripting.updateContentScripts(update);
  if (register.length) await browser.scripting.registerContentScripts(register);
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
