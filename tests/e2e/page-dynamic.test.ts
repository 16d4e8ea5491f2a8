/**
 * Pages that are not plain static text, in both browsers (driver.ts): figures split across inline
 * elements, a page re-rendering itself every second, infinite scroll adding and removing stories,
 * and editable areas left alone. Expectations are written out as data.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, clickOn, count, type DriverPage, type ExtensionDriver, launchDriver, text } from './driver';
import { startServer, type TestServer } from './harness';
import { badgeText, bodyWithoutUi, hoverFigure, painted, tabIdOf, tabReport, tooltip, VERDICT_NAMES, waitForPainted, wrongRanges } from './page-helpers';

/** tests/e2e/pages/page-split.html: none of its figures is about a record the dataset holds at its date. */
// ("Aid convoys admitted this week: 41" counts convoys, not people: never painted.)
const SPLIT: [string, string][] = ['42,010', '42,010', '97,720', '49', '42,010', '97,720', '42,010'].map((figure) => ['tollcheck-unverified', figure]);

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionDriver;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchDriver(name);
  });
  afterAll(async () => {
    expect(browser.externalRequests(server)).toEqual([]);
    expect(browser.errors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<DriverPage> {
    const page = await browser.newPage();
    await page.goto(server.url(path));
    return page;
  }

  test('figures split across inline elements, in headings, captions and lists are marked whole', async () => {
    const page = await open('/page-split.html');
    // "<span>4</span><span>9</span> people" and "<b>42,010</b> <i>Palestinians</i>" read as one figure each.
    expect(await waitForPainted(page, SPLIT.length)).toEqual(SPLIT);
    const ranges = await page.evaluate(() => {
      const out: { text: string; nodes: number }[] = [];
      for (const hl of CSS.highlights.values()) for (const r of hl as Iterable<Range>) out.push({ text: r.toString(), nodes: r.startContainer === r.endContainer ? 1 : 2 });
      return out;
    }, undefined);
    expect(ranges.find((r) => r.text === '49')?.nodes).toBe(2);
    await page.close();
  });

  test('a page that re-renders its content every second keeps exact highlights and never marks wrong text', async () => {
    const page = await open('/page-rerender.html');
    const first = await waitForPainted(page, 2);
    const figures = first.map(([, t]) => t);
    expect(figures).toEqual(['at least 14,534', '3']);
    for (const [verdict] of first) expect(VERDICT_NAMES).toContain(verdict);
    // Sample across several re-renders: at no moment may a registered range be stale or wrong.
    const clock = () => page.evaluate(() => document.querySelector('.clock')?.textContent, undefined);
    const rendersBefore = await clock();
    for (let i = 0; i < 40; i++) {
      expect(await wrongRanges(page, figures)).toEqual([]);
      await sleep(75);
    }
    expect(await clock()).not.toBe(rendersBefore);
    // And after the re-renders the same figures are painted on the new nodes, with the same verdicts.
    expect(await waitForPainted(page, 2)).toEqual(first);
    // A tooltip opened by hovering stays open across re-renders while the pointer rests on the figure.
    await hoverFigure(page, 'at least 14,534');
    await expect.poll(async () => ((await tooltip(page).count()) ? tooltip(page).innerText() : ''), { timeout: 5000 }).toContain('14,534');
    for (let i = 0; i < 25; i++) {
      await sleep(100);
      expect(await tooltip(page).count()).toBe(1);
    }
    const tabId = await tabIdOf(browser.background, page.url());
    // The background's report holds each figure once, not once per re-render.
    expect((await tabReport(browser.background, tabId))?.claims.map((c) => c.figure)).toEqual(['at least 14,534', '3']);
    await page.close();
  });

  test('infinite scroll: stories appended later are scanned; removed ones lose their highlights', async () => {
    const page = await open('/page-infinite.html');
    await waitForPainted(page, 1);
    const tabId = await tabIdOf(browser.background, page.url());
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight), undefined);
    await expect.poll(() => count(page, 'article.story')).toBe(3);
    const all = await waitForPainted(page, 3);
    expect(all.map(([, t]) => t)).toEqual(['at least 14,534', '1,000', '3']);
    const caution = all.filter(([n]) => n === 'tollcheck-unverified' || n === 'tollcheck-disputed').length;
    await expect.poll(() => badgeText(browser.background, tabId)).toBe(caution ? String(caution) : '');

    await page.evaluate(() => document.getElementById('s1')?.remove(), undefined);
    await expect.poll(async () => (await painted(page)).map(([, t]) => t)).toEqual(['at least 14,534', '3']);
    expect(await wrongRanges(page, ['at least 14,534', '3'])).toEqual([]);
    const left = (await painted(page)).filter(([n]) => n === 'tollcheck-unverified' || n === 'tollcheck-disputed').length;
    await expect.poll(() => badgeText(browser.background, tabId)).toBe(left ? String(left) : '');
    await page.close();
  });

  test('an editable area and form fields with figures are left alone', async () => {
    const page = await open('/page-editable.html');
    const before = await bodyWithoutUi(page);
    const seen = await waitForPainted(page, 1);
    expect(seen.map(([, t]) => t)).toEqual(['3']);
    // Typing a figure into the editor neither marks it nor changes what was typed.
    await clickOn(page, '.editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' Later, 90 people were killed.');
    await sleep(1200);
    expect((await painted(page)).map(([, t]) => t)).toEqual(['3']);
    expect(await text(page, '.editor')).toContain('Later, 90 people were killed.');
    expect(await page.evaluate(() => (document.getElementById('notes') as HTMLTextAreaElement).value, undefined)).toBe(
      'Draft: 120 people were killed in the strike, the mayor said.',
    );
    expect((await bodyWithoutUi(page)).replace(' Later, 90 people were killed.', '')).toBe(before);
    await page.close();
  });
});
