/**
 * The popup and options pages pass axe-core with no serious or critical violation, in light and
 * dark colour schemes, and the popup's controls have names a screen reader can announce.
 */
// Chromium only for now: written against Playwright before the shared driver (driver.ts); axe runs on driver pages too (axe.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, launchWithExtension, screenshot, startServer, type ExtensionBrowser, type TestServer } from './harness';
import { seriousViolations } from './axe';
import { newestHiddenTabId, waitForFigures } from '../../scripts/demo/page-figures';
import { tabIdOf } from './page-helpers';

const ARTICLE = fs.readFileSync(path.join(ROOT, 'demo/article.html'));
const CSS = fs.readFileSync(path.join(ROOT, 'demo/demo.css'));

describe.each(['light', 'dark'] as const)('%s colour scheme', (colorScheme) => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    server.route('/article.html', { body: ARTICLE });
    server.route('/demo.css', { type: 'text/css', body: CSS });
    browser = await launchWithExtension({ colorScheme });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('popup showing a page report', async () => {
    const article = await browser.context.newPage();
    await article.goto(server.url('/article.html'));
    expect((await waitForFigures(article)).length).toBeGreaterThan(0);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, article.url())}`);
    await popup.locator('.figure').first().waitFor();
    await screenshot(popup, `popup-${colorScheme}`);
    expect(await seriousViolations(popup)).toEqual([]);
  });

  test('popup on a page that cannot be scanned', async () => {
    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await newestHiddenTabId(browser.worker)}`);
    await popup.locator('[data-state="unscannable"]').waitFor();
    expect(await seriousViolations(popup)).toEqual([]);
  });

  test('options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForLoadState('networkidle');
    await options.waitForTimeout(500);
    await screenshot(options, `options-${colorScheme}`);
    expect(await seriousViolations(options)).toEqual([]);
  });
});
