/**
 * A dated news page, written for this test in the shape of a real report, in both browsers: the UN's
 * figure, which the bundled dataset holds at that time, is marked corroborated and its tooltip
 * names the record; a party's figure about the enemy is marked unverified; a figure from an earlier
 * war named in passing gets no verdict about this one. Expectations are written out as data.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUNDLED_DATASET } from '../../lib/dataset/bundled';
import { BROWSERS, type ExtensionDriver, launchDriver } from './driver';
import { startServer, type TestServer } from './harness';
import { hoverFigure, tooltip, waitForPainted } from './page-helpers';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta property="article:published_time" content="2024-05-08T10:00:00+03:00">
<title>UN: civilian toll in Ukraine keeps rising</title></head><body><article>
<h1>UN: civilian toll in Ukraine keeps rising</h1>
<p>The UN human rights monitoring mission in Ukraine said at least 10,946 civilians had been killed since the full-scale invasion began, adding that the true number is likely higher.</p>
<p>Ukraine's General Staff said on Wednesday that 477,430 Russian soldiers had been killed since the invasion.</p>
<p>Historians recall that about 15,000 Soviet soldiers died in Afghanistan between 1979 and 1989.</p>
</article></body></html>`;

test('the bundled dataset holds the records this page is checked against', () => {
  const records = BUNDLED_DATASET.records;
  expect(records.some((r) => r.conflict === 'russia-ukraine' && r.best === 10946 && r.claimantType === 'un' && r.time.kind === 'cumulative' && r.time.asOf === '2024-04-30')).toBe(
    true,
  );
  expect(records.some((r) => r.claimant.startsWith('General Staff') && r.best === 477430 && r.time.kind === 'cumulative' && r.time.asOf === '2024-05-08')).toBe(true);
});

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionDriver;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    server.route('/un-toll.html', { body: PAGE });
    browser = await launchDriver(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('an independent figure is corroborated with the record named, a party figure unverified, an earlier war’s dead given no verdict', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/un-toll.html'));
    const seen = await waitForPainted(page, 3);
    expect(seen).toEqual([
      ['tollcheck-corroborated', 'at least 10,946'],
      ['tollcheck-unverified', '477,430'],
      ['tollcheck-no-data', 'about 15,000'],
    ]);

    await hoverFigure(page, 'at least 10,946');
    const tip = tooltip(page);
    await expect.poll(() => tip.count()).toBe(1);
    const text = await tip.innerText();
    expect(text).toContain('Corroborated');
    expect(text).toContain('10,946');
    expect(text).toContain('30 April 2024, 8 days before the article');
    expect(text).toContain('the same running total');
    // The chart of the record over time, with its text alternative, from what the worker sent.
    expect(text).toContain('this article');
    await page.screenshot('page-verdicts-corroborated');

    await page.keyboard.press('Escape');
    await hoverFigure(page, '477,430');
    await expect.poll(async () => (await tooltip(page).innerText()).includes('Unverified')).toBe(true);
    expect(await tooltip(page).innerText()).toContain('it matches the figure that General Staff');
    await page.screenshot('page-verdicts-unverified');
    expect(browser.errors).toEqual([]);
    await page.close();
  });
});
