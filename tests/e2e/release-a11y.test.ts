/**
 * The popup and options pages pass axe-core with no serious or critical violation, in light and
 * dark colour schemes and in both browsers (driver.ts), and the popup's controls have names a
 * screen reader can announce. The same run saves the screenshots the README shows for each
 * browser: the demo article, a tooltip with its chart, the popup and the options page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './axe';
import { BROWSERS, type ExtensionDriver, launchDriver, waitForSelector } from './driver';
import { ROOT, startServer, type TestServer } from './harness';
import { optionsReady } from './options-page';
import { hoverFigure, newestHiddenTabId, tabIdOf, tooltip, waitForPainted } from './page-helpers';

const ARTICLE = fs.readFileSync(path.join(ROOT, 'demo/article.html'));
const CSS = fs.readFileSync(path.join(ROOT, 'demo/demo.css'));
const settle = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe.each(BROWSERS.flatMap((b) => (['light', 'dark'] as const).map((scheme) => [b, scheme] as const)))('%s, %s colour scheme', (name, colorScheme) => {
  let browser: ExtensionDriver;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    server.route('/article.html', { body: ARTICLE });
    server.route('/demo.css', { type: 'text/css', body: CSS });
    browser = await launchDriver(name, { colorScheme });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the demo article, and the tooltip of its disputed figure with a chart', async () => {
    const article = await browser.newPage();
    await article.goto(server.url('/article.html'));
    const figures = await waitForPainted(article, 1);
    await article.screenshot(`demo-article-${colorScheme}`, { fullPage: true });
    const disputed = figures.find(([n]) => n === 'tollcheck-disputed');
    expect(disputed).toBeDefined();
    await hoverFigure(article, disputed![1]);
    await expect.poll(() => tooltip(article).locator('figure.chart svg').count()).toBe(1);
    await settle(300); // the tooltip fades in
    await article.screenshot(`demo-tooltip-${colorScheme}`);
    await article.close();
  });

  test('popup showing a page report', async () => {
    const article = await browser.newPage();
    await article.goto(server.url('/article.html'));
    await waitForPainted(article, 1);
    const popup = await browser.openExtensionPage(`/popup.html?tab=${await tabIdOf(browser.background, article.url())}`, { width: 360, height: 600 });
    await waitForSelector(popup, 'main.popup:not([aria-busy]) .figure');
    await settle(300);
    await popup.screenshot(`popup-${colorScheme}`);
    expect(await seriousViolations(popup)).toEqual([]);
  });

  test('popup on a page that cannot be scanned', async () => {
    const blank = await browser.newPage();
    await blank.goto('about:blank');
    const popup = await browser.openExtensionPage(`/popup.html?tab=${await newestHiddenTabId(browser.background)}`);
    await waitForSelector(popup, '[data-state="unscannable"]');
    expect(await seriousViolations(popup)).toEqual([]);
  });

  test('options page', async () => {
    const options = await browser.openExtensionPage('/options.html');
    await optionsReady(options);
    await settle(500); // the coverage timelines are drawn after the summary
    await options.screenshot(`options-${colorScheme}`);
    expect(await seriousViolations(options)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
