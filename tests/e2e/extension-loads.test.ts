import { afterAll, beforeAll, expect, test } from 'vitest';
import { externalRequests, launchWithExtension, startServer, type ExtensionBrowser, type TestServer } from './harness';

let browser: ExtensionBrowser;
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the built extension loads and its popup and options pages open', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect(page.locator('body')).toBeDefined();
  expect(await page.title()).toBe('TollCheck');
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  expect(await page.title()).toContain('TollCheck');
  expect(externalRequests(browser.requests, server)).toEqual([]);
  expect(browser.errors).toEqual([]);
});
