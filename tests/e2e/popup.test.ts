/**
 * The toolbar popup against real pages: its counts and list match the page's highlights, a click
 * (or Enter) scrolls the page to the figure and flashes it, the per-site switch removes and restores
 * the highlights, the options link works, and the empty states say what happened.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, launchWithExtension, screenshot, startServer, type ExtensionBrowser, type TestServer } from './harness';
import { markedFigures, newestHiddenTabId, waitForFigures, type MarkedFigure } from '../../scripts/demo/page-figures';
import { tabIdOf } from './page-helpers';

// The extension API inside the service worker, where the evaluated functions run.
declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };

const VERDICT_OF: Record<MarkedFigure['highlight'], string> = {
  'tollcheck-corroborated': 'corroborated',
  'tollcheck-disputed': 'disputed',
  'tollcheck-unverified': 'unverified',
  'tollcheck-no-data': 'no_data',
};
const FILLER = Array.from(
  { length: 60 },
  (_, i) => `<p>Background paragraph ${i + 1}: a description of the roads, the weather and the market that carries no figures at all.</p>`,
).join('\n');
const LONG_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long report</title><meta property="article:published_time" content="2025-11-21"></head>
<body><h1>A long report from Ukraine</h1>${FILLER}
<p id="far">The UN Human Rights Monitoring Mission in Ukraine says at least 14,534 civilians have been killed since February 2022.</p></body></html>`;
const NO_FIGURES = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather</title></head><body><h1>Mild weekend ahead</h1><p>Sunshine is expected on Saturday with light winds from the west.</p></body></html>`;

let browser: ExtensionBrowser;
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  server.route('/demo/article.html', { body: fs.readFileSync(path.join(ROOT, 'demo/article.html')) });
  server.route('/demo/demo.css', { type: 'text/css', body: fs.readFileSync(path.join(ROOT, 'demo/demo.css')) });
  server.route('/long.html', { body: LONG_PAGE });
  server.route('/weather.html', { body: NO_FIGURES });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openArticle(p: string, minFigures = 1): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(p));
  await waitForFigures(page, minFigures);
  return page;
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('main.popup:not([aria-busy])').waitFor();
  return popup;
}

const sorted = (xs: string[]) => [...xs].sort();
// A figure's page text may keep its source's line breaks ("no more\n  than 4,000"); the popup shows it as a reader sees it.
const asDisplayed = (text: string) => text.replace(/\s+/g, ' ').trim();

test('counts and lists the same figures as the page highlights, grouped by verdict', async () => {
  const article = await openArticle('/demo/article.html', 4);
  const figures = await markedFigures(article);
  expect(new Set(figures.map((f) => f.highlight)).size, 'the demo article should show several verdicts').toBeGreaterThanOrEqual(3);
  const popup = await openPopup(await tabIdOf(browser.worker, article.url()));
  await popup.locator('.figure').first().waitFor();
  for (const verdict of Object.values(VERDICT_OF)) {
    const onPage = figures.filter((f) => VERDICT_OF[f.highlight] === verdict).map((f) => asDisplayed(f.text));
    expect(Number(await popup.locator(`.count[data-verdict="${verdict}"]`).getAttribute('data-count')), verdict).toBe(onPage.length);
    expect(sorted(await popup.locator(`.group.verdict-${verdict} .figure-number`).allInnerTexts()), verdict).toEqual(sorted(onPage));
  }
  await screenshot(popup, 'popup');
});

test('clicking a figure, or pressing Enter on it, scrolls the page to it and flashes it', async () => {
  const article = await openArticle('/long.html');
  expect(await article.evaluate(() => scrollY)).toBe(0);
  const popup = await openPopup(await tabIdOf(browser.worker, article.url()));
  const figure = popup.locator('.figure', { hasText: '14,534' });
  await figure.click();
  await article.waitForFunction(() => {
    const box = document.getElementById('far')!.getBoundingClientRect();
    return scrollY > 0 && box.top >= 0 && box.bottom <= innerHeight;
  });
  await article.waitForFunction(() => CSS.highlights.has('tollcheck-flash'), undefined, { timeout: 2000 });

  // Keyboard only: scroll back, Tab to the figure, press Enter.
  await article.evaluate(() => scrollTo(0, 0));
  for (let i = 0; i < 10 && !(await figure.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter');
  await article.waitForFunction(() => scrollY > 0);
});

test('the site switch removes the highlights at once and restores them', async () => {
  const article = await openArticle('/demo/article.html');
  const tabId = await tabIdOf(browser.worker, article.url());
  const popup = await openPopup(tabId);
  const toggle = popup.getByRole('switch', { name: /TollCheck on 127\.0\.0\.1/ });
  expect(await toggle.getAttribute('aria-checked')).toBe('true');

  await toggle.click();
  await article.waitForFunction(() => [...CSS.highlights.keys()].every((k) => !k.startsWith('tollcheck-') || CSS.highlights.get(k)!.size === 0), undefined, { timeout: 3000 });
  await popup.locator('[data-state="disabled"]').waitFor();
  await screenshot(popup, 'popup-disabled');
  expect(await toggle.getAttribute('aria-checked')).toBe('false');
  expect(await browser.worker.evaluate(() => chrome.storage.sync.get('disabledSites').then((v) => v.disabledSites))).toEqual(['127.0.0.1']);

  await toggle.click();
  expect((await waitForFigures(article, 1, 5000)).length).toBeGreaterThan(0);
  await popup.locator('.figure').first().waitFor();
});

test('figures that arrive while the popup is open are added to it', async () => {
  const article = await openArticle('/long.html');
  const popup = await openPopup(await tabIdOf(browser.worker, article.url()));
  await popup.locator('.figure', { hasText: '14,534' }).waitFor();
  await article.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'The same UN mission counted 38,472 civilians injured over that period.';
    document.body.append(p);
  });
  await popup.locator('.figure', { hasText: '38,472' }).waitFor({ timeout: 10_000 });
});

test('empty states say what happened', async () => {
  const weather = await browser.context.newPage();
  await weather.goto(server.url('/weather.html'));
  const popup = await openPopup(await tabIdOf(browser.worker, weather.url()));
  await popup.locator('[data-state="no-figures"]').waitFor({ timeout: 10_000 });
  expect(await popup.locator('h2').innerText()).toBe('No casualty figures found');
  await screenshot(popup, 'popup-no-figures');

  const blank = await browser.context.newPage();
  await blank.goto('about:blank');
  const blankPopup = await openPopup(await newestHiddenTabId(browser.worker));
  await blankPopup.locator('[data-state="unscannable"]').waitFor();
  await screenshot(blankPopup, 'popup-unscannable');
  expect(await blankPopup.getByRole('switch').count()).toBe(0);
});

test('the Options button opens the options page', async () => {
  const popup = await openPopup(await newestHiddenTabId(browser.worker));
  const [options] = await Promise.all([browser.context.waitForEvent('page'), popup.getByRole('button', { name: 'Options' }).click()]);
  expect(options.url()).toBe(`chrome-extension://${browser.extensionId}/options.html`);
});
