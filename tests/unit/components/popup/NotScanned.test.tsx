/**
 * The "not scanned yet" state's two buttons, with the background replaced by a stub of the
 * message layer: "Scan this page" asks the background to inject into this tab; "Always scan this
 * site" asks for exactly this site's permission first, and says so when the user refuses.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NotScanned } from '../../../../components/popup/NotScanned';

/** What the stand-in background answers to `scanTab`, and the tab ids it was asked about. */
const background = vi.hoisted(() => ({ answer: true, asked: [] as number[] }));
vi.mock('../../../../lib/extension/messaging', () => ({
  sendMessage: async (type: string, data: { tabId: number }) => {
    if (type !== 'scanTab') throw new Error(`unexpected message ${type}`);
    background.asked.push(data.tabId);
    return background.answer;
  },
}));

let root: Element;
let win: { Event: typeof Event };
beforeEach(() => {
  fakeBrowser.reset();
  background.answer = true;
  background.asked = [];
  const { document, window } = parseHTML('<html><body><div id="root"></div></body></html>');
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', window);
  win = window as unknown as { Event: typeof Event };
  root = document.getElementById('root')!;
});
afterEach(() => {
  render(null, root);
  vi.unstubAllGlobals();
});

const until = (ready: () => unknown) => vi.waitFor(() => expect(ready()).toBeTruthy(), { timeout: 2000, interval: 5 });
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
const press = (name: string) => button(name).dispatchEvent(new win.Event('click', { bubbles: true }));
const alertText = () => root.querySelector('[role="alert"]')?.textContent ?? null;

function show(onScanning = vi.fn()) {
  render(<NotScanned tabId={42} site="example.org" originPattern="https://www.example.org/*" onScanning={onScanning} />, root);
  return onScanning;
}

test('"Scan this page" asks the background to scan this tab', async () => {
  const onScanning = show();
  press('Scan this page');
  await until(() => onScanning.mock.calls.length === 1);
  expect(background.asked).toEqual([42]);
  expect(alertText()).toBeNull();
});

test('a page the background cannot scan is explained', async () => {
  background.answer = false;
  const onScanning = show();
  press('Scan this page');
  await until(alertText);
  expect(alertText()).toMatch(/could not be scanned/);
  expect(onScanning).not.toHaveBeenCalled();
});

test('"Always scan this site" requests only this site, then scans it', async () => {
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
  const onScanning = show();
  press('Always scan this site');
  await until(() => onScanning.mock.calls.length === 1);
  expect(background.asked).toEqual([42]);
  expect(request).toHaveBeenCalledWith({ origins: ['https://www.example.org/*'] });
});

test('a refused permission leaves the site unscanned and says so', async () => {
  vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
  const onScanning = show();
  press('Always scan this site');
  await until(alertText);
  expect(alertText()).toMatch(/Permission for example\.org was not given/);
  expect(background.asked).toEqual([]);
  expect(onScanning).not.toHaveBeenCalled();
});
