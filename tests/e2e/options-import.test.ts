/**
 * The options page in Chromium: the bundled dataset on first open, importing valid JSON and CSV files
 * (preview, apply, table and coverage change), and each kind of bad file refused with its own message.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { externalRequests, launchWithExtension, screenshot, startServer, type ExtensionBrowser, type TestServer } from './harness';
import { applyPreview, chooseFile, openOptions, previewCounts, problems, readActive, tableRows } from './options-page';
import { BUNDLED_HEADER } from '../../lib/dataset/bundled/header';
import { seriousViolations } from './axe';

let browser: ExtensionBrowser;
let server: TestServer;
let page: Page;
beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await openOptions(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('first open shows the bundled dataset, its coverage and a page of its records', async () => {
  const active = await readActive(page);
  expect(active.name).toBe(BUNDLED_HEADER.name);
  expect(active.version).toBe(BUNDLED_HEADER.version);
  expect(active.origin).toMatch(/bundled/i);
  expect(active.count).toBeGreaterThan(50);
  expect(active.coverage.length).toBeGreaterThan(1);
  // Only one page of the records is in the DOM, however large the dataset.
  expect((await tableRows(page)).length).toBe(50);
  expect(await page.locator('#records-count').innerText()).toContain(`1–50 of ${active.count.toLocaleString('en')} records`);
  await screenshot(page, 'options-bundled');
});

test('a valid JSON file is previewed against the active dataset, then applied', async () => {
  const before = await readActive(page);
  expect(await chooseFile(page, 'valid-v1.json')).toBe('preview');
  expect(await previewCounts(page)).toEqual({ added: 6, changed: 0, removed: before.count, unchanged: 0 });
  expect(await seriousViolations(page)).toEqual([]);
  // Nothing changes until Apply.
  expect((await readActive(page)).version).toBe(before.version);
  await applyPreview(page);
  const after = await readActive(page);
  expect(after).toMatchObject({ name: 'TollCheck e2e test dataset', version: '2026.7.1', count: 6, origin: 'file valid-v1.json' });
  expect(after.coverage).toEqual(['Myanmar civil war: 3, 2025-12-31 – 2026-05-01', 'Sudanese civil war: 3, 2026-03-15 – 2026-06-30']);
  expect((await tableRows(page)).length).toBe(6);
  expect(await page.getByTestId('notice').innerText()).toContain('Now using TollCheck e2e test dataset version 2026.7.1');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'options-dataset-loaded');
});

test('the records table filters by text and sorts by a clicked column header', async () => {
  await page.getByLabel('Filter records').fill('myanmar killed');
  expect((await tableRows(page)).map((r) => r[3].split('\n')[0])).toEqual(['2,750', '640']);
  await page.getByLabel('Filter records').fill('');
  const best = page.getByRole('columnheader', { name: /Best/ });
  await best.getByRole('button').click();
  expect(await best.getAttribute('aria-sort')).toBe('descending');
  expect((await tableRows(page)).map((r) => r[3].split('\n')[0])).toEqual(['8,800', '4,321', '2,750', '910', '640', '130']);
  await best.getByRole('button').press('Enter');
  expect(await best.getAttribute('aria-sort')).toBe('ascending');
  expect((await tableRows(page))[0][3]).toMatch(/^130/);
  // Source links open the https source in a new tab without giving it a handle on this page.
  const link = page.locator('table.records tbody a').first();
  expect(await link.getAttribute('href')).toMatch(/^https:\/\/example\.org\//);
  expect(await link.getAttribute('rel')).toContain('noopener');
});

test('the dataset stays active when the page is opened again', async () => {
  const again = await openOptions(browser);
  expect((await readActive(again)).version).toBe('2026.7.1');
  await again.close();
});

test('a valid CSV file replaces the dataset, with its coverage', async () => {
  expect(await chooseFile(page, 'valid-a.csv')).toBe('preview');
  expect(await previewCounts(page)).toEqual({ added: 5, changed: 0, removed: 6, unchanged: 0 });
  await applyPreview(page);
  const active = await readActive(page);
  expect(active).toMatchObject({ name: 'TollCheck e2e CSV test dataset', version: '2026.9.1', count: 5, origin: 'file valid-a.csv' });
  expect(active.coverage).toEqual(['Syrian civil war: 3, 2026-03-09 – 2026-05-31', 'Yemen war: 2, 2026-08-15 – 2026-08-15']);
  expect(await page.locator('table.records').innerText()).toContain('3,250');
});

describe('bad files are refused with their own message and change nothing', () => {
  const cases: [string, RegExp][] = [
    ['bad-empty.json', /The file is empty/],
    ['bad-truncated.json', /looks truncated/],
    ['bad-format-version.json', /format 2, but this version of TollCheck reads format 1/],
    ['bad-duplicate-id.json', /record 4 \(id "t-sd-1"\): duplicate id "t-sd-1", already used by record 1/],
    ['bad-impossible-date.json', /record 2 \(id "t-sd-2"\): `time.asOf` must be a real calendar date, got "2026-02-30"/],
    ['bad-negative-count.json', /record 3 \(id "t-sd-3"\): `best` must be a whole number ≥ 0, got -5/],
    ['bad-fractional-count.json', /record 6 \(id "t-mm-3"\): `best` must be a whole number ≥ 0, got 640.5/],
    ['bad-low-above-best.json', /record 5 \(id "t-mm-2"\): figures must satisfy low ≤ best ≤ high, got low 200, best 130/],
    ['bad-unknown-category.json', /record 1 \(id "t-sd-1"\): `category` must be one of killed, .*got "injured"/],
    ['bad-count-word.csv', /row 10: `count_best` must be a whole number ≥ 0, got "twelve"/],
    ['bad-prose.txt', /neither JSON nor CSV/],
  ];

  test.each(cases)('%s', async (file, message) => {
    const before = await readActive(page);
    expect(await chooseFile(page, file)).toBe('refused');
    expect((await problems(page)).join('\n')).toMatch(message);
    expect(await page.locator('.problems h3').innerText()).toBe(`The file “${file}” cannot be used`);
    expect(await page.locator('#preview-title').count()).toBe(0);
    expect(await readActive(page)).toEqual(before);
    if (file === 'bad-duplicate-id.json') {
      await page.locator('#update-title').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById('update-title')!.scrollIntoView());
      await screenshot(page, 'options-import-error');
      expect(await seriousViolations(page)).toEqual([]);
    }
  });

  test('a file over 50 MB is refused before it is read', async () => {
    const before = await readActive(page);
    // A sparse file: 50 MB + 1 byte on paper, no disk space used.
    const huge = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tollcheck-')), 'huge.json');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, 50 * 1024 * 1024 + 1);
    expect(await chooseFile(page, huge)).toBe('refused');
    fs.rmSync(path.dirname(huge), { recursive: true });
    expect((await problems(page)).join('\n')).toMatch(/TollCheck imports datasets of at most 50 MB/);
    expect(await readActive(page)).toEqual(before);
  });
});

test('the active dataset is exported as JSON and as CSV that import back to the same records', async () => {
  const saved: Record<string, string> = {};
  for (const format of ['JSON', 'CSV']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Export ${format}` }).click()]);
    const file = await download.path();
    saved[format] = fs.readFileSync(file, 'utf8');
    expect(download.suggestedFilename()).toBe(`tollcheck-dataset-2026.9.1.${format.toLowerCase()}`);
  }
  expect(JSON.parse(saved.JSON)).toMatchObject({ format: 1, version: '2026.9.1', records: expect.arrayContaining([expect.objectContaining({ id: 'c-ye-2', best: 3250 })]) });
  expect(saved.CSV).toContain('# version: 2026.9.1');
  expect(
    saved.CSV.trim()
      .split('\n')
      .filter((l) => !l.startsWith('#')),
  ).toHaveLength(6);
  // Re-importing the export is a no-op: every record unchanged.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tollcheck-export-'));
  fs.writeFileSync(path.join(dir, 'export.csv'), saved.CSV);
  expect(await chooseFile(page, path.join(dir, 'export.csv'))).toBe('preview');
  expect(await previewCounts(page)).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 5 });
  await page.getByRole('button', { name: 'Discard' }).click();
  fs.rmSync(dir, { recursive: true });
});

test('restore bundled returns to the shipped dataset; nothing was requested from the network', async () => {
  await page.getByRole('button', { name: 'Restore bundled dataset' }).click();
  await page.waitForFunction((v) => document.querySelector('[data-testid="active-version"]')?.textContent === v, BUNDLED_HEADER.version);
  expect((await readActive(page)).origin).toMatch(/bundled/i);
  expect(externalRequests(browser.requests, server)).toEqual([]);
  expect(browser.errors).toEqual([]);
});
