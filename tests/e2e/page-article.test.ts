/**
 * A static article in both browsers (driver.ts): every figure painted with its verdict and the
 * page left untouched, the badge, the tooltip by hover (kept while hovered, closed by leaving and by
 * Escape), the keyboard shortcuts, the popup's revealClaim and a second injection, and a long
 * article keeping every figure registered. Expectations are written out as data.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type DriverPage, type ExtensionDriver, launchDriver } from './driver';
import { launchWithExtension, PAGES_DIR, startServer, type TestServer } from './harness';
import { badgeText, bodyWithoutUi, hoverFigure, painted, runCommand, tabIdOf, tabReport, tooltip, uiHosts, waitForPainted } from './page-helpers';

// Runs inside an extension context (driver.background), where `chrome` exists.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** tests/e2e/pages/page-article.html, as the bundled dataset judges it (same in every browser). */
const ARTICLE: [string, string][] = [
  ['tollcheck-corroborated', 'at least 14,534'],
  ['tollcheck-corroborated', '1,000'],
  ['tollcheck-unverified', 'more than 400,000'],
  ['tollcheck-unverified', '3'],
];

/** Figures spread over about ten screens; none is about a conflict the dataset covers. */
const LONG_STORIES: [string, string][] = [
  ['Rescuers said 14 people were killed when the bridge collapsed.', '14'],
  ['The hospital treated 38 injured passengers overnight.', '38'],
  ['At least 9 fishermen remain missing after the storm.', 'At least 9'],
  ['Police said three people were shot dead outside the stadium.', 'three'],
  ['The fire killed 21 residents of the tower block, officials said.', '21'],
  ['More than 40 miners were hurt in the blast, the company said.', 'More than 40'],
];

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

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

  async function open(url: string): Promise<DriverPage> {
    const page = await browser.newPage();
    await page.goto(url);
    return page;
  }

  test('a static article: every figure painted with its verdict, the page untouched, badge counts caution', async () => {
    const original = fs.readFileSync(`${PAGES_DIR}/page-article.html`, 'utf8');
    const page = await open(server.url('/page-article.html'));
    const before = await bodyWithoutUi(page);
    const headBefore = await page.evaluate(() => document.head.innerHTML, undefined);
    expect(await waitForPainted(page, ARTICLE.length)).toEqual(ARTICLE);
    await page.screenshot('page-article-highlighted');

    // Nothing but the UI host was added, and the page's markup is as served.
    expect(await bodyWithoutUi(page)).toBe(before);
    expect(original).toContain('<p>The United Nations Human Rights Monitoring Mission');
    expect(await page.evaluate(() => document.head.innerHTML, undefined)).toBe(headBefore);

    const tabId = await tabIdOf(browser.background, page.url());
    await expect.poll(() => badgeText(browser.background, tabId)).toBe('2');

    expect(browser.externalRequests(server)).toEqual([]);
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  test('hovering a figure opens its tooltip; it stays while hovered and Escape closes it', async () => {
    const page = await open(server.url('/page-article.html'));
    await waitForPainted(page, ARTICLE.length);
    await hoverFigure(page, 'at least 14,534');
    const tip = tooltip(page);
    await expect.poll(() => tip.count()).toBe(1);
    const text = await tip.innerText();
    expect(text).toContain('Corroborated');
    expect(text).toContain('“at least 14,534”');
    expect(text).toContain('people killed');
    expect(text).toMatch(/Claimed by: .*Human Rights Monitoring Mission/);
    expect(text).toContain('20 Nov 2025');
    expect(text).toMatch(/Reference figures/i);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.locator('a').getAttribute('href')).toMatch(/^https:\/\//);
    await page.screenshot('page-tooltip-hover');

    // Inside the viewport.
    const box = await tip.boundingBox();
    const vp = page.viewport();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
    expect(box.y + box.height).toBeLessThanOrEqual(vp.height);

    // Hoverable: moving onto the tooltip keeps it open.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await sleep(700);
    expect(await tip.count()).toBe(1);
    // Leaving both closes it; Escape closes it at once.
    await page.mouse.move(5, 5, { steps: 3 });
    await expect.poll(() => tip.count()).toBe(0);
    await hoverFigure(page, 'at least 14,534');
    await expect.poll(() => tip.count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await tip.count()).toBe(0);
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  test('the next-figure shortcut walks the figures in order, opening each tooltip', async () => {
    const page = await open(server.url('/page-article.html'));
    await waitForPainted(page, ARTICLE.length);
    const tabId = await tabIdOf(browser.background, page.url());
    const tip = tooltip(page);
    for (const [, figure] of ARTICLE) {
      expect(await runCommand(browser.background, 'next-figure', tabId)).toBe(true);
      await expect.poll(async () => (await tip.count()) && tip.innerText()).toContain(`“${figure}”`);
      expect(await tip.getAttribute('role')).toBe('dialog');
    }
    // Wraps around to the first, and back again with previous-figure.
    await runCommand(browser.background, 'next-figure', tabId);
    await expect.poll(() => tip.innerText()).toContain(`“${ARTICLE[0][1]}”`);
    await runCommand(browser.background, 'previous-figure', tabId);
    await expect.poll(() => tip.innerText()).toContain(`“${ARTICLE[ARTICLE.length - 1][1]}”`);
    await page.screenshot('page-tooltip-keyboard');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.count()).toBe(0);
    await page.close();
  });

  test("the popup's revealClaim scrolls to a figure and opens it; injecting the script again changes nothing", async () => {
    const page = await browser.newPage();
    await page.setViewport(1200, 300);
    // Through localhost: the test build holds a host permission there, which injecting a script
    // needs (in real use the popup click's activeTab grant gives it).
    await page.goto(server.url('/page-article.html').replace('127.0.0.1', 'localhost'));
    const seen = await waitForPainted(page, ARTICLE.length);
    const tabId = await tabIdOf(browser.background, page.url());
    const report = (await tabReport(browser.background, tabId))!;
    expect(report.claims.map((c) => c.figure)).toEqual(ARTICLE.map(([, t]) => t));
    const last = report.claims[report.claims.length - 1];
    // The message exactly as the popup's messenger sends it.
    const reveal = (id: number, key: string, n: number) =>
      browser.background.evaluate(([t, k, i]) => chrome.tabs.sendMessage(t, { id: i, type: 'revealClaim', data: { key: k }, timestamp: Date.now() }), [id, key, n] as [
        number,
        string,
        number,
      ]);
    expect(await reveal(tabId, last.key, 1)).toEqual({ res: true });
    await expect.poll(() => tooltip(page).innerText()).toContain(`“${last.figure}”`);
    expect(await page.evaluate(() => scrollY, undefined)).toBeGreaterThan(0);
    expect(await reveal(tabId, 'c999:0-1', 2)).toEqual({ res: false });

    // "Scan this page" on a page already scanned: one session, the same highlights.
    await browser.background.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] }), tabId);
    await sleep(800);
    expect(await painted(page)).toEqual(seen);
    // The new copy answers (the old one stopped and removed its UI host).
    const first = (await tabReport(browser.background, tabId))!.claims[0];
    await expect.poll(() => reveal(tabId, first.key, 3)).toEqual({ res: true });
    await expect.poll(() => tooltip(page).innerText()).toContain(`“${first.figure}”`);
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  test('a long article keeps every figure in CSS.highlights, far below the fold included', async () => {
    // An ordinary (if long) article, well under the figure count from which only figures near the
    // viewport are registered.
    const html = `<!doctype html><html><head><title>Regional round-up</title></head><body><article><h1>Regional round-up</h1>${LONG_STORIES.map(
      ([s]) => `<p>${s}</p><div style="height:1600px"></div>`,
    ).join('')}</article></body></html>`;
    server.route('/long-article.html', { body: html });
    const page = await open(server.url('/long-article.html'));
    expect(await page.evaluate(() => scrollY, undefined)).toBe(0);
    expect(await waitForPainted(page, LONG_STORIES.length)).toEqual(LONG_STORIES.map(([, figure]) => ['tollcheck-no-data', figure]));
    await page.close();
  });
});

// Chromium only: DevTools pierces closed shadow roots, which no page script (and no BiDi call) can.
describe('chromium: the UI host', () => {
  test('one UI host, a plain div under body with a closed shadow root, after the tooltip opened', async () => {
    const server = await startServer();
    const browser = await launchWithExtension();
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url('/page-article.html'));
      await waitForPainted(page, ARTICLE.length);
      await hoverFigure(page, 'at least 14,534');
      await expect.poll(() => tooltip(page).count()).toBe(1);
      expect(await uiHosts(page)).toEqual([{ host: 'div', parent: 'body', mode: 'closed' }]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
