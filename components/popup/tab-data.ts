/**
 * Where the popup's data comes from: which tab it is about, the background's report for that
 * tab, and the per-site switch.
 */
import { browser } from 'wxt/browser';
import { sendMessage, type TabReport } from '../../lib/extension/messaging';
import { isSiteDisabled } from '../../lib/extension/settings';

export interface TargetTab {
  id: number;
  /** Undefined when the browser hides it from us (pages the extension may not read). */
  url: string | undefined;
}

/**
 * `popup.html?tab=<id>` shows that tab (how tests and the demo open it); otherwise the
 * active tab of the current window, as when the toolbar button is clicked.
 */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => null);
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id === undefined ? null : { id: active.id, url: active.url };
}

export interface TabData {
  url: string | null;
  report: TabReport | null;
  siteDisabled: boolean;
}

export async function loadTabData(tab: TargetTab): Promise<TabData> {
  // No background answer means nothing has read the tab yet; that is a state, not an error.
  const report = await sendMessage('getTabReport', { tabId: tab.id }).catch(() => null);
  const url = tab.url ?? report?.url ?? null;
  return { url, report, siteDisabled: url !== null && (await isSiteDisabled(url)) };
}
