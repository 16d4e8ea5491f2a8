/** The built extension loads in both browsers (driver.ts) and its popup and options pages open and render. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtensionDriver, launchDriver, text, waitForSelector } from './driver';
import { startServer, type TestServer } from './harness';

/** What each browser calls the extension's origin. */
const ORIGIN: Record<(typeof BROWSERS)[number], RegExp> = {
  chromium: /^chrome-extension:\/\/[a-p]{32}$/,
  firefox: /^moz-extension:\/\/[0-9a-f-]{36}$/,
};

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionDriver;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchDriver(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the built extension loads and its popup and options pages open', async () => {
    expect(browser.origin).toMatch(ORIGIN[name]);
    const popup = await browser.openExtensionPage('/popup.html');
    expect(await popup.evaluate(() => document.title, undefined)).toBe('TollCheck');
    // The popup rendered (its main element exists and has finished loading), not just an empty document.
    await waitForSelector(popup, 'main.popup:not([aria-busy])');
    const options = await browser.openExtensionPage('/options.html');
    expect(await options.evaluate(() => document.title, undefined)).toContain('TollCheck');
    expect(await text(options, '[data-testid="active-name"]', 15_000)).not.toBe('');
    expect(browser.externalRequests(server)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
