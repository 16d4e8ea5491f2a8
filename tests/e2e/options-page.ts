/** Drives the options page in the real browser: open it, import files, read what it shows. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness';

export const DATASETS = path.join(import.meta.dirname, 'datasets');

export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByTestId('active-version').waitFor();
  return page;
}

export interface ActiveView {
  name: string;
  version: string;
  count: number;
  origin: string;
  /** Coverage rows as "Conflict name: N records, from – to". */
  coverage: string[];
}

export async function readActive(page: Page): Promise<ActiveView> {
  const text = (id: string) => page.getByTestId(id).innerText();
  const coverage = await page.locator('section[aria-labelledby="active-title"] table.coverage tbody tr').evaluateAll((rows) =>
    rows.map((r) => {
      const [name, n, from, to] = [...r.children].map((c) => (c as HTMLElement).innerText.trim());
      return `${name}: ${n}, ${from} – ${to}`;
    }),
  );
  return {
    name: await text('active-name'),
    version: await text('active-version'),
    count: Number((await text('active-count')).replace(/,/g, '')),
    origin: await text('active-origin'),
    coverage,
  };
}

/** Chooses a file in the import picker and waits for the page's answer: a preview or a refusal. */
export async function chooseFile(page: Page, file: string): Promise<'preview' | 'refused'> {
  await page.setInputFiles('#dataset-file', path.resolve(DATASETS, file));
  return waitForOutcome(page);
}

export async function waitForOutcome(page: Page): Promise<'preview' | 'refused'> {
  const preview = page.locator('#preview-title');
  const problems = page.locator('.problems');
  await preview.or(problems).first().waitFor({ timeout: 15_000 });
  return (await preview.count()) > 0 ? 'preview' : 'refused';
}

export async function problems(page: Page): Promise<string[]> {
  return page.locator('.problems li').allInnerTexts();
}

/** Clicks Apply and waits until the summary shows the applied version. */
export async function applyPreview(page: Page, timeout = 30_000): Promise<void> {
  const version = (await page.locator('.preview strong').first().innerText()).trim();
  await page.getByRole('button', { name: 'Apply this dataset' }).click();
  try {
    await page.waitForFunction((v) => document.querySelector('[data-testid="active-version"]')?.textContent === v, version, { timeout });
  } catch (e) {
    const notice = await page.getByTestId('notice').allInnerTexts();
    throw new Error(`version ${version} did not become active; the page says: ${notice.join(' ') || '(nothing)'}`, { cause: e });
  }
}

export async function previewCounts(page: Page): Promise<Record<string, number>> {
  const items = await page.locator('.diff-counts li').allInnerTexts();
  return Object.fromEntries(
    items.map((t) => {
      const [n, label] = t.trim().split(/\s+/);
      return [label, Number(n.replace(/,/g, ''))];
    }),
  );
}

/** The rows of the records table's current page, as the cells' text. */
export async function tableRows(page: Page): Promise<string[][]> {
  return page.locator('table.records tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c as HTMLElement).innerText.trim())));
}
