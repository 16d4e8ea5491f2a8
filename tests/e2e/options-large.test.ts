/**
 * 50,000 records through the options page in Chromium. Asserts what the page shows; the times are
 * printed as measurements (not pass/fail) so a slow machine does not fail the suite. It takes over a
 * minute (most of it the IndexedDB install), so it runs only when asked:
 *   TOLLCHECK_LARGE=1 npx vitest run --project e2e tests/e2e/options-large.test.ts
 * It also prints the longest main-thread task (PerformanceObserver 'longtask', tasks over 50 ms)
 * while the page validates and while it installs, and while it validates the same records as CSV.
 */
// Chromium only: it measures the options page's long tasks with the Long Tasks API, which Firefox does not have.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './harness';
import { applyPreview, chooseFile, openOptions, readActive, tableRows } from './options-page';
import { makeRecords } from '../unit/dataset/make-records';
import { filterRows, toRows } from '../../lib/dataset/options/table-model';
import { datasetToCsv } from '../../lib/dataset/csv';

const N = 50_000;
const header = {
  format: 1,
  name: 'Large synthetic dataset',
  version: '9.9.9',
  published: '2026-01-01',
  licence: 'CC0',
  description: 'Synthetic records for measuring the options page.',
  sources: [] as { name: string; url: string }[],
} as const;
const run = process.env.TOLLCHECK_LARGE === '1';
let browser: ExtensionBrowser;
let page: Page;
let dir: string;
beforeAll(async () => {
  if (!run) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tollcheck-large-'));
  const dataset = { ...header, records: makeRecords(N) };
  fs.writeFileSync(path.join(dir, 'large.json'), JSON.stringify(dataset));
  browser = await launchWithExtension();
  page = await openOptions(browser);
});
afterAll(async () => {
  if (!run) return;
  console.log(`options page with ${N} records (Chromium, this machine):\n  ${measured.join('\n  ')}`);
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const measured: string[] = [];

/** Starts recording the page's long tasks (over 50 ms), kept on `window` for `longestTask`. */
async function watchLongTasks(): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}
const pageNow = () => page.evaluate(() => performance.now());

/** Records every progress label the page shows (with its bar's value), for `progressSeen`. */
async function watchProgress(): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { progressSeen: string[] };
    w.progressSeen = [];
    const note = () => {
      const label = document.querySelector('[data-testid="work-progress-label"]');
      const bar = document.getElementById('work-progress-bar');
      // Only a label that names a real <progress> element counts: that is what assistive technology reads.
      if (!label?.textContent || !(bar instanceof HTMLProgressElement) || label.getAttribute('for') !== bar.id) return;
      const seen = `${label.textContent} [${bar.hasAttribute('value') ? bar.value.toFixed(2) : 'indeterminate'}]`;
      if (w.progressSeen.at(-1) !== seen) w.progressSeen.push(seen);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}
const progressSeen = () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
/** The longest task that started in [from, to] of the page's clock, in ms (0 when none passed 50 ms). */
async function longestTask(from: number, to: number): Promise<number> {
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
  return Math.max(0, ...tasks.filter((t) => t.start >= from && t.start <= to).map((t) => t.duration));
}
const noteLongest = (label: string, ms: number) => measured.push(`${`longest main-thread task: ${label}`.padEnd(46)} ${ms.toFixed(0).padStart(6)} ms`);

async function timed<T>(label: string, action: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await action();
  measured.push(`${label.padEnd(46)} ${(performance.now() - start).toFixed(0).padStart(6)} ms`);
  return result;
}
/** Waits for the pager's summary to read `text` (the table has re-rendered). */
const summaryIs = (text: string) => page.waitForFunction((t) => document.getElementById('records-count')?.textContent?.startsWith(t), text, { polling: 'raf' });

test.runIf(run)(`${N.toLocaleString('en')} records: import, apply, filter, sort and page stay usable`, { timeout: 240_000 }, async () => {
  const size = fs.statSync(path.join(dir, 'large.json')).size;
  await watchLongTasks();
  await watchProgress();
  const validating = await pageNow();
  expect(await timed(`validate + preview (${(size / 1e6).toFixed(1)} MB file)`, () => chooseFile(page, path.join(dir, 'large.json')))).toBe('preview');
  const installing = await pageNow();
  await timed('apply (IndexedDB install) + reload view', () => applyPreview(page, 120_000));
  const installed = await pageNow();
  // Long tasks are reported after they end: give the observer a frame to deliver the last one.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  noteLongest('validating', await longestTask(validating, installing));
  noteLongest('installing', await longestTask(installing, installed));
  // The page said how far it had got, with a bar, while it checked and while it installed.
  const seen = await progressSeen();
  expect(seen).toContainEqual(expect.stringMatching(/^Checking records [\d,]+ of 50,000 \[0\.\d\d\]$/));
  expect(seen).toContainEqual(expect.stringMatching(/^Installing records [\d,]+ of 50,000 \[(0\.\d\d|1\.00)\]$/));
  measured.push(`progress shown: ${seen.length} updates, e.g. "${seen.filter((s) => s.startsWith('Checking')).at(-2)}"`);
  await timed('open the options page again (read 50,000 from IndexedDB)', async () => {
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-testid="active-version"]')?.textContent === '9.9.9', null, { timeout: 60_000 });
  });
  expect((await readActive(page)).count).toBe(N);
  expect(await tableRows(page)).toHaveLength(50);

  // The same filter in Node says how many rows the page must report.
  const rows = toRows(makeRecords(N));
  const count = (q: string) => filterRows(rows, q).length.toLocaleString('en');
  await timed('filter "sudan" (type → table shows result)', async () => {
    await page.getByLabel('Filter records').fill('sudan');
    await summaryIs(`1–50 of ${count('sudan')} records`);
  });
  await timed('filter "sudan killed" (narrower)', async () => {
    await page.getByLabel('Filter records').fill('sudan killed');
    await summaryIs(`1–50 of ${count('sudan killed')} records`);
  });
  await timed('clear the filter', async () => {
    await page.getByLabel('Filter records').fill('');
    await summaryIs(`1–50 of ${N.toLocaleString('en')} records`);
  });
  const best = page.getByRole('columnheader', { name: /Best/ });
  await timed('sort 50,000 by best figure (click → table)', async () => {
    await best.getByRole('button').click();
    await page.waitForFunction(() => document.querySelector('th[aria-sort="descending"]') !== null);
  });
  const firstBest = Number((await tableRows(page))[0][3].split('\n')[0].replace(/,/g, ''));
  expect(firstBest).toBe(Math.max(...makeRecords(N).map((r) => r.best)));
  await timed('next page', async () => {
    await page.getByRole('button', { name: 'Next →' }).click();
    await summaryIs('51–100 of');
  });
});

test.runIf(run)(`the same ${N.toLocaleString('en')} records as CSV: read and checked in slices too`, { timeout: 240_000 }, async () => {
  const file = path.join(dir, 'large.csv');
  fs.writeFileSync(file, datasetToCsv({ ...header, version: '9.9.10', records: makeRecords(N) }));
  await watchLongTasks();
  const validating = await pageNow();
  expect(await timed(`validate + preview (${(fs.statSync(file).size / 1e6).toFixed(1)} MB CSV)`, () => chooseFile(page, file))).toBe('preview');
  const done = await pageNow();
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50))));
  noteLongest('validating the CSV', await longestTask(validating, done));
});
