// Chromium only for now: written against Playwright before the shared driver (driver.ts); its page-event and stylesheet checks would port.
import fs from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { VERDICT_LOOK } from '../../components/verdict-style';
import { externalRequests, launchWithExtension, PAGES_DIR, screenshot, startServer, type ExtensionBrowser, type TestServer } from './harness';
import { longPage } from './pages/long-page';
import {
  adoptedCss,
  badgeText,
  bodyWithoutUi,
  expectedFromFixture,
  expectedFromHtml,
  hoverFigure,
  painted,
  runCommand,
  tabReport,
  setSettings,
  tabIdOf,
  reportedFigures,
  tooltip,
  waitForPainted,
  wrongRanges,
} from './page-helpers';

let browser: ExtensionBrowser;
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension({ colorScheme: 'dark' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a page with a strict Content-Security-Policy gets highlights and a styled tooltip, with no violation', async () => {
  const article = fs.readFileSync(`${PAGES_DIR}/page-article.html`, 'utf8').replace(/<style>[^]*?<\/style>/, '<link rel="stylesheet" href="/page-csp.css">');
  server.route('/csp-article.html', {
    body: article,
    headers: {
      'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'",
    },
  });
  const page = await browser.context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused/.test(m.text())) violations.push(m.text());
  });
  await page.goto(server.url('/csp-article.html'));
  const expected = expectedFromFixture('page-article.html');
  expect(await waitForPainted(page, expected.length)).toEqual(expected);
  await hoverFigure(page, 'at least 14,534');
  const tip = tooltip(page);
  await expect.poll(() => tip.count()).toBe(1);
  // The tooltip's own stylesheet applied (a blocked <style> would leave it unstyled and transparent).
  expect(await tip.locator('.tc').evaluate((el) => getComputedStyle(el).borderRadius)).toBe('8px');
  expect(violations).toEqual([]);
  expect(browser.errors).toEqual([]);
  await page.close();
});

test('a dark page gets the light-on-dark highlight colours and a dark tooltip', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/page-dark.html'));
  const expected = expectedFromFixture('page-dark.html');
  expect(await waitForPainted(page, expected.length)).toEqual(expected);
  const css = await adoptedCss(page);
  expect(css).toContain('tollcheck-unverified');
  expect(css.toLowerCase()).toMatch(/rgb\(255, 127, 163\)|#ff7fa3/); // VERDICT_LOOK.unverified.dark
  expect(VERDICT_LOOK.unverified.dark).toBe('#ff7fa3');
  await screenshot(page, 'page-dark-highlighted');
  await hoverFigure(page, 'more than 400,000');
  await expect.poll(() => tooltip(page).count()).toBe(1);
  expect(
    await tooltip(page)
      .locator('.tc')
      .evaluate((el) => el.classList.contains('dark')),
  ).toBe(true);
  await screenshot(page, 'page-dark-tooltip');
  await page.close();
});

test('settings apply live: highlight style, marked categories, no-data figures, and the per-site switch', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/page-article.html'));
  const all = await waitForPainted(page, 3);
  const tabId = await tabIdOf(browser.worker, page.url());
  const caution = all.filter(([n]) => n === 'tollcheck-unverified' || n === 'tollcheck-disputed').length;
  expect(caution).toBeGreaterThan(0);

  await setSettings(browser.worker, { highlightStyle: 'background' });
  await expect.poll(() => adoptedCss(page)).toContain('background-color');
  await setSettings(browser.worker, { markedCategories: ['wounded'] });
  await expect.poll(async () => (await painted(page)).map(([, t]) => t)).toEqual(['3']);
  await setSettings(browser.worker, { markedCategories: ['killed', 'wounded', 'casualties', 'bodies', 'missing', 'captured'], highlightStyle: 'underline' });
  await expect.poll(() => painted(page)).toEqual(all);
  await screenshot(page, 'page-article-underline');

  // Switched off for the site: every highlight goes at once, the badge empties, the report says so.
  await setSettings(browser.worker, { disabledSites: ['127.0.0.1'] });
  await expect.poll(() => painted(page)).toEqual([]);
  await expect.poll(() => badgeText(browser.worker, tabId)).toBe('');
  await expect.poll(async () => (await tabReport(browser.worker, tabId))?.state).toBe('disabled');
  expect(await runCommand(browser.worker, 'next-figure', tabId)).toBe(false);
  await setSettings(browser.worker, { disabledSites: [] });
  await expect.poll(() => painted(page), { timeout: 10_000 }).toEqual(all);
  await expect.poll(() => badgeText(browser.worker, tabId)).toBe(String(caution));

  // Figures the dataset says nothing about are marked only while "mark no-data figures" is on.
  server.route('/no-data.html', {
    body: '<!doctype html><link rel="icon" href="data:,"><title>Balcony collapse</title><p>Police in Marseille said 12 people were hurt when a balcony collapsed during a wedding on Sunday.</p><p>Regional authorities in Kharkiv said 3 people were wounded when a drone hit a bus depot.</p>',
  });
  await page.goto(server.url('/no-data.html'));
  const withNoData = await waitForPainted(page, 2);
  expect(withNoData.map(([n]) => n)).toContain('tollcheck-no-data');
  await setSettings(browser.worker, { markNoData: false });
  await expect.poll(() => painted(page)).toEqual(withNoData.filter(([n]) => n !== 'tollcheck-no-data'));
  await setSettings(browser.worker, { markNoData: true });
  await expect.poll(() => painted(page)).toEqual(withNoData);

  // Navigating away clears the tab's badge and report.
  server.route('/no-figures.html', { body: '<!doctype html><link rel="icon" href="data:,"><title>Weather</title><p>Sunny spells and light winds.</p>' });
  await page.goto(server.url('/no-figures.html'));
  await expect.poll(() => badgeText(browser.worker, tabId)).toBe('');
  await expect
    .poll(async () => {
      const r = await tabReport(browser.worker, tabId);
      return r && [r.url, r.claims.length];
    })
    .toEqual([page.url(), 0]);
  expect(browser.errors).toEqual([]);
  await page.close();
});

test('a 1 MB page: every figure found and checked, those around the viewport painted exactly, the page untouched', async () => {
  const html = longPage(1_000_000);
  expect(html.length).toBeGreaterThan(990_000);
  server.route('/long.html', { body: html });
  const expected = expectedFromHtml(html);
  expect(expected.length).toBeGreaterThan(400);
  const allTexts = [...new Set(expected.map(([, t]) => t))];
  const page = await browser.context.newPage();
  await page.goto(server.url('/long.html'));
  const before = await bodyWithoutUi(page);
  const tabId = await tabIdOf(browser.worker, page.url());
  // Every figure is found, checked and listed (the popup's report), whether on screen or not.
  await expect
    .poll(
      async () => {
        const r = await tabReport(browser.worker, tabId);
        return r && !r.checking ? r.claims.length : -1;
      },
      { timeout: 60_000 },
    )
    .toBe(expected.length);
  const sorted = (list: [string, string][]) => [...list].sort((a, b) => (a.join() < b.join() ? -1 : 1));
  expect(sorted(reportedFigures(await tabReport(browser.worker, tabId)))).toEqual(sorted(expected));
  // Only the figures around the viewport are in the highlights (each repaint stays small), in page order.
  const top = await waitForPainted(page, 3, 30_000);
  expect(top).toEqual(expected.slice(0, top.length));
  expect(top.length).toBeLessThan(60);
  expect(await wrongRanges(page, allTexts)).toEqual([]);
  // Scrolled to the end, the last figures get theirs and the first ones leave.
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await expect
    .poll(
      async () => {
        const now = await painted(page);
        return now.length > 0 && now.length < 60 && JSON.stringify(now) === JSON.stringify(expected.slice(-now.length));
      },
      { timeout: 5000 },
    )
    .toBe(true);
  expect(await wrongRanges(page, allTexts)).toEqual([]);
  expect(await bodyWithoutUi(page)).toBe(before);
  expect(externalRequests(browser.requests, server)).toEqual([]);
  expect(browser.errors).toEqual([]);
  await page.close();
}, 120_000);
