import fs from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { externalRequests, launchWithExtension, screenshot, startServer, type ExtensionBrowser, type TestServer } from './harness';
import {
  badgeText,
  bodyWithoutUi,
  expectedFromFixture,
  expectedFromHtml,
  hoverFigure,
  painted,
  runCommand,
  tabIdOf,
  tabReport,
  tooltip,
  uiHosts,
  waitForPainted,
} from './page-helpers';

// Runs inside the extension's service worker (worker.evaluate), where `chrome` exists.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
import { PAGES_DIR } from './harness';

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

test('a static article: every figure painted with its verdict, the page untouched, badge counts caution', async () => {
  const page = await browser.context.newPage();
  const original = fs.readFileSync(`${PAGES_DIR}/page-article.html`, 'utf8');
  await page.goto(server.url('/page-article.html'));
  const before = await bodyWithoutUi(page);
  const headBefore = await page.evaluate(() => document.head.innerHTML);
  const expected = expectedFromFixture('page-article.html');
  expect(expected.length).toBeGreaterThanOrEqual(3);
  const seen = await waitForPainted(page, expected.length);
  expect(seen).toEqual(expected);
  expect(seen.map(([, t]) => t)).toContain('at least 14,534');
  expect(new Set(seen.map(([n]) => n)).size).toBeGreaterThanOrEqual(2);
  await screenshot(page, 'page-article-highlighted');

  // Nothing but the UI host was added, and the page's markup is as served.
  expect(await bodyWithoutUi(page)).toBe(before);
  expect(original).toContain('<p>The United Nations Human Rights Monitoring Mission');
  expect((await uiHosts(page)).length).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => document.head.innerHTML)).toBe(headBefore);

  const tabId = await tabIdOf(browser.worker, page.url());
  const caution = expected.filter(([n]) => n === 'tollcheck-unverified' || n === 'tollcheck-disputed').length;
  await expect.poll(() => badgeText(browser.worker, tabId)).toBe(caution ? String(caution) : '');

  expect(externalRequests(browser.requests, server)).toEqual([]);
  expect(browser.errors).toEqual([]);
  await page.close();
});

test('hovering a figure opens its tooltip; it stays while hovered and Escape closes it', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/page-article.html'));
  await waitForPainted(page, 3);
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
  expect(text).toContain('14,534');
  expect(await tip.getAttribute('role')).toBe('tooltip');
  const link = tip.locator('a').first();
  expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
  await screenshot(page, 'page-tooltip-hover');

  // Inside the viewport.
  const box = (await tip.boundingBox())!;
  const vp = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
  expect(box.y + box.height).toBeLessThanOrEqual(vp.height);

  // Hoverable: moving onto the tooltip keeps it open.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForTimeout(700);
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
  const page = await browser.context.newPage();
  await page.goto(server.url('/page-article.html'));
  const seen = await waitForPainted(page, 3);
  const tabId = await tabIdOf(browser.worker, page.url());
  const tip = tooltip(page);
  for (const [, figure] of seen) {
    expect(await runCommand(browser.worker, 'next-figure', tabId)).toBe(true);
    await expect.poll(async () => (await tip.count()) && tip.innerText()).toContain(`“${figure}”`);
    expect(await tip.getAttribute('role')).toBe('dialog');
  }
  // Wraps around to the first, and back again with previous-figure.
  await runCommand(browser.worker, 'next-figure', tabId);
  await expect.poll(() => tip.innerText()).toContain(`“${seen[0][1]}”`);
  await runCommand(browser.worker, 'previous-figure', tabId);
  await expect.poll(() => tip.innerText()).toContain(`“${seen[seen.length - 1][1]}”`);
  await screenshot(page, 'page-tooltip-keyboard');
  await page.keyboard.press('Escape');
  await expect.poll(() => tip.count()).toBe(0);
  await page.close();
});

test("the popup's revealClaim scrolls to a figure and opens it; injecting the script again changes nothing", async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 300 });
  // Through localhost: the test build holds a host permission there, which injecting a script
  // needs (in real use the popup click's activeTab grant gives it).
  await page.goto(server.url('/page-article.html').replace('127.0.0.1', 'localhost'));
  const seen = await waitForPainted(page, 3);
  const tabId = await tabIdOf(browser.worker, page.url());
  const report = (await tabReport(browser.worker, tabId))!;
  expect(report.claims.map((c) => c.figure)).toEqual(seen.map(([, t]) => t));
  const last = report.claims[report.claims.length - 1];
  // The message exactly as the popup's messenger sends it.
  const answer = await browser.worker.evaluate(([id, key]) => chrome.tabs.sendMessage(id as number, { id: 1, type: 'revealClaim', data: { key }, timestamp: Date.now() }), [
    tabId,
    last.key,
  ] as const);
  expect(answer).toEqual({ res: true });
  await expect.poll(() => tooltip(page).innerText()).toContain(`“${last.figure}”`);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  const missing = await browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { id: 2, type: 'revealClaim', data: { key: 'c999:0-1' }, timestamp: Date.now() }), tabId);
  expect(missing).toEqual({ res: false });

  // "Scan this page" on a page already scanned: one session, one UI host, the same highlights.
  await browser.worker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] }), tabId);
  await page.waitForTimeout(800);
  expect(await painted(page)).toEqual(seen);
  // The new copy answers (the old one stopped and removed its UI host) and mounts one host.
  const first = (await tabReport(browser.worker, tabId))!.claims[0];
  await expect
    .poll(() =>
      browser.worker.evaluate(([id, key]) => chrome.tabs.sendMessage(id as number, { id: 3, type: 'revealClaim', data: { key }, timestamp: Date.now() }), [
        tabId,
        first.key,
      ] as const),
    )
    .toEqual({ res: true });
  await expect.poll(() => tooltip(page).innerText()).toContain(`“${first.figure}”`);
  expect(await uiHosts(page)).toEqual([{ host: 'div', parent: 'body', mode: 'closed' }]);
  expect(browser.errors).toEqual([]);
  await page.close();
});

test('a long article keeps every figure in CSS.highlights, far below the fold included', async () => {
  // Figures spread over about ten screens: an ordinary (if long) article, well under the figure
  // count from which only figures near the viewport are registered.
  const stories = [
    'Rescuers said 14 people were killed when the bridge collapsed.',
    'The hospital treated 38 injured passengers overnight.',
    'At least 9 fishermen remain missing after the storm.',
    'Police said three people were shot dead outside the stadium.',
    'The fire killed 21 residents of the tower block, officials said.',
    'More than 40 miners were hurt in the blast, the company said.',
  ];
  const html = `<!doctype html><html><head><title>Regional round-up</title></head><body><article><h1>Regional round-up</h1>${stories
    .map((s) => `<p>${s}</p><div style="height:1600px"></div>`)
    .join('')}</article></body></html>`;
  server.route('/long-article.html', { body: html });
  const page = await browser.context.newPage();
  await page.goto(server.url('/long-article.html'));
  const expected = expectedFromHtml(html);
  expect(expected.length).toBe(stories.length);
  expect(await page.evaluate(() => scrollY)).toBe(0);
  expect(await waitForPainted(page, expected.length)).toEqual(expected);
  await page.close();
});
