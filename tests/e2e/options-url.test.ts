/**
 * Updating from a URL in Chromium: the dataset is served by the harness and fetched at
 * http://localhost:<port> (the test build grants http://localhost/* at install because headless
 * Chromium cannot answer a permission prompt). Covers valid, invalid, 404 and slow downloads,
 * "Check for update", roll back and restore bundled.
 */
// Chromium only for now: written against Playwright before the shared driver (driver.ts). Roll back is also tested in both browsers by options-import.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { externalRequests, launchWithExtension, screenshot, startServer, type ExtensionBrowser, type TestServer } from './harness';
import { applyPreview, DATASETS, openOptions, previewCounts, problems, readActive, waitForOutcome } from './options-page';
import { BUNDLED_HEADER } from '../../lib/dataset/bundled/header';

let browser: ExtensionBrowser;
let server: TestServer;
let page: Page;
const dataset = (file: string) => fs.readFileSync(path.join(DATASETS, file), 'utf8');
/** The harness's server, reached by name so the test build's localhost grant applies. */
const local = (p: string) => server.url(p).replace('127.0.0.1', 'localhost');

beforeAll(async () => {
  server = await startServer();
  server.route('/v1.json', { type: 'application/json', body: dataset('valid-v1.json') });
  server.route('/feed.json', { type: 'application/json', body: dataset('valid-v1.json') });
  server.route('/broken.json', { type: 'application/json', body: dataset('bad-low-above-best.json') });
  server.route('/slow.json', { type: 'application/json', body: dataset('valid-v2.json'), delayMs: 10_000 });
  browser = await launchWithExtension();
  page = await openOptions(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function download(url: string): Promise<'preview' | 'refused'> {
  await page.getByLabel('From a URL (https)').fill(url);
  await page.getByRole('button', { name: 'Download' }).click();
  return waitForOutcome(page);
}

test('a dataset downloaded from a URL is previewed, applied, and its URL remembered', async () => {
  expect(await download(local('/feed.json'))).toBe('preview');
  await applyPreview(page);
  expect(await readActive(page)).toMatchObject({ version: '2026.7.1', count: 6, origin: local('/feed.json') });
  expect(await page.locator('#dataset-url-help').innerText()).toContain(local('/feed.json'));
});

test('"Check for update" says when the URL still offers the active version', async () => {
  await page.getByRole('button', { name: 'Check for update' }).click();
  await page.getByText('You have the latest version (2026.7.1).').waitFor();
  expect(await page.locator('#preview-title').count()).toBe(0);
});

test('"Check for update" finds a newer version and previews its changes', async () => {
  server.route('/feed.json', { type: 'application/json', body: dataset('valid-v2.json') });
  await page.getByRole('button', { name: 'Check for update' }).click();
  await page.getByText('A newer version is available: 2026.8.1 (you have 2026.7.1).').waitFor();
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
  await screenshot(page, 'options-url-timeout');
});

test('plain http to another host is refused before any request', async () => {
  const before = browser.requests.length;
  expect(await download('http://example.org/dataset.json')).toBe('refused');
  expect((await problems(page)).join('\n')).toMatch(/Use an https:\/\/ address/);
  expect(browser.requests.slice(before).filter((u) => u.includes('example.org'))).toEqual([]);
});

test('roll back restores the previous dataset in one click, restore bundled the shipped one', async () => {
  await page.getByRole('button', { name: /^Roll back/ }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="active-version"]')?.textContent === '2026.7.1');
  expect((await readActive(page)).count).toBe(6);
  await page.getByRole('button', { name: 'Restore bundled dataset' }).click();
  await page.waitForFunction((v) => document.querySelector('[data-testid="active-version"]')?.textContent === v, BUNDLED_HEADER.version);
  expect(externalRequests(browser.requests, server).filter((u) => !u.startsWith(local('/')))).toEqual([]);
  // Chromium logs the 404 test's reply itself; anything else would be the page's own error.
  expect(browser.errors.filter((e) => !e.includes('the server responded with a status of 404'))).toEqual([]);
});
