/**
 * The one real-browser fixture: a small browser-neutral driver that the core tests use, so the same
 * test file runs in Chromium (playwright-core, driver-chromium.ts) and Firefox ESR (puppeteer-core
 * over WebDriver BiDi, driver-firefox.ts). It opens pages on the 127.0.0.1 test server, evaluates
 * in them and in the content script's isolated world, moves the pointer and presses keys, opens
 * the extension's own pages, reaches the background (tab reports, badge, test hook), and collects
 * console errors and requests that left the machine. Tests that need a Chromium-only facility
 * (DevTools: stopping the worker, piercing closed shadow roots) use harness.ts directly and say so.
 */
import type { TestServer } from './harness';

export type BrowserName = 'chromium' | 'firefox';

/** Both browsers, for `describe.each(BROWSERS)`. */
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** Anything that runs a function with one argument in some JavaScript context and returns its result. */
export interface Evaluates {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** A real pointer and keyboard (trusted events), as Playwright and Puppeteer pages both have. */
export interface Pointer {
  mouse: { move(x: number, y: number, opts?: { steps?: number }): Promise<void>; click(x: number, y: number): Promise<void> };
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
}

/** A page whose content-script world can be entered (to read the tooltip in its closed shadow root). */
export interface InWorld extends Evaluates {
  /** Runs `fnSource` (a function's source) with JSON `args` in the extension's isolated world of the top frame. */
  inExtensionWorld<T>(fnSource: string, args: unknown[]): Promise<T | undefined>;
}

export interface DriverPage extends InWorld, Pointer {
  readonly browser: BrowserName;
  url(): string;
  goto(url: string): Promise<void>;
  /** Runs a script's source in the page's own world (no CSP applies: it comes from the automation). */
  runScript(source: string): Promise<unknown>;
  /** Chooses `file` in the file input matching `selector`. */
  uploadFile(selector: string, file: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  viewport(): { width: number; height: number };
  /** Saves test-output/screenshots/<name>.png (Firefox's as firefox-<name>.png): the viewport, or the whole page. */
  screenshot(name: string, opts?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionDriver {
  readonly name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid>. */
  readonly origin: string;
  /**
   * An extension context with the extension API (`chrome`) and the background's test hook
   * (`globalThis.tollcheckTest`): Chromium's service worker; in Firefox an extension page that
   * borrows the hook from the event page (`runtime.getBackgroundPage()`).
   */
  readonly background: Evaluates;
  newPage(): Promise<DriverPage>;
  /** Opens an extension page by path ('/popup.html?tab=3', '/options.html') in a new tab. */
  openExtensionPage(pathname: string, viewport?: { width: number; height: number }): Promise<DriverPage>;
  /** Every open tab's address (to see that a click opened a page). */
  pageUrls(): Promise<string[]>;
  /** Requests that went anywhere but `server` and the extension itself. */
  externalRequests(server: TestServer): string[];
  /** Console errors and uncaught errors of the extension's contexts and the pages. */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
}

export async function launchDriver(name: BrowserName, opts: LaunchOptions = {}): Promise<ExtensionDriver> {
  // Loaded on demand: a Chromium-only run never starts puppeteer, and the other way round.
  if (name === 'chromium') return (await import('./driver-chromium')).launchChromiumDriver(opts);
  return (await import('./driver-firefox')).launchFirefoxDriver(opts);
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Polls `fn(arg)` in the page until it returns a truthy value; throws with `what` after `timeout`. */
export async function until<A>(page: Evaluates, fn: (arg: A) => unknown, arg: A, what: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(fn, arg))) {
    if (Date.now() > end) throw new Error(`${what}: not seen within ${timeout} ms`);
    await sleep(100);
  }
}

/** Waits until an element matches `selector`. */
export function waitForSelector(page: Evaluates, selector: string, timeout = 10_000): Promise<void> {
  return until(page, (s) => document.querySelector(s) !== null, selector, `an element matching ${selector}`, timeout);
}

/** The inner text of every element matching `selector`, in document order. */
export function texts(page: Evaluates, selector: string): Promise<string[]> {
  return page.evaluate((s) => [...document.querySelectorAll<HTMLElement>(s)].map((e) => e.innerText), selector);
}

/** The inner text of the first element matching `selector` (waits for it). */
export async function text(page: Evaluates, selector: string, timeout = 10_000): Promise<string> {
  await waitForSelector(page, selector, timeout);
  return (await texts(page, selector))[0];
}

export function count(page: Evaluates, selector: string): Promise<number> {
  return page.evaluate((s) => document.querySelectorAll(s).length, selector);
}

export function attribute(page: Evaluates, selector: string, name: string): Promise<string | null> {
  return page.evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [selector, name] as [string, string]);
}

/**
 * Clicks, with the real pointer, the first element matching `selector` whose text contains
 * `hasText` (when given), after scrolling it into view. Returns nothing until the element exists.
 */
export async function clickOn(page: Evaluates & Pointer, selector: string, hasText?: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    const point = await page.evaluate(
      ([s, t]) => {
        const el = [...document.querySelectorAll<HTMLElement>(s)].find((e) => t === null || e.innerText.includes(t));
        if (!el) return null;
        el.scrollIntoView({ block: 'center' });
        const box = el.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      },
      [selector, hasText ?? null] as [string, string | null],
    );
    if (point) return page.mouse.click(point.x, point.y);
    if (Date.now() > end) throw new Error(`nothing to click: ${selector}${hasText ? ` with "${hasText}"` : ''}`);
    await sleep(100);
  }
}

/** Focuses the first element matching `selector` (with `hasText`) for keyboard tests. */
export function focus(page: Evaluates, selector: string, hasText?: string): Promise<boolean> {
  return page.evaluate(
    ([s, t]) => {
      const el = [...document.querySelectorAll<HTMLElement>(s)].find((e) => t === null || e.innerText.includes(t));
      el?.focus();
      return el !== undefined && document.activeElement === el;
    },
    [selector, hasText ?? null] as [string, string | null],
  );
}

/** Types `value` into the field matching `selector`, replacing what it held (as a user would). */
export async function fill(page: Evaluates & Pointer, selector: string, value: string): Promise<void> {
  await clickOn(page, selector);
  await page.evaluate((s) => (document.querySelector(s) as HTMLInputElement).select(), selector);
  await page.keyboard.press('Backspace');
  if (value) await page.keyboard.type(value);
}
