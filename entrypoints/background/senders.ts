/**
 * Who may ask the background for what. Content scripts run inside web pages, so a page that
 * compromises or imitates one must not reach anything beyond its own tab: it may only report its
 * own page's text (checkText, dropChunks, pageReset, pageRead), and each answer or change concerns
 * the tab the message came from. Another tab's report, injecting scripts and dataset changes are
 * for the extension's own pages (popup, options), whose address the browser vouches for.
 */
const EXTENSIONS_PAGES = ['chrome://extensions', 'edge://extensions', 'about:addons'];

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** The extension's popup or options page (in a tab or not), never a content script. */
export function isExtensionPage(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== undefined && sender.id !== extensionId) return false;
  const origin = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  if (!sender.url?.startsWith(origin)) return false;
  if (sender.origin !== undefined && sender.origin !== 'null' && `${sender.origin}/` !== origin) return false;
  // A sender inside a tab is an extension page only when the tab itself shows one: the options page
  // in its own tab, or embedded in the browser's extensions page. (None of TollCheck's pages is
  // web-accessible, so no web page can frame one; the tab's URL is unknown without the tabs permission.)
  const tabUrl = sender.tab?.url;
  return sender.tab === undefined || tabUrl === undefined || tabUrl === '' || tabUrl.startsWith(origin) || EXTENSIONS_PAGES.some((p) => tabUrl.startsWith(p));
}

/** The tab a content script's message came from (its top frame only), or null for anything else. */
export function contentScriptTab(sender: SenderLike, extensionId: string, extensionOrigin: string): number | null {
  if (sender.id !== undefined && sender.id !== extensionId) return null;
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  if (isExtensionPage(sender, extensionId, extensionOrigin)) return null;
  return tabId;
}

export class RefusedSender extends Error {
  constructor(message: string) {
    super(`TollCheck: ${message} is answered only for the extension's own pages.`);
  }
}
