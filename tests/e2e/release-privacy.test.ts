/**
 * The privacy promise, tested: browse every test page and the demo article with TollCheck loaded,
 * open its popup and options page, and prove no request went anywhere but the local test server.
 * Two independent records are compared: the browser's network events (harness) and the Resource
 * Timing entries of every page and of the extension's service worker.
 */
// Chromium only: it reads the service worker's own Resource Timing entries, and Firefox's background is an event page the automation cannot evaluate in; the driver's request checks (a recording proxy in Firefox) cover Firefox.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PAGES_DIR, ROOT, externalRequests, launchWithExtension, startServer, type ExtensionBrowser, type TestServer } from './harness';
import { waitForFigures } from '../../scripts/demo/page-figures';
import { tabIdOf } from './page-helpers';

let browser: ExtensionBrowser;
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  server.route('/demo/article.html', { body: fs.readFileSync(path.join(ROOT, 'demo/article.html')) });
  server.route('/demo/demo.css', { type: 'text/css', body: fs.readFileSync(path.join(ROOT, 'demo/demo.css')) });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const testPages = () =>
  fs.existsSync(PAGES_DIR)
    ? fs
        .readdirSync(PAGES_DIR)
        .filter((f) => f.endsWith('.html'))
        .sort()
    : [];

/** URLs a page or worker fetched, as its Resource Timing buffer recorded them. */
const resourceUrls = (target: { evaluate(fn: () => string[]): Promise<string[]> }) => target.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

test('reading pages, the popup and the options page sends nothing off the device', async () => {
  const seen: string[] = [];
  const paths = ['/demo/article.html', ...testPages().map((f) => `/${f}`)];
  let demoTab = 0;
  for (const p of paths) {
    const page = await browser.context.newPage();
    await page.goto(server.url(p));
    // Let the scan finish (or give up after a few seconds on pages without figures).
    const figures = await waitForFigures(page, 1, 4000);
    if (p === '/demo/article.html') {
      expect(figures.length, 'the demo article should be scanned, or this test proves nothing').toBeGreaterThan(0);
      demoTab = await tabIdOf(browser.worker, page.url());
    }
    seen.push(...(await resourceUrls(page)));
    if (p !== '/demo/article.html') await page.close(); // the popup below reports on the demo tab
  }
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${demoTab}`);
  await popup.locator('.figure').first().waitFor();
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForLoadState('networkidle');
  seen.push(...(await resourceUrls(popup)), ...(await resourceUrls(options)), ...(await resourceUrls(browser.worker)));

  // The recording works: the local pages were requested and seen.
  expect(browser.requests).toContain(server.url('/demo/article.html'));
  expect(server.requests).toEqual(expect.arrayContaining(paths));
  expect(externalRequests(browser.requests, server)).toEqual([]);
  expect(externalRequests(seen, server)).toEqual([]);
});
