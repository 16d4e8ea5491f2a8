/**
 * Drives the options page in a real browser: open it, import files, read what it shows. Written
 * over page.evaluate and the real pointer only, so it works on a driver page (driver.ts: Chromium
 * and Firefox) and on a bare Playwright page (the Chromium-only tests).
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { clickOn, type DriverPage, type Evaluates, type Pointer, texts, until, waitForSelector } from './driver';
import type { ExtensionBrowser } from './harness';

export const DATASETS = path.join(import.meta.dirname, 'datasets');

type OptionsPage = Evaluates & Pointer;

/** Chromium only: the options page of a Playwright harness browser, once it shows the active dataset. */
export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByTestId('active-version').waitFor();
  return page;
}

/** Waits until an opened options page shows the active dataset. */
export function optionsReady(page: Evaluates): Promise<void> {
  return waitForSelector(page, '[data-testid="active-version"]', 15_000);
}

export interface ActiveView {
  name: string;
  version: string;
  count: number;
  origin: string;
  /** Coverage rows as "Conflict name: N records, from – to". */
  coverage: string[];
}

export async function readActive(page: Evaluates): Promise<ActiveView> {
  await optionsReady(page);
  return page.evaluate(() => {
    const text = (id: string) => (document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null)?.innerText ?? '';
    const coverage = [...document.querySelectorAll('section[aria-labelledby="active-title"] table.coverage tbody tr')].map((r) => {
      const [name, n, from, to] = [...r.children].map((c) => (c as HTMLElement).innerText.trim());
      return `${name}: ${n}, ${from} – ${to}`;
    });
    return { name: text('active-name'), version: text('active-version'), count: Number(text('active-count').replace(/,/g, '')), origin: text('active-origin'), coverage };
  }, undefined);
}

/** Chooses a file in the import picker and waits for the page's answer: a preview or a refusal. */
export async function chooseFile(page: Page | DriverPage, file: string): Promise<'preview' | 'refused'> {
  const full = path.resolve(DATASETS, file);
  if ('uploadFile' in page) await page.uploadFile('#dataset-file', full);
  else await page.setInputFiles('#dataset-file', full);
  return waitForOutcome(page);
}

export async function waitForOutcome(page: Evaluates): Promise<'preview' | 'refused'> {
  await until(page, () => document.querySelector('#preview-title, .problems') !== null, undefined, 'a preview or a refusal', 15_000);
  return page.evaluate(() => (document.querySelector('#preview-title') ? 'preview' : 'refused'), undefined);
}

export function problems(page: Evaluates): Promise<string[]> {
  return texts(page, '.problems li');
}

/** Waits until the summary shows `version` as the active dataset's. */
export async function waitForActiveVersion(page: Evaluates, version: string, timeout = 30_000): Promise<void> {
  try {
    await until(page, (v) => document.querySelector('[data-testid="active-version"]')?.textContent === v, version, `version ${version} active`, timeout);
  } catch (e) {
    const notice = await texts(page, '[data-testid="notice"]');
    throw new Error(`version ${version} did not become active; the page says: ${notice.join(' ') || '(nothing)'}`, { cause: e });
  }
}

/** Clicks Apply and waits until the summary shows the applied version. */
export async function applyPreview(page: OptionsPage, timeout = 30_000): Promise<void> {
  const version = (await texts(page, '.preview strong'))[0]?.trim();
  if (!version) throw new Error('no preview to apply');
  await clickOn(page, 'button', 'Apply this dataset');
  await waitForActiveVersion(page, version, timeout);
}

export async function previewCounts(page: Evaluates): Promise<Record<string, number>> {
  const items = await texts(page, '.diff-counts li');
  return Object.fromEntries(
    items.map((t) => {
      const [n, label] = t.trim().split(/\s+/);
      return [label, Number(n.replace(/,/g, ''))];
    }),
  );
}

/** The rows of the records table's current page, as the cells' text. */
export function tableRows(page: Evaluates): Promise<string[][]> {
  return page.evaluate(() => [...document.querySelectorAll('table.records tbody tr')].map((r) => [...r.children].map((c) => (c as HTMLElement).innerText.trim())), undefined);
}

/** Records the file each export link saves (its name and text) as the browser downloads it. */
export async function catchExports(page: DriverPage): Promise<void> {
  await page.evaluate(() => {
    const caught: { name: string; text: Promise<string> }[] = [];
    (window as unknown as { __exports: typeof caught }).__exports = caught;
    document.addEventListener(
      'click',
      (e) => {
        const a = e.target as HTMLAnchorElement;
        if (a instanceof HTMLAnchorElement && a.download) caught.push({ name: a.download, text: fetch(a.href).then((r) => r.text()) });
      },
      true,
    );
  }, undefined);
}

/** The files the export links saved since `catchExports`, in order. */
export function caughtExports(page: DriverPage): Promise<{ name: string; text: string }[]> {
  return page.evaluate(
    () => Promise.all((window as unknown as { __exports: { name: string; text: Promise<string> }[] }).__exports.map(async (x) => ({ name: x.name, text: await x.text }))),
    undefined,
  );
}
