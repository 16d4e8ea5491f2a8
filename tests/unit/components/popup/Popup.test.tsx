/**
 * The popup while a page is still being checked: it says "Checking this page…" (never "No casualty
 * figures found" before the answer), in a polite live region that then announces the outcome.
 * The background is replaced by a stub of the message layer whose report the test advances.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabReport } from '../../../../lib/extension/messaging';
import { Popup } from '../../../../components/popup/Popup';

const background = vi.hoisted(() => ({ report: null as TabReport | null }));
vi.mock('../../../../lib/extension/messaging', () => ({
  sendMessage: async (type: string) => {
    if (type !== 'getTabReport') throw new Error(`unexpected message ${type}`);
    return background.report;
  },
}));

const URL_ = 'https://news.example/story';
const report = (checking: boolean): TabReport => ({ url: URL_, title: 'Story', published: null, conflicts: [], claims: [], state: 'scanned', checking });

let root: Element;
beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 9, url: URL_ } as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>);
  const { document, window } = parseHTML('<html><body><div id="root"></div></body></html>');
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', window);
  root = document.getElementById('root')!;
});
afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

const until = (ready: () => unknown) => vi.waitFor(() => expect(ready()).toBeTruthy(), { timeout: 3000, interval: 10 });
const heading = () => root.querySelector('.empty h2')?.textContent ?? null;
const live = () => root.querySelector('[aria-live="polite"]');

test('says "Checking this page…" until the check is done, then the result, in a polite live region', async () => {
  background.report = report(true);
  render(<Popup search="?tab=9" />, root);
  await until(() => heading() === 'Checking this page…');
  expect(live()?.textContent).toBe('Checking this page…');
  expect(root.textContent).not.toContain('No casualty figures found');
  const region = live();
  background.report = report(false); // the popup polls the background about once a second
  await until(() => heading() === 'No casualty figures found');
  // The same live region stays in place and announces the outcome.
  expect(live()).toBe(region);
  expect(live()?.textContent).toBe('Check finished: no casualty figures found.');
});
