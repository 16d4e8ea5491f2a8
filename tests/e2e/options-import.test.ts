/**
 * The options page in both browsers (driver.ts): the bundled dataset on first open, importing
 * valid JSON and CSV files (preview, apply, table and coverage change), each kind of bad file
 * refused with its own message, export, roll back to the previous dataset and restore bundled.
 * Expectations are written out as data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUNDLED_HEADER } from '../../lib/dataset/bundled/header';
import { seriousViolations } from './axe';
import { attribute, BROWSERS, clickOn, count, type DriverPage, type ExtensionDriver, fill, focus, launchDriver, text, texts } from './driver';
import { startServer, type TestServer } from './harness';
import { applyPreview, catchExports, caughtExports, chooseFile, optionsReady, previewCounts, problems, readActive, tableRows, waitForActiveVersion } from './options-page';

const BAD_FILES: [string, RegExp][] = [
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

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionDriver;
  let server: TestServer;
  let page: DriverPage;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchDriver(name);
    page = await browser.openExtensionPage('/options.html');
    await optionsReady(page);
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
    expect(await text(page, '#records-count')).toContain(`1–50 of ${active.count.toLocaleString('en')} records`);
    await page.screenshot('options-bundled');
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
    expect(await text(page, '[data-testid="notice"]')).toContain('Now using TollCheck e2e test dataset version 2026.7.1');
    await page.evaluate(() => window.scrollTo(0, 0), undefined);
    await page.screenshot('options-dataset-loaded');
  });

  test('the records table filters by text and sorts by a clicked column header', async () => {
    const bestColumn = async () => (await tableRows(page)).map((r) => r[3].split('\n')[0]);
    await fill(page, '#record-filter', 'myanmar killed');
    await expect.poll(bestColumn).toEqual(['2,750', '640']);
    await fill(page, '#record-filter', '');
    await expect.poll(async () => (await tableRows(page)).length).toBe(6);
    const sortBest = 'table.records th:has(button.sort)';
    const bestHeader = async () =>
      page.evaluate((s) => [...document.querySelectorAll(s)].find((th) => (th as HTMLElement).innerText.includes('Best'))?.getAttribute('aria-sort') ?? null, sortBest);
    await clickOn(page, 'table.records th button.sort', 'Best');
    await expect.poll(bestHeader).toBe('descending');
    expect(await bestColumn()).toEqual(['8,800', '4,321', '2,750', '910', '640', '130']);
    expect(await focus(page, 'table.records th button.sort', 'Best')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(bestHeader).toBe('ascending');
    expect((await tableRows(page))[0][3]).toMatch(/^130/);
    // Source links open the https source in a new tab without giving it a handle on this page.
    expect(await attribute(page, 'table.records tbody a', 'href')).toMatch(/^https:\/\/example\.org\//);
    expect(await attribute(page, 'table.records tbody a', 'rel')).toContain('noopener');
  });

  test('the dataset stays active when the page is opened again', async () => {
    const again = await browser.openExtensionPage('/options.html');
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
    expect((await texts(page, 'table.records')).join('\n')).toContain('3,250');
  });

  describe('bad files are refused with their own message and change nothing', () => {
    test.each(BAD_FILES)('%s', async (file, message) => {
      const before = await readActive(page);
      expect(await chooseFile(page, file)).toBe('refused');
      expect((await problems(page)).join('\n')).toMatch(message);
      expect(await text(page, '.problems h3')).toBe(`The file “${file}” cannot be used`);
      expect(await count(page, '#preview-title')).toBe(0);
      expect(await readActive(page)).toEqual(before);
      if (file === 'bad-duplicate-id.json') {
        await page.evaluate(() => document.getElementById('update-title')?.scrollIntoView(), undefined);
        await page.screenshot('options-import-error');
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
    await catchExports(page);
    for (const format of ['JSON', 'CSV']) await clickOn(page, 'button', `Export ${format}`);
    await expect.poll(async () => (await caughtExports(page)).length).toBe(2);
    const [json, csv] = await caughtExports(page);
    expect([json.name, csv.name]).toEqual(['tollcheck-dataset-2026.9.1.json', 'tollcheck-dataset-2026.9.1.csv']);
    expect(JSON.parse(json.text)).toMatchObject({ format: 1, version: '2026.9.1', records: expect.arrayContaining([expect.objectContaining({ id: 'c-ye-2', best: 3250 })]) });
    expect(csv.text).toContain('# version: 2026.9.1');
    expect(
      csv.text
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('#')),
    ).toHaveLength(6);
    // Re-importing the export is a no-op: every record unchanged.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tollcheck-export-'));
    fs.writeFileSync(path.join(dir, 'export.csv'), csv.text);
    expect(await chooseFile(page, path.join(dir, 'export.csv'))).toBe('preview');
    expect(await previewCounts(page)).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 5 });
    await clickOn(page, 'button', 'Discard');
    fs.rmSync(dir, { recursive: true });
  });

  test('roll back returns to the dataset before the last one in one click', async () => {
    await clickOn(page, 'button', 'Roll back');
    await waitForActiveVersion(page, '2026.7.1');
    expect(await readActive(page)).toMatchObject({ name: 'TollCheck e2e test dataset', count: 6, origin: 'file valid-v1.json' });
  });

  test('restore bundled returns to the shipped dataset; nothing was requested from the network', async () => {
    await clickOn(page, 'button', 'Restore bundled dataset');
    await waitForActiveVersion(page, BUNDLED_HEADER.version);
    expect((await readActive(page)).origin).toMatch(/bundled/i);
    expect(browser.externalRequests(server)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
