/**
 * Updating from a URL, in both browsers (driver.ts): the dataset is served by the harness and
 * fetched at http://localhost:<port> (the test build grants http://localhost/* at install because
 * a headless browser cannot answer a permission prompt). Covers valid, invalid, 404 and slow
 * downloads, "Check for update", roll back and restore bundled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUNDLED_HEADER } from '../../lib/dataset/bundled/header';
import { BROWSERS, clickOn, count, type DriverPage, type ExtensionDriver, fill, launchDriver, text, until } from './driver';
import { startServer, type TestServer } from './harness';
import { applyPreview, DATASETS, optionsReady, previewCounts, problems, readActive, waitForActiveVersion, waitForOutcome } from './options-page';

const dataset = (file: string) => fs.readFileSync(path.join(DATASETS, file), 'utf8');

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionDriver;
  let server: TestServer;
  let page: DriverPage;
  /** The harness's server, reached by name so the test build's localhost grant applies. */
  const local = (p: string) => server.url(p).replace('127.0.0.1', 'localhost');

  beforeAll(async () => {
    server = await startServer();
    server.route('/v1.json', { type: 'application/json', body: dataset('valid-v1.json') });
    server.route('/feed.json', { type: 'application/json', body: dataset('valid-v1.json') });
    server.route('/broken.json', { type: 'application/json', body: dataset('bad-low-above-best.json') });
    server.route('/slow.json', { type: 'application/json', body: dataset('valid-v2.json'), delayMs: 10_000 });
    browser = await launchDriver(name);
    page = await browser.openExtensionPage('/options.html');
    await optionsReady(page);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function download(url: string): Promise<'preview' | 'refused'> {
    await fill(page, '#dataset-url', url);
    await clickOn(page, 'button[type="submit"]', 'Download');
    return waitForOutcome(page);
  }
  const sees = (words: string) => until(page, (w) => document.body.innerText.includes(w), words, `"${words}" on the page`);

  test('a dataset downloaded from a URL is previewed, applied, and its URL remembered', async () => {
    expect(await download(local('/feed.json'))).toBe('preview');
    await applyPreview(page);
    expect(await readActive(page)).toMatchObject({ version: '2026.7.1', count: 6, origin: local('/feed.json') });
    expect(await text(page, '#dataset-url-help')).toContain(local('/feed.json'));
  });

  test('"Check for update" says when the URL still offers the active version', async () => {
    await clickOn(page, 'button', 'Check for update');
    await sees('You have the latest version (2026.7.1).');
    expect(await count(page, '#preview-title')).toBe(0);
  });

  test('"Check for update" finds a newer version and previews its changes', async () => {
    server.route('/feed.json', { type: 'application/json', body: dataset('valid-v2.json') });
    await clickOn(page, 'button', 'Check for update');
    await sees('A newer version is available: 2026.8.1 (you have 2026.7.1).');
    expect(await previewCounts(page)).toEqual({ added: 1, changed: 1, removed: 1, unchanged: 4 });
    await applyPreview(page);
    expect((await readActive(page)).version).toBe('2026.8.1');
  });

  test('an invalid download is refused with its problems and changes nothing', async () => {
    expect(await download(local('/broken.json'))).toBe('refused');
    expect((await problems(page)).join('\n')).toMatch(/record 5 \(id "t-mm-2"\): figures must satisfy low ≤ best ≤ high/);
    expect((await readActive(page)).version).toBe('2026.8.1');
  });

  test('a 404 is reported and changes nothing', async () => {
    expect(await download(local('/no-such-dataset.json'))).toBe('refused');
    expect((await problems(page)).join('\n')).toMatch(/The server answered 404/);
    expect((await readActive(page)).version).toBe('2026.8.1');
  });

  test('a server that does not answer in time is given up on, and nothing changes', async () => {
    expect(await download(local('/slow.json'))).toBe('refused');
    expect((await problems(page)).join('\n')).toMatch(/took longer than 2 seconds and was stopped/);
    expect((await readActive(page)).version).toBe('2026.8.1');
    await page.screenshot('options-url-timeout');
  });

  test('plain http to another host is refused before any request', async () => {
    expect(await download('http://example.org/dataset.json')).toBe('refused');
    expect((await problems(page)).join('\n')).toMatch(/Use an https:\/\/ address/);
    expect(browser.externalRequests(server).filter((u) => u.includes('example.org'))).toEqual([]);
  });

  test('roll back restores the previous dataset in one click, restore bundled the shipped one', async () => {
    await clickOn(page, 'button', 'Roll back');
    await waitForActiveVersion(page, '2026.7.1');
    expect((await readActive(page)).count).toBe(6);
    await clickOn(page, 'button', 'Restore bundled dataset');
    await waitForActiveVersion(page, BUNDLED_HEADER.version);
    expect(browser.externalRequests(server).filter((u) => !u.startsWith(local('/')))).toEqual([]);
    // Chromium logs the 404 test's reply itself; anything else would be the page's own error.
    expect(browser.errors.filter((e) => !e.includes('the server responded with a status of 404'))).toEqual([]);
  });
});
