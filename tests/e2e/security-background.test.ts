/**
 * The background in Chromium: one heavy tab cannot crowd the others out of storage.session, a failed
 * store never stops a page from being painted, and a content script (or a page that took one over)
 * gets only its own tab's data and only the messages meant for it.
 */
// Chromium only: it evaluates scripts in the content script's isolated world through DevTools and drives the service worker directly.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, startServer, type ExtensionBrowser, type TestServer } from './harness';
import { badgeText, expectedFromFixture, expectedFromHtml, inExtensionWorld, painted, tabIdOf, tabReport, waitForPainted } from './page-helpers';

// Runs inside the extension's service worker (worker.evaluate), where `chrome` exists.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

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

const caution = (list: [string, string][]) => list.filter(([n]) => n === 'tollcheck-unverified' || n === 'tollcheck-disputed').length;

/** What the tab's report occupies in storage.session (JSON characters). */
function storedFor(tabId: number): Promise<number> {
  return browser.worker.evaluate(async (id) => {
    const all = await chrome.storage.session.get(null);
    return Object.entries(all)
      .filter(([k]) => k === `tab:${id}` || k.startsWith(`tabchunk:${id}:`) || k.startsWith(`tabref:${id}:`))
      .reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
  }, tabId);
}

test('a tab past its storage budget keeps counts and the figures nearest the viewport; another tab gets its whole report', async () => {
  const budget = 12_000;
  await browser.worker.evaluate((b) => void ((globalThis as { tollcheckTabBudget?: number }).tollcheckTabBudget = b), budget);
  try {
    const paragraphs = Array.from({ length: 120 }, (_, i) => `<p>Officials in district ${i + 1} said ${i + 11} people were killed in the floods on Monday.</p>`);
    const html = `<!doctype html><html><head><title>Floods, district by district</title><link rel="icon" href="data:,"></head><body><article><h1>Floods</h1>${paragraphs.join('\n')}</article></body></html>`;
    server.route('/heavy.html', { body: html });
    const expected = expectedFromHtml(html);
    expect(expected.length).toBe(120);
    const heavy = await browser.context.newPage();
    await heavy.goto(server.url('/heavy.html'));
    const heavyTab = await tabIdOf(browser.worker, heavy.url());
    await expect
      .poll(
        async () => {
          const r = await tabReport(browser.worker, heavyTab);
          return r && !r.checking ? r.claims.length : -1;
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThan(0);
    const report = (await tabReport(browser.worker, heavyTab))! as Awaited<ReturnType<typeof tabReport>> & { omitted: Record<string, number> };
    const listed = report!.claims.length;
    expect(listed).toBeLessThan(120);
    // Counts are kept for the rest; the listed figures are the page's first (the top of the page, in view).
    expect(Object.values(report!.omitted).reduce((a, b) => a + b, 0)).toBe(120 - listed);
    expect(report!.claims.map((c) => c.figure)).toEqual(expected.slice(0, listed).map(([, t]) => t));
    expect(await storedFor(heavyTab)).toBeLessThan(budget + 4_000);
    // The page itself is painted in full, and the badge counts every figure that calls for caution.
    expect(await waitForPainted(heavy, 120, 30_000)).toEqual(expected);
    await expect.poll(() => badgeText(browser.worker, heavyTab)).toBe(caution(expected) ? String(caution(expected)) : '');

    const other = await browser.context.newPage();
    await other.goto(server.url('/page-article.html'));
    const article = expectedFromFixture('page-article.html');
    expect(await waitForPainted(other, article.length)).toEqual(article);
    const otherTab = await tabIdOf(browser.worker, other.url());
    await expect.poll(async () => (await tabReport(browser.worker, otherTab))?.claims.map((c) => c.figure)).toEqual(article.map(([, t]) => t));
    await heavy.close();
    await other.close();
  } finally {
    await browser.worker.evaluate(() => void delete (globalThis as { tollcheckTabBudget?: number }).tollcheckTabBudget);
  }
}, 120_000);

test('when storage.session refuses every claim write, the page is still painted and the badge still counts', async () => {
  await browser.worker.evaluate(() => {
    const area = chrome.storage.session;
    const g = globalThis as unknown as { realSet?: unknown };
    g.realSet = area.set;
    area.set = function (items: Record<string, unknown>, ...rest: unknown[]) {
      if (Object.keys(items).some((k) => k.startsWith('tabchunk:') || k.startsWith('tabref:'))) return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
      return (g.realSet as (...a: unknown[]) => Promise<void>).call(area, items, ...rest);
    };
  });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('/page-article.html'));
    const expected = expectedFromFixture('page-article.html');
    expect(await waitForPainted(page, expected.length)).toEqual(expected);
    const tabId = await tabIdOf(browser.worker, page.url());
    await expect.poll(() => badgeText(browser.worker, tabId)).toBe(caution(expected) ? String(caution(expected)) : '');
    const report = (await tabReport(browser.worker, tabId)) as { claims: unknown[]; omitted: Record<string, number> } | null;
    expect(report?.claims).toEqual([]);
    expect(Object.values(report!.omitted).reduce((a, b) => a + b, 0)).toBe(expected.length);
    expect(browser.errors).toEqual([]);
    await page.close();
  } finally {
    await browser.worker.evaluate(() => {
      const g = globalThis as unknown as { realSet?: unknown };
      chrome.storage.session.set = g.realSet;
    });
  }
});

test("a content script taken over by its page gets no other tab's report, and cannot inject scripts or reload the dataset", async () => {
  const secret = await browser.context.newPage();
  await secret.goto(server.url('/page-article.html?account=secret-token'));
  await waitForPainted(secret, 3);
  const secretTab = await tabIdOf(browser.worker, secret.url());
  const page = await browser.context.newPage();
  await page.goto(server.url('/page-dark.html'));
  await waitForPainted(page, 1);
  const ask = (type: string, data: unknown) =>
    inExtensionWorld<unknown>(
      page,
      `chrome.runtime.sendMessage(${JSON.stringify({ id: 99, type, data, timestamp: 0 })}).then((r) => JSON.stringify(r), (e) => 'rejected: ' + e.message)`,
    );
  for (const [type, data] of [
    ['getTabReport', { tabId: secretTab }],
    ['scanTab', { tabId: secretTab }],
    ['datasetChanged', undefined],
  ] as const) {
    const answer = String(await ask(type, data));
    expect(answer, type).not.toContain('secret-token');
    expect(answer, type).not.toContain('"res"');
    expect(answer, type).toMatch(/only for the extension's own pages/);
  }
  // What a content script may do still works, for its own tab only.
  expect(String(await ask('pageRead', undefined))).not.toMatch(/err|rejected|own pages/);
  expect((await tabReport(browser.worker, secretTab))!.url).toContain('secret-token'); // the popup's path (the worker) still has it
  expect(await painted(secret)).not.toEqual([]);
  await page.close();
  await secret.close();
});
