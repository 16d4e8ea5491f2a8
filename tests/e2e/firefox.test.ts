/**
 * The same extension in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi, the Firefox test
 * build as a temporary add-on): an article's figures are marked with the verdicts the one page
 * pipeline gives and the popup lists them (from the event-page background), a dated page's UN figure
 * is corroborated, and the options page reads the bundled
 * dataset from its data file. Needs `npx wxt build -b firefox --mode test` (npm test runs it).
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BUNDLED_DATASET } from '../../lib/dataset/bundled';
import { firefoxAvailable, launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from './firefox-harness';
import { OUTPUT_DIR, PAGES_DIR, startServer, type TestServer } from './harness';
import { expectedFromFixture, paintedInPage, VERDICT_NAMES } from './page-helpers';

const DATED_PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta property="article:published_time" content="2024-05-08T10:00:00+03:00"><title>UN: civilian toll in Ukraine</title></head>
<body><p>The UN human rights monitoring mission in Ukraine said at least 10,946 civilians had been killed since the full-scale invasion began.</p>
<p>Ukraine's General Staff said on Wednesday that 477,430 Russian soldiers had been killed since the invasion.</p></body></html>`;

/** Saves a Firefox screenshot beside the Chromium ones (test-output/screenshots/firefox-*.png). */
async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(`${OUTPUT_DIR}/screenshots`, { recursive: true });
  await page.screenshot({ path: `${OUTPUT_DIR}/screenshots/firefox-${name}.png` });
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`Firefox: ${what} did not happen within ${timeout} ms (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function waitForPainted(page: Page, n: number, timeout = 20_000): Promise<[string, string][]> {
  const until = Date.now() + timeout;
  let last: [string, string][] = [];
  for (;;) {
    last = await page.evaluate(paintedInPage, [...VERDICT_NAMES]);
    if (last.length >= n) return last;
    if (Date.now() > until) throw new Error(`Expected ${n} painted figures in Firefox, saw ${last.length}: ${JSON.stringify(last)}`);
    await new Promise((ok) => setTimeout(ok, 150));
  }
}

describe.skipIf(!firefoxAvailable())('Firefox', () => {
  let firefox: FirefoxWithExtension;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    server.route('/page-article.html', { body: fs.readFileSync(`${PAGES_DIR}/page-article.html`, 'utf8') });
    server.route('/dated.html', { body: DATED_PAGE });
    firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('an article is marked with the same verdicts as in Chromium and from `scan`', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('/page-article.html'));
    await page.setViewport({ width: 1100, height: 800 });
    const expected = expectedFromFixture('page-article.html');
    expect(await waitForPainted(page, expected.length)).toEqual(expected);
    await shot(page, 'article');

    // The popup reads the tab's report from the background (an event page in Firefox).
    const popup = await firefox.newPage();
    await popup.setViewport({ width: 360, height: 600 });
    await openExtensionPage(popup, '/options.html');
    // Without the tabs permission other tabs' addresses are hidden: the article is the newest tab
    // that is not an extension page.
    type Tab = { id: number; url?: string };
    const tabs = await popup.evaluate(async () =>
      (await (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Tab[]> } } }).browser.tabs.query({})).map((t) => ({ id: t.id, url: t.url })),
    );
    const tab = tabs.filter((t) => !t.url?.startsWith('moz-extension:')).sort((a, b) => b.id - a.id)[0];
    expect(tab).toBeDefined();
    await openExtensionPage(popup, `/popup.html?tab=${tab!.id}`);
    const listed = await until(
      () => popup.evaluate(() => document.body.innerText),
      (t) => t.includes('Corroborated') && t.includes('14,534'),
      'the popup listing the page’s figures',
    );
    expect(listed).toContain('Unverified');
    await shot(popup, 'popup');
    await popup.close();
    await page.close();
  });

  test('a dated page: the UN figure corroborated, the party figure unverified', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url('/dated.html'));
    expect(await waitForPainted(page, 2)).toEqual([
      ['tollcheck-corroborated', 'at least 10,946'],
      ['tollcheck-unverified', '477,430'],
    ]);
    await page.close();
  });

  test('the options page shows the bundled dataset read from its data file', async () => {
    const page = await firefox.newPage();
    await openExtensionPage(page, '/options.html');
    const until = Date.now() + 15_000;
    let text = '';
    while (Date.now() < until && !text) {
      text = await page.evaluate(() => document.querySelector('[data-testid="active-count"]')?.textContent ?? '');
      if (!text) await new Promise((ok) => setTimeout(ok, 150));
    }
    expect(text.replace(/\D/g, '')).toBe(String(BUNDLED_DATASET.records.length));
    expect(firefox.errors).toEqual([]);
    await page.close();
  });
});
