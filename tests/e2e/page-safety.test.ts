/**
 * Pages that make a content script's life hard, in both browsers (driver.ts): a strict
 * Content-Security-Policy, a dark page, settings changed while the page is open, and a 1 MB page.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VERDICT_LOOK } from '../../components/verdict-style';
import { BROWSERS, type ExtensionDriver, launchDriver } from './driver';
import { PAGES_DIR, startServer, type TestServer } from './harness';
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

/**
 * Served as the strict page's one script (its policy allows 'self'): it writes down every violation
 * the page's policy reports, whichever world caused it, as both browsers fire the same DOM event.
 */
const CSP_WATCH = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionDriver;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    server.route('/csp-watch.js', { type: 'text/javascript', body: CSP_WATCH });
    browser = await launchDriver(name, { colorScheme: 'dark' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a page with a strict Content-Security-Policy gets highlights and a styled tooltip, with no violation', async () => {
    const article = fs
      .readFileSync(`${PAGES_DIR}/page-article.html`, 'utf8')
      .replace(/<style>[^]*?<\/style>/, '<script src="/csp-watch.js"></script><link rel="stylesheet" href="/page-csp.css">');
    server.route('/csp-article.html', {
      body: article,
      headers: {
        'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'",
      },
    });
    const page = await browser.newPage();
    await page.goto(server.url('/csp-article.html'));
    const expected = expectedFromFixture('page-article.html');
    expect(await waitForPainted(page, expected.length)).toEqual(expected);
    await hoverFigure(page, 'at least 14,534');
    const tip = tooltip(page);
    await expect.poll(() => tip.count()).toBe(1);
    // The tooltip's own stylesheet applied (a blocked <style> would leave it unstyled and transparent).
    expect(await tip.locator('.tc').evaluate((el) => getComputedStyle(el).borderRadius)).toBe('8px');
    // The watcher ran (so the policy was in force), and saw nothing refused.
    expect(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations, undefined)).toEqual([]);
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  test('a dark page gets the light-on-dark highlight colours and a dark tooltip', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/page-dark.html'));
    const expected = expectedFromFixture('page-dark.html');
    expect(await waitForPainted(page, expected.length)).toEqual(expected);
    const css = await adoptedCss(page);
    expect(css).toContain('tollcheck-unverified');
    expect(css.toLowerCase()).toMatch(/rgb\(255, 127, 163\)|#ff7fa3/); // VERDICT_LOOK.unverified.dark
    expect(VERDICT_LOOK.unverified.dark).toBe('#ff7fa3');
    await page.screenshot('page-dark-highlighted');
    await hoverFigure(page, 'more than 400,000');
    await expect.poll(() => tooltip(page).count()).toBe(1);
    expect(
      await tooltip(page)
        .locator('.tc')
        .evaluate((el) => el.classList.contains('dark')),
    ).toBe(true);
    await page.screenshot('page-dark-tooltip');
    await page.close();
  });

  test('settings apply live: highlight style, marked categories, no-data figures, and the per-site switch', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/page-article.html'));
    const all = await waitForPainted(page, 3);
    const tabId = await tabIdOf(browser.background, page.url());
    const caution = all.filter(([n]) => n === 'tollcheck-unverified' || n === 'tollcheck-disputed').length;
    expect(caution).toBeGreaterThan(0);

    await setSettings(browser.background, { highlightStyle: 'background' });
    await expect.poll(() => adoptedCss(page)).toContain('background-color');
    await setSettings(browser.background, { markedCategories: ['wounded'] });
    await expect.poll(async () => (await painted(page)).map(([, t]) => t)).toEqual(['3']);
    await setSettings(browser.background, { markedCategories: ['killed', 'wounded', 'casualties', 'bodies', 'missing', 'captured'], highlightStyle: 'underline' });
    await expect.poll(() => painted(page)).toEqual(all);
    await page.screenshot('page-article-underline');

    // Switched off for the site: every highlight goes at once, the badge empties, the report says so.
    await setSettings(browser.background, { disabledSites: ['127.0.0.1'] });
    await expect.poll(() => painted(page)).toEqual([]);
    await expect.poll(() => badgeText(browser.background, tabId)).toBe('');
    await expect.poll(async () => (await tabReport(browser.background, tabId))?.state).toBe('disabled');
    expect(await runCommand(browser.background, 'next-figure', tabId)).toBe(false);
    await setSettings(browser.background, { disabledSites: [] });
    await expect.poll(() => painted(page), { timeout: 10_000 }).toEqual(all);
    await expect.poll(() => badgeText(browser.background, tabId)).toBe(String(caution));

    // Figures the dataset says nothing about are marked only while "mark no-data figures" is on.
    server.route('/no-data.html', {
      body: '<!doctype html><link rel="icon" href="data:,"><title>Balcony collapse</title><p>Police in Marseille said 12 people were hurt when a balcony collapsed during a wedding on Sunday.</p><p>Regional authorities in Kharkiv said 3 people were wounded when a drone hit a bus depot.</p>',
    });
    await page.goto(server.url('/no-data.html'));
    const withNoData = await waitForPainted(page, 2);
    expect(withNoData.map(([n]) => n)).toContain('tollcheck-no-data');
    await setSettings(browser.background, { markNoData: false });
    await expect.poll(() => painted(page)).toEqual(withNoData.filter(([n]) => n !== 'tollcheck-no-data'));
    await setSettings(browser.background, { markNoData: true });
    await expect.poll(() => painted(page)).toEqual(withNoData);

    // Navigating away clears the tab's badge and report.
    server.route('/no-figures.html', { body: '<!doctype html><link rel="icon" href="data:,"><title>Weather</title><p>Sunny spells and light winds.</p>' });
    await page.goto(server.url('/no-figures.html'));
    await expect.poll(() => badgeText(browser.background, tabId)).toBe('');
    await expect
      .poll(async () => {
        const r = await tabReport(browser.background, tabId);
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
    const page = await browser.newPage();
    await page.goto(server.url('/long.html'));
    const before = await bodyWithoutUi(page);
    const tabId = await tabIdOf(browser.background, page.url());
    // Every figure is found, checked and listed (the popup's report), whether on screen or not.
    await expect
      .poll(
        async () => {
          const r = await tabReport(browser.background, tabId);
          return r && !r.checking ? r.claims.length : -1;
        },
        { timeout: 60_000 },
      )
      .toBe(expected.length);
    const sorted = (list: [string, string][]) => [...list].sort((a, b) => (a.join() < b.join() ? -1 : 1));
    expect(sorted(reportedFigures(await tabReport(browser.background, tabId)))).toEqual(sorted(expected));
    // Only the figures around the viewport are in the highlights (each repaint stays small), in page order.
    const top = await waitForPainted(page, 3, 30_000);
    expect(top).toEqual(expected.slice(0, top.length));
    expect(top.length).toBeLessThan(60);
    expect(await wrongRanges(page, allTexts)).toEqual([]);
    // Scrolled to the end, the last figures get theirs and the first ones leave.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight), undefined);
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
    expect(browser.externalRequests(server)).toEqual([]);
    expect(browser.errors).toEqual([]);
    await page.close();
  }, 120_000);
});
