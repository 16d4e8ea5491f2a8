/**
 * The background service worker: checks page text for the content script (NLP and the dataset
 * stay out of pages), keeps each tab's report and badge, relays the keyboard shortcut, and keeps
 * the content script registered on sites the user granted.
 */
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/lib/extension/messaging';
import { injectInto, scanNewlyGranted, syncGrantedSites } from '@/lib/extension/site-access';
import { Checker } from './checker';
import { datasetStore, prefetchBundledDataset } from '@/lib/extension/dataset-store';
import { TabReports } from './tab-reports';
import type { CheckedClaim } from '@/lib/verdict';
import { contentScriptTab, isExtensionPage, RefusedSender, type SenderLike } from './senders';
import { reported, unlessAbsent } from '@/lib/report-error';
import { isUnscannable } from '@/lib/sites';

export default defineBackground(() => {
  // The store, which falls back to the bundled dataset, serves the checker one conflict at a time.
  const checker = new Checker(datasetStore);
  // How long the worker's scripts took to evaluate before it could do anything (bench:page prints it).
  checker.timings.main = performance.now();
  const reports = new TabReports(setBadge);
  prefetchBundledDataset();
  void checker.warm().catch(reported('loading the dataset at start-up'));

  // Every message says who sent it (the browser fills `sender`, a page cannot): content scripts
  // reach only their own tab, the other messages only the extension's own pages (senders.ts).
  const extensionId = browser.runtime.id;
  const extensionOrigin = browser.runtime.getURL('/');
  const tabOf = (sender: SenderLike) => contentScriptTab(sender, extensionId, extensionOrigin);
  const fromExtensionPage = (sender: SenderLike, what: string) => {
    if (!isExtensionPage(sender, extensionId, extensionOrigin)) throw new RefusedSender(what);
  };

  onMessage('checkText', ({ data, sender }) => {
    const tabId = tabOf(sender);
    if (tabId === null) {
      fromExtensionPage(sender, 'checkText without a tab');
      return checker.check(data.text, { title: '', published: null }).then((r) => r.claims);
    }
    // The page gets its verdicts as soon as they are known; storing them for the popup and badge
    // follows (the tab stays "checking" until it is done).
    return new Promise<CheckedClaim[]>((answer, fail) => {
      reports
        .whileChecking(tabId, async () => {
          const report = await checker.check(data.text, await reports.page(tabId));
          answer(report.claims);
          await reports.addChunk(tabId, data.chunkId, report.claims, report.conflicts);
        })
        .catch((error: unknown) => {
          fail(error);
          console.error('TollCheck: a piece of the page could not be checked or stored', error);
        });
    });
  });
  onMessage('dropChunks', ({ data, sender }) => {
    const tabId = tabOf(sender);
    return tabId === null ? undefined : reports.drop(tabId, data.chunkIds, data.keys);
  });
  onMessage('pageReset', ({ data, sender }) => {
    const tabId = tabOf(sender);
    if (tabId === null) return;
    reports.setReading(tabId, data.reading === true);
    return reports.reset(tabId, data);
  });
  // Its arrival is the point: a worker Chrome stopped after 30 s idle is started by it, so its
  // scripts and the dataset's catalogue load while the page is parsed (see settings-early.content.ts).
  onMessage('pageLoading', () => undefined);
  onMessage('pageRead', ({ sender }) => {
    const tabId = tabOf(sender);
    if (tabId !== null) reports.setReading(tabId, false);
  });
  onMessage('getTabReport', async ({ data, sender }) => {
    fromExtensionPage(sender, 'getTabReport');
    const report = await reports.get(data.tabId);
    if (report) return report;
    const tab = await browser.tabs.get(data.tabId).catch(() => null);
    if (tab?.url && isUnscannable(tab.url))
      return { url: tab.url, title: tab.title ?? '', published: null, conflicts: [], claims: [], state: 'unsupported' as const, checking: false };
    return null;
  });
  onMessage('scanTab', ({ data, sender }) => {
    fromExtensionPage(sender, 'scanTab');
    return injectInto(data.tabId);
  });
  onMessage('datasetChanged', async ({ sender }) => {
    fromExtensionPage(sender, 'datasetChanged');
    checker.reload();
    void checker.warm().catch(reported('loading the new dataset'));
    const tabs = await browser.tabs.query({});
    for (const tabId of await reports.scannedTabs(tabs.flatMap((t) => (t.id === undefined ? [] : [t.id])))) {
      void sendMessage('rescan', undefined, tabId).catch(unlessAbsent('asking a tab to check its page again', undefined));
    }
  });

  // A new document in the tab: its old figures are gone (the new page's content script reports again).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void reports.clear(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void reports.clear(tabId));

  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab?.id));
  browser.permissions.onAdded.addListener((added) => {
    void syncGrantedSites().catch(reported('registering the content script on granted sites'));
    void scanNewlyGranted(added.origins ?? [], (tabIds) => reports.unreadTabs(tabIds)).catch(reported('scanning the open tabs of a granted site'));
  });
  browser.permissions.onRemoved.addListener(() => void syncGrantedSites());
  browser.runtime.onInstalled.addListener(() => void syncGrantedSites());

  // The real-browser tests cannot press keyboard shortcuts; they call the same path through this hook.
  if (import.meta.env.MODE === 'test') Object.assign(globalThis, { tollcheckTest: { runCommand, report: (tabId: number) => reports.get(tabId), timings: checker.timings } });
});

/** The keyboard shortcuts: move to the next or previous figure on the active tab. */
async function runCommand(command: string, tabId?: number): Promise<boolean> {
  const direction = command === 'next-figure' ? 1 : command === 'previous-figure' ? -1 : null;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (direction === null || id === undefined) return false;
  return sendMessage('stepFigure', { direction }, id).catch(unlessAbsent('moving to the next figure', false));
}

async function setBadge(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
    if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  } catch {
    // The tab closed while its report was updated; nothing to show.
  }
}
