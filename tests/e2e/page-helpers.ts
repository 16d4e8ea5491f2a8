/**
 * Helpers for the in-page tests: read what the extension painted (CSS.highlights is per document,
 * so the page's own world sees the content script's highlights), the badge, and what the same
 * pipeline finds in a fixture when run in Node (the expected figures). Most take any page or
 * extension context that can evaluate a function (`Evaluates`): a Playwright page or worker, or a
 * page of the browser-neutral driver (driver.ts), so the same helpers serve Chromium and Firefox.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { pageFromHtml } from '../../lib/context/html-page';
import { checkPage } from '../../lib/pipeline';
import { buildIndex, type RecordIndex } from '../../lib/verify';
import { BUNDLED_DATASET } from '../../lib/dataset/bundled';

import { PAGES_DIR } from './harness';
import type { TabReport } from '../../lib/extension/messaging';
import type { Evaluates, InWorld, Pointer } from './driver';

// Runs inside an extension context (the Chromium service worker, a Firefox extension page), where `chrome` exists.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const VERDICT_NAMES = ['tollcheck-corroborated', 'tollcheck-disputed', 'tollcheck-unverified', 'tollcheck-no-data'] as const;
const STATUS_TO_NAME: Record<string, string> = { corroborated: VERDICT_NAMES[0], disputed: VERDICT_NAMES[1], unverified: VERDICT_NAMES[2], no_data: VERDICT_NAMES[3] };

/** Runs in the page: every registered figure as [highlight name, range text], in document order. */
export function paintedInPage(names: string[]): [string, string][] {
  const all: [string, string, Range][] = [];
  for (const name of names) for (const r of (CSS.highlights.get(name) ?? []) as Iterable<Range>) all.push([name, r.toString(), r]);
  all.sort((a, b) => a[2].compareBoundaryPoints(Range.START_TO_START, b[2]));
  return all.map(([n, t]) => [n, t] as [string, string]);
}

/** Every painted figure as [highlight name, range text], in document order. */
export async function painted(page: Evaluates): Promise<[string, string][]> {
  return page.evaluate(paintedInPage, [...VERDICT_NAMES]);
}

/**
 * Every registered range that is not exactly a live figure: detached, collapsed, or reading as
 * text other than one of `figures`. Must always be empty — a highlight never marks wrong text.
 */
export function wrongRanges(page: Evaluates, figures: string[]): Promise<string[]> {
  return page.evaluate(
    ([names, ok]) => {
      const bad: string[] = [];
      for (const name of names) {
        for (const r of (CSS.highlights.get(name) ?? []) as Iterable<Range>) {
          const text = r.toString();
          if (!r.startContainer.isConnected || r.collapsed || !ok.includes(text)) bad.push(`${name}: "${text}"`);
        }
      }
      return bad;
    },
    [[...VERDICT_NAMES], figures] as [string[], string[]],
  );
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Waits until at least `n` figures are painted and the count stays put for a moment. */
export async function waitForPainted(page: Evaluates, n: number, timeout = 15_000): Promise<[string, string][]> {
  const until = Date.now() + timeout;
  let last: [string, string][] = [];
  let stableSince = Date.now();
  while (Date.now() < until) {
    const now = await painted(page);
    if (JSON.stringify(now) !== JSON.stringify(last)) stableSince = Date.now();
    last = now;
    if (now.length >= n && Date.now() - stableSince > 400) return now;
    await sleep(100);
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
export async function bodyWithoutUi(page: Page | InWorld): Promise<string> {
  // The host is known only to the content script (test hook, isolated world); the DOM is the same in both worlds.
  const seen = await worldReader(page)<string>(
    `() => {
    const host = globalThis.__tollcheckTest?.host?.();
    const clone = document.body.cloneNode(true);
    const at = host ? [...document.body.childNodes].indexOf(host) : -1;
    if (at >= 0) clone.childNodes[at].remove();
    return clone.innerHTML;
  }`,
    [],
  );
  return seen ?? (page as Evaluates).evaluate(() => document.body.innerHTML, undefined);
}

/** Runs a function's source with JSON arguments in the extension's isolated world of the page. */
type WorldReader = <T>(fnSource: string, args: unknown[]) => Promise<T | undefined>;

/** A driver page brings its own way into that world; a bare Playwright page goes through DevTools. */
function worldReader(page: Page | InWorld): WorldReader {
  if ('inExtensionWorld' in page) return (fnSource, args) => page.inExtensionWorld(fnSource, args);
  return (fnSource, args) => inExtensionWorld(page, `(${fnSource})(...${JSON.stringify(args)})`);
}

interface World {
  cdp: CDPSession;
  contexts: Map<number, { id: number; origin: string; name: string; auxData?: { frameId?: string; isDefault?: boolean; type?: string } }>;
}
const worlds = new WeakMap<Page, Promise<World>>();

/** A DevTools session on the page that tracks its JavaScript worlds (the page's, and the extension's isolated one). */
function worldOf(page: Page): Promise<World> {
  let world = worlds.get(page);
  if (!world) {
    world = (async () => {
      const cdp = await page.context().newCDPSession(page);
      const contexts: World['contexts'] = new Map();
      cdp.on('Runtime.executionContextCreated', ({ context }) => void contexts.set(context.id, context as never));
      cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => void contexts.delete(executionContextId));
      cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
      await cdp.send('Runtime.enable');
      return { cdp, contexts };
    })();
    worlds.set(page, world);
  }
  return world;
}

/**
 * Evaluates `expression` in the extension's isolated world of the page's top frame (where the
 * content script runs and the test build's `__tollcheckTest` hook lives), through DevTools: the
 * page's own scripts can never reach that world. Undefined when no content script runs there.
 */
export async function inExtensionWorld<T>(page: Page, expression: string): Promise<T | undefined> {
  const { cdp, contexts } = await worldOf(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const context = [...contexts.values()].reverse().find((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.frameId === frameTree.frame.id);
  if (!context) return undefined;
  const answer = await cdp.send('Runtime.evaluate', { expression, contextId: context.id, returnByValue: true, awaitPromise: true });
  if (answer.exceptionDetails) throw new Error(`in the extension's world: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`);
  return answer.result.value as T;
}

/** Every shadow root on the page with its mode, read through DevTools (which sees closed ones too). */
export async function shadowHosts(page: Page): Promise<{ host: string; parent: string; mode: string }[]> {
  const { cdp } = await worldOf(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type DomNode = { localName?: string; nodeName: string; children?: DomNode[]; shadowRoots?: { shadowRootType?: string }[] };
  const found: { host: string; parent: string; mode: string }[] = [];
  const walk = (node: DomNode, parent: string) => {
    for (const sr of node.shadowRoots ?? []) found.push({ host: node.localName ?? node.nodeName, parent, mode: sr.shadowRootType ?? '' });
    for (const child of node.children ?? []) walk(child, node.localName ?? node.nodeName);
  };
  walk(root as DomNode, '');
  return found;
}

/** The extension's UI hosts on the page: shadow hosts made by the content script (plain divs under body). */
export async function uiHosts(page: Page): Promise<{ host: string; parent: string; mode: string }[]> {
  return (await shadowHosts(page)).filter((h) => h.host === 'div' && (h.parent === 'body' || h.parent === 'html'));
}

/**
 * The tab showing `url`. Without the "tabs" permission the worker cannot read tab URLs, so this
 * looks the page up in the per-tab reports the background keeps in session storage.
 */
export async function tabIdOf(worker: Evaluates, url: string, timeout = 10_000): Promise<number> {
  const until = Date.now() + timeout;
  for (;;) {
    const id = await worker.evaluate(async (u) => {
      const all = await chrome.storage.session.get(null);
      const ids = Object.keys(all)
        .filter((k) => k.startsWith('tab:') && (all[k] as { url?: string } | null)?.url === u)
        .map((k) => Number(k.slice(4)));
      return ids.length ? Math.max(...ids) : null; // the newest tab showing it
    }, url);
    if (id !== null) return id;
    if (Date.now() > until) throw new Error(`no report for a tab showing ${url}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** The newest tab whose address the extension may not see (about:blank, browser pages). */
export function newestHiddenTabId(background: Evaluates): Promise<number> {
  return background.evaluate(async () => {
    const hidden = ((await chrome.tabs.query({})) as Array<{ id?: number; url?: string }>).filter((t) => t.url === undefined || t.url === 'about:blank');
    return Math.max(...hidden.map((t) => t.id ?? -1));
  }, undefined);
}

export function badgeText(worker: Evaluates, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Runs a keyboard-shortcut command the way the browser would (headless cannot press them). */
export function runCommand(worker: Evaluates, command: 'next-figure' | 'previous-figure', tabId: number): Promise<boolean> {
  return worker.evaluate(
    ([c, id]) => (globalThis as unknown as { tollcheckTest: { runCommand(c: string, id: number): Promise<boolean> } }).tollcheckTest.runCommand(c as string, id as number),
    [command, tabId] as [string, number],
  );
}

/** Moves the pointer onto the middle of the first box of the painted figure reading `text`. */
export async function hoverFigure(page: Evaluates & Pointer, text: string): Promise<void> {
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

/**
 * The open tooltip. Its shadow root is closed, so no page locator reaches it: this reads it through
 * the test build's hook in the extension's isolated world (`inExtensionWorld`), with the few
 * locator methods the tests use (count, innerText, getAttribute, boundingBox, locator, evaluate).
 */
export function tooltip(page: Page | InWorld): TooltipProbe {
  return new TooltipProbe(worldReader(page), null);
}

export class TooltipProbe {
  constructor(
    private readonly world: WorldReader,
    private readonly selector: string | null,
  ) {}

  private read<T>(body: string): Promise<T | undefined> {
    return this.world<T>(
      `(selector) => { const frame = globalThis.__tollcheckTest?.frame?.() ?? null; const el = selector === null ? frame : frame && frame.querySelector(selector); return (${body}); }`,
      [this.selector],
    );
  }

  /** Like a locator's actions: waits (up to `timeout`) for the element, then reads it. */
  private async waitFor<T>(body: string, timeout = 10_000): Promise<T> {
    const until = Date.now() + timeout;
    for (;;) {
      const value = await this.read<{ found: boolean; value: T }>(`el ? { found: true, value: (${body}) } : { found: false, value: null }`);
      if (value?.found) return value.value;
      if (Date.now() > until) throw new Error(`no open TollCheck tooltip${this.selector ? ` with ${this.selector}` : ''} after ${timeout} ms`);
      await sleep(100);
    }
  }

  async count(): Promise<number> {
    return (await this.read<number>('el ? 1 : 0')) ?? 0;
  }

  innerText(): Promise<string> {
    return this.waitFor<string>('el.innerText');
  }

  getAttribute(name: string): Promise<string | null> {
    return this.waitFor<string | null>(`el.getAttribute(${JSON.stringify(name)})`);
  }

  boundingBox(): Promise<{ x: number; y: number; width: number; height: number }> {
    return this.waitFor('(() => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; })()');
  }

  locator(selector: string): TooltipProbe {
    return new TooltipProbe(this.world, this.selector === null ? selector : `${this.selector} ${selector}`);
  }

  first(): TooltipProbe {
    return this;
  }

  /** Runs `fn` on the element in the extension's world (like Locator.evaluate, with no argument). */
  evaluate<R>(fn: (el: HTMLElement) => R): Promise<R> {
    return this.waitFor<R>(`(${fn.toString()})(el)`);
  }
}

/** The tab's report as the popup gets it (through the test hook on the same function). */
export function tabReport(worker: Evaluates, tabId: number): Promise<TabReport | null> {
  return worker.evaluate((id) => (globalThis as unknown as { tollcheckTest: { report(id: number): Promise<TabReport | null> } }).tollcheckTest.report(id), tabId);
}

/** Writes user settings the way the options page and popup do (storage.sync, same keys). */
export function setSettings(worker: Evaluates, values: Record<string, unknown>): Promise<void> {
  return worker.evaluate((v) => chrome.storage.sync.set(v), values);
}

/** The text of the stylesheets the extension adopted into the page. */
export function adoptedCss(page: Evaluates): Promise<string> {
  return page.evaluate(() => document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n'), undefined);
}
