/** The settings half of the options page in Chromium: each control writes the shared storage items. */
// Chromium only for now: written against Playwright before the shared driver (driver.ts); nothing in it needs Chromium.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, screenshot, type ExtensionBrowser } from './harness';
import { openOptions } from './options-page';

/** The part of the extension API the evaluated functions use (they run in the service worker). */
declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

let browser: ExtensionBrowser;
let page: Page;
beforeAll(async () => {
  browser = await launchWithExtension({ colorScheme: 'dark' });
  page = await openOptions(browser);
});
afterAll(async () => {
  await browser?.close();
});

/** Reads sync storage from the extension's service worker, where the content script reads it too. */
const synced = (key: string) => browser.worker.evaluate((k) => chrome.storage.sync.get(k).then((v) => v[k]), key);

test('unticking a category stops it being marked; ticking restores it', async () => {
  const captured = page.getByRole('checkbox', { name: /^captured/ });
  await captured.uncheck();
  await expect.poll(() => synced('markedCategories')).toEqual(['killed', 'wounded', 'casualties', 'bodies', 'missing']);
  await captured.check();
  await expect.poll(() => synced('markedCategories')).toEqual(['killed', 'wounded', 'casualties', 'bodies', 'missing', 'captured']);
});

test('"no data" marking and the highlight style are saved', async () => {
  await page.getByRole('checkbox', { name: /no data/ }).uncheck();
  await expect.poll(() => synced('markNoData')).toBe(false);
  await page.getByRole('radio', { name: 'Background colour' }).check();
  await expect.poll(() => synced('highlightStyle')).toBe('background');
});

test('sites are added to and removed from the off list; bad entries are explained', async () => {
  const input = page.getByLabel('Site to switch off');
  await input.fill('https://www.Example.org/news/1');
  await input.press('Enter');
  await input.fill('bbc.co.uk');
  await page.getByRole('button', { name: 'Add site' }).click();
  await expect.poll(() => synced('disabledSites')).toEqual(['bbc.co.uk', 'example.org']);
  await input.fill('not a site');
  await input.press('Enter');
  expect(await page.getByRole('alert').filter({ hasText: 'is not a site name' }).count()).toBe(1);
  await page.getByRole('button', { name: 'Turn TollCheck back on for example.org' }).click();
  await expect.poll(() => synced('disabledSites')).toEqual(['bbc.co.uk']);
});

test('a site switched off elsewhere (the popup) appears without reloading', async () => {
  await browser.worker.evaluate(() => chrome.storage.sync.set({ disabledSites: ['bbc.co.uk', 'reuters.com'] }));
  await page.getByRole('button', { name: 'Turn TollCheck back on for reuters.com' }).waitFor();
});

test('"Scan all sites" shows the state of the optional all-sites permission', async () => {
  const toggle = page.getByRole('switch', { name: 'Scan all sites automatically' });
  expect(await toggle.isChecked()).toBe(false);
  await screenshot(page, 'options-settings-dark');
});

test('on a narrow window the page reflows and the keyboard focus is visible', async () => {
  await page.setViewportSize({ width: 420, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: /^Conflict/ }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  // No horizontal scrolling of the page itself; the records table scrolls inside its own box.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
  await page.getByRole('button', { name: /^Conflict/ }).scrollIntoViewIfNeeded();
  await screenshot(page, 'options-narrow-dark');
  expect(browser.errors).toEqual([]);
});
