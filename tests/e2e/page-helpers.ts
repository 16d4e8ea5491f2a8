/**
 * Helpers for the in-page tests: read what the extension painted (CSS.highlights is per document,
 * so the page's own world sees the content script's highlights), the badge, and what the same
 * pipeline finds in a fixture when run in Node (the expected figures).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { pageFromHtml } from '../../lib/context/html-page';
import { checkPage } from '../../lib/pipeline';
import { buildIndex, type RecordIndex } from '../../lib/verify';
import { BUNDLED_DATASET } from '../../lib/dataset/bundled';

import { PAGES_DIR } from './harness';
import type { TabReport } from '../../lib/extension/messaging';

// Runs inside the extension's service worker (worker.evaluate), where `chrome` exists.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const VERDICT_NAMES = ['tollcheck-corroborated', 'tollcheck-disputed', 'tollcheck-unverified', 'tollcheck-no-data'] as const;
const STATUS_TO_NAME: Record<string, string> = { corroborated: VERDICT_NAMES[0], disputed: VERDICT_NAMES[1], unverified: VERDICT_NAMES[2], no_data: VERDICT_NAMES[3] };

/** Every painted figure as [highlight name, range text], in document order. */
export async function painted(page: Page): Promise<[string, string][]> {
  return page.evaluate((names) => {
    const all: [string, string, Range][] = [];
    for (const name of names) for (const r of (CSS.highlights.get(name) ?? []) as Iterable<Range>) all.push([name, r.toString(), r]);
    all.sort((a, b) => a[2].compareBoundaryPoints(Range.START_TO_START, b[2]));
    return all.map(([n, t]) => [n, t] as [string, string]);
  }, [...VERDICT_NAMES]);
}

/**
 * Every registered range that is not exactly a live figure: detached, collapsed, or reading as
 * text other than one of `figures`. Must always be empty — a highlight never marks wrong text.
 */
export function wrongRanges(page: Page, figures: string[]): Promise<string[]> {
  return page.evaluate(([names, ok]) => {
    const bad: string[] = [];
    for (const name of names) {
      for (const r of (CSS.highlights.get(name) ?? []) as Iterable<Range>) {
        const text = r.toString();
        if (!r.startContainer.isConnected || r.collapsed || !ok.includes(text)) bad.push(`${name}: "${text}"`);
      }
    }
    return bad;
  }, [[...VERDICT_NAMES], figures] as const);
}

/** Waits until at least `n` figures are painted and the count stays put for a moment. */
export async function waitForPainted(page: Page, n: number, timeout = 15_000): Promise<[string, string][]> {
  const until = Date.now() + timeout;
  let last: [string, string][] = [];
  let stableSince = Date.now();
  while (Date.now() < until) {
    const now = await painted(page);
    if (JSON.stringify(now) !== JSON.stringify(last)) stableSince = Date.now();
    last = now;
    if (now.length >= n && Date.now() - stableSince > 400) return now;
    await page.waitForTimeout(100);
  }
  throw new Error(`Expected ${n} painted figures, saw ${last.length}: ${JSON.stringify(last).slice(0, 400)}`);
}

/** A tab report's figures as [highlight name, figure], like `painted` gives them. */
export function reportedFigures(report: TabReport | null): [string, string][] {
  return (report?.claims ?? []).map((c): [string, string] => [STATUS_TO_NAME[c.status], c.figure]);
}

/** The figures and verdict names the pipeline gives for a fixture read the way the page is read. */
export function expectedFromFixture(file: string): [string, string][] {
  return expectedFromHtml(fs.readFileSync(path.join(PAGES_DIR, file), 'utf8'));
}

/** Same, for markup: read as the content script reads it and checked by the one page pipeline (lib/pipeline.ts). */
export function expectedFromHtml(html: string): [string, string][] {
  const page = pageFromHtml(html);
  return checkPage(page, page.text, bundledIndex()).claims.map((c): [string, string] => [STATUS_TO_NAME[c.status], c.figure]);
}

let index: RecordIndex | null = null;
const bundledIndex = () => (index ??= buildIndex(BUNDLED_DATASET.records));

/** The body's markup with the extension's UI host taken out (it is the only thing allowed to differ). */
export function bodyWithoutUi(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('tollcheck-ui').forEach((el) => el.remove());
    return clone.innerHTML;
  });
}

/**
 * The tab showing `url`. Without the "tabs" permission the worker cannot read tab URLs, so this
 * looks the page up in the per-tab reports the background keeps in session storage.
 */
export async function tabIdOf(worker: Worker, url: string, timeout = 10_000): Promise<number> {
  const until = Date.now() + timeout;
  for (;;) {
    const id = await worker.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      const ids = Object.keys(all).filter((k) => k.startsWith('tab:') && (all[k] as { url?: string } | null)?.url === u).map((k) => Number(k.slice(4)));
      return ids.length ? Math.max(...ids) : null; // the newest tab showing it
    }, url);
    if (id !== null) return id;
    if (Date.now() > until) throw new Error(`no report for a tab showing ${url}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

export function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Runs a keyboard-shortcut command the way the browser would (headless cannot press them). */
export function runCommand(worker: Worker, command: 'next-figure' | 'previous-figure', tabId: number): Promise<boolean> {
  return worker.evaluate(([c, id]) => (globalThis as unknown as { tollcheckTest: { runCommand(c: string, id: number): Promise<boolean> } }).tollcheckTest.runCommand(c as string, id as number), [command, tabId] as const);
}

/** Moves the pointer onto the middle of the first box of the painted figure reading `text`. */
export async function hoverFigure(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((t) => {
    for (const hl of CSS.highlights.values()) {
      for (const r of hl as Iterable<Range>) {
        if (r.toString() !== t) continue;
        (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
        const box = r.getClientRects()[0];
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`figure "${text}" is not painted`);
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}

/** The open tooltip's text (its shadow root is open, so locators reach into it). */
export function tooltip(page: Page) {
  return page.locator('tollcheck-ui .frame:not([hidden])');
}

/** The tab's report as the popup gets it (through the test hook on the same function). */
export function tabReport(worker: Worker, tabId: number): Promise<TabReport | null> {
  return worker.evaluate((id) => (globalThis as unknown as { tollcheckTest: { report(id: number): Promise<TabReport | null> } }).tollcheckTest.report(id), tabId);
}

/** Writes user settings the way the options page and popup do (storage.sync, same keys). */
export function setSettings(worker: Worker, values: Record<string, unknown>): Promise<void> {
  return worker.evaluate((v) => chrome.storage.sync.set(v), values);
}

/** The text of the stylesheets the extension adopted into the page. */
export function adoptedCss(page: Page): Promise<string> {
  return page.evaluate(() => document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n'));
}
