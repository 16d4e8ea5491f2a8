import { afterAll, beforeAll, expect, test } from 'vitest';
import { externalRequests, launchWithExtension, startServer, type ExtensionBrowser, type TestServer } from './harness';
import { badgeText, bodyWithoutUi, expectedFromFixture, hoverFigure, painted, tabReport, tabIdOf, tooltip, VERDICT_NAMES, waitForPainted, wrongRanges } from './page-helpers';

let browser: ExtensionBrowser;
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  expect(externalRequests(browser.requests, server)).toEqual([]);
  expect(browser.errors).toEqual([]);
  await browser?.close();
  await server?.close();
});

test('figures split across inline elements, in headings, captions and lists are marked whole', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/page-split.html'));
  const expected = expectedFromFixture('page-split.html');
  const seen = await waitForPainted(page, expected.length);
  expect(seen).toEqual(expected);
  const texts = seen.map(([, t]) => t);
  // "<span>4</span><span>9</span> people" and "<b>42,010</b> <i>Palestinians</i>" read as one figure each.
  expect(texts).toContain('49');
  expect(texts.filter((t) => t === '42,010').length).toBeGreaterThanOrEqual(3);
  const ranges = await page.evaluate(() => {
    const out: { text: string; nodes: number }[] = [];
    for (const hl of CSS.highlights.values()) for (const r of hl as Iterable<Range>) out.push({ text: r.toString(), nodes: r.startContainer === r.endContainer ? 1 : 2 });
    return out;
  });
  expect(ranges.find((r) => r.text === '49')!.nodes).toBe(2);
  await page.close();
});

test('a page that re-renders its content every second keeps exact highlights and never marks wrong text', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/page-rerender.html'));
  const first = await waitForPainted(page, 2);
  const figures = first.map(([, t]) => t);
  expect(figures).toEqual(['at least 14,534', '3']);
  for (const [name] of first) expect(VERDICT_NAMES).toContain(name);
  // Sample across several re-renders: at no moment may a registered range be stale or wrong.
  const rendersBefore = await page.evaluate(() => document.querySelector('.clock')!.textContent);
  for (let i = 0; i < 40; i++) {
    expect(await wrongRanges(page, figures)).toEqual([]);
    await page.waitForTimeout(75);
  }
  expect(await page.evaluate(() => document.querySelector('.clock')!.textContent)).not.toBe(rendersBefore);
  // And after the re-renders the same figures are painted on the new nodes, with the same verdicts.
  expect(await waitForPainted(page, 2)).toEqual(first);
  // A tooltip opened by hovering stays open across re-renders while the pointer rests on the figure.
  await hoverFigure(page, 'at least 14,534');
  await expect.poll(async () => ((await tooltip(page).count()) ? tooltip(page).innerText() : ''), { timeout: 5000 }).toContain('14,534');
  for (let i = 0; i < 25; i++) {
    await page.waitForTimeout(100);
    expect(await tooltip(page).count()).toBe(1);
  }
  const tabId = await tabIdOf(browser.worker, page.url());
  // The background's report holds each figure once, not once per re-render.
  expect((await tabReport(browser.worker, tabId))!.claims.map((c) => c.figure)).toEqual(['at least 14,534', '3']);
  await page.close();
});

test('infinite scroll: stories appended later are scanned; removed ones lose their highlights', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/page-infinite.html'));
  await waitForPainted(page, 1);
  const tabId = await tabIdOf(browser.worker, page.url());
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => page.locator('article.story').count()).toBe(3);
  const all = await waitForPainted(page, 3);
  expect(all.map(([, t]) => t)).toEqual(['at least 14,534', '1,000', '3']);
  const caution = all.filter(([n]) => n === 'tollcheck-unverified' || n === 'tollcheck-disputed').length;
  await expect.poll(() => badgeText(browser.worker, tabId)).toBe(caution ? String(caution) : '');

  await page.evaluate(() => document.getElementById('s1')!.remove());
  await expect.poll(async () => (await painted(page)).map(([, t]) => t)).toEqual(['at least 14,534', '3']);
  expect(await wrongRanges(page, ['at least 14,534', '3'])).toEqual([]);
  const left = (await painted(page)).filter(([n]) => n === 'tollcheck-unverified' || n === 'tollcheck-disputed').length;
  await expect.poll(() => badgeText(browser.worker, tabId)).toBe(left ? String(left) : '');
  await page.close();
});

test('an editable area and form fields with figures are left alone', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/page-editable.html'));
  const before = await bodyWithoutUi(page);
  const seen = await waitForPainted(page, 1);
  expect(seen.map(([, t]) => t)).toEqual(['3']);
  // Typing a figure into the editor neither marks it nor changes what was typed.
  await page.click('.editor p');
  await page.keyboard.press('End');
  await page.keyboard.type(' Later, 90 people were killed.');
  await page.waitForTimeout(1200);
  expect((await painted(page)).map(([, t]) => t)).toEqual(['3']);
  expect(await page.locator('.editor').innerText()).toContain('Later, 90 people were killed.');
  expect(await page.inputValue('#notes')).toBe('Draft: 120 people were killed in the strike, the mayor said.');
  expect((await bodyWithoutUi(page)).replace(' Later, 90 people were killed.', '')).toBe(before);
  await page.close();
});
