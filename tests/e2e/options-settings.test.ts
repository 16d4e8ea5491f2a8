/** The settings half of the options page, in both browsers (driver.ts): each control writes the shared storage items. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, clickOn, count, type DriverPage, type Evaluates, type ExtensionDriver, fill, focus, launchDriver, type Pointer, waitForSelector } from './driver';
import { optionsReady } from './options-page';

/** The part of the extension API the evaluated functions use (they run in the background's context). */
declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

/** The form control of the label whose text starts with `prefix`: its centre and whether it is checked. */
function control(page: Evaluates, prefix: string): Promise<{ x: number; y: number; checked: boolean } | null> {
  return page.evaluate((p) => {
    const label = [...document.querySelectorAll('label')].find((l) => l.innerText.trim().startsWith(p));
    const input = label?.querySelector('input');
    if (!input) return null;
    input.scrollIntoView({ block: 'center' });
    const box = input.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, checked: input.checked };
  }, prefix);
}

/** Clicks, with the real pointer, the checkbox or radio labelled `prefix…` until it is `on`. */
async function setChecked(page: Evaluates & Pointer, prefix: string, on: boolean): Promise<void> {
  const c = await control(page, prefix);
  if (!c) throw new Error(`no control labelled "${prefix}…"`);
  if (c.checked !== on) await page.mouse.click(c.x, c.y);
  await expect.poll(async () => (await control(page, prefix))?.checked).toBe(on);
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionDriver;
  let page: DriverPage;
  beforeAll(async () => {
    browser = await launchDriver(name, { colorScheme: 'dark' });
    page = await browser.openExtensionPage('/options.html');
    await optionsReady(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Reads sync storage from the extension's background, where the content script reads it too. */
  const synced = (key: string) => browser.background.evaluate((k) => chrome.storage.sync.get(k).then((v) => v[k]), key);

  test('unticking a category stops it being marked; ticking restores it', async () => {
    await setChecked(page, 'captured', false);
    await expect.poll(() => synced('markedCategories')).toEqual(['killed', 'wounded', 'casualties', 'bodies', 'missing']);
    await setChecked(page, 'captured', true);
    await expect.poll(() => synced('markedCategories')).toEqual(['killed', 'wounded', 'casualties', 'bodies', 'missing', 'captured']);
  });

  test('"no data" marking and the highlight style are saved', async () => {
    await setChecked(page, 'Also mark figures the dataset has nothing about', false);
    await expect.poll(() => synced('markNoData')).toBe(false);
    await setChecked(page, 'Background colour', true);
    await expect.poll(() => synced('highlightStyle')).toBe('background');
  });

  test('sites are added to and removed from the off list; bad entries are explained', async () => {
    await fill(page, '#site-input', 'https://www.Example.org/news/1');
    await page.keyboard.press('Enter');
    await fill(page, '#site-input', 'bbc.co.uk');
    await clickOn(page, 'button[type="submit"]', 'Add site');
    await expect.poll(() => synced('disabledSites')).toEqual(['bbc.co.uk', 'example.org']);
    await fill(page, '#site-input', 'not a site');
    await page.keyboard.press('Enter');
    await waitForSelector(page, '#site-error');
    expect(
      await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[role="alert"]')].filter((e) => e.innerText.includes('is not a site name')).length, undefined),
    ).toBe(1);
    await clickOn(page, 'button[aria-label="Turn TollCheck back on for example.org"]');
    await expect.poll(() => synced('disabledSites')).toEqual(['bbc.co.uk']);
  });

  test('a site switched off elsewhere (the popup) appears without reloading', async () => {
    await browser.background.evaluate(() => chrome.storage.sync.set({ disabledSites: ['bbc.co.uk', 'reuters.com'] }), undefined);
    await waitForSelector(page, 'button[aria-label="Turn TollCheck back on for reuters.com"]');
  });

  test('"Scan all sites" shows the state of the optional all-sites permission', async () => {
    // Nothing broad is granted at install, in either browser: the switch starts off, and can be used.
    await until(() => page.evaluate(() => (document.querySelector('input[role="switch"]') as HTMLInputElement | null)?.disabled === false, undefined));
    expect((await control(page, 'Scan all sites automatically'))?.checked).toBe(false);
    await page.screenshot('options-settings-dark');
  });

  test('on a narrow window the page reflows and the keyboard focus is visible', async () => {
    await page.setViewport(420, 900);
    await page.evaluate(() => window.scrollTo(0, 0), undefined);
    expect(await focus(page, 'button.sort', 'Conflict')).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim().startsWith('Conflict'), undefined)).toBe(true);
    // No horizontal scrolling of the page itself; the records table scrolls inside its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth, undefined)).toBeLessThanOrEqual(420);
    await page.evaluate(() => (document.activeElement as HTMLElement).scrollIntoView({ block: 'nearest' }), undefined);
    await page.screenshot('options-narrow-dark');
    expect(await count(page, 'button.sort:focus-visible')).toBe(1);
    expect(browser.errors).toEqual([]);
  });
});

async function until(fn: () => Promise<boolean>, timeout = 10_000): Promise<void> {
  await expect.poll(fn, { timeout }).toBe(true);
}
