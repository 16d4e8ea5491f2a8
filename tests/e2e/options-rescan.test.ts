/**
 * The whole chain after an update, in both browsers (driver.ts): a page scanned with the bundled
 * dataset, a dataset applied on the options page, and the open page re-checked against the new
 * data without a reload.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtensionDriver, launchDriver, text } from './driver';
import { startServer, type TestServer } from './harness';
import { applyPreview, chooseFile, optionsReady } from './options-page';
import { painted, waitForPainted } from './page-helpers';

/** Written for this test; the Sudan figure is in the test dataset (record t-sd-1), not in the bundled one. */
const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Sudan war: new toll</title>
<meta property="article:published_time" content="2026-07-05T09:00:00Z"></head><body><article>
<h1>Sudan war: new toll</h1>
<p>The Test Monitoring Group said on Friday that 4,321 people have been killed in Sudan since the war began.</p>
</article></body></html>`;

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionDriver;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    server.route('/sudan-toll.html', { body: ARTICLE });
    browser = await launchDriver(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('an open page shows verdicts from the newly applied dataset', async () => {
    const article = await browser.newPage();
    await article.goto(server.url('/sudan-toll.html'));
    expect(await waitForPainted(article, 1)).toEqual([['tollcheck-no-data', '4,321']]);

    // The options page opens in a tab of its own; the article stays open behind it.
    const options = await browser.openExtensionPage('/options.html');
    await optionsReady(options);
    expect(await chooseFile(options, 'valid-v1.json')).toBe('preview');
    await applyPreview(options);
    expect(await text(options, '[data-testid="notice"]')).toBe('Now using TollCheck e2e test dataset version 2026.7.1.');

    await expect.poll(() => painted(article), { timeout: 10_000 }).toEqual([['tollcheck-corroborated', '4,321']]);
    await options.close();
    await article.screenshot('options-rescan-after-update');
    expect(browser.errors).toEqual([]);
  });
});
