/**
 * Firefox beside Chromium: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi
 * (Playwright cannot drive a stock Firefox), with the Firefox test build installed as a temporary
 * add-on. Its moz-extension:// origin is fixed through a pref, so tests can open the popup and
 * options pages. Serve pages on 127.0.0.1 only.
 */
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv3-test');
/** The add-on id of the Firefox build (wxt.config.ts) and the fixed internal UUID its pages get. */
const GECKO_ID = 'tollcheck@tollcheck';
const EXTENSION_UUID = '6f1c8a52-0d2e-4b7a-9c3e-5a1d2b3c4d5e';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  /** Console errors the extension and pages printed (Firefox sends extension errors to its stdout). */
  errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export function firefoxAvailable(): boolean {
  return fs.existsSync(FIREFOX);
}

export async function launchFirefoxWithExtension(
  opts: { executablePath?: string; headless?: boolean; prefs?: Record<string, string | number | boolean> } = {},
): Promise<FirefoxWithExtension> {
  if (!fs.existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox --mode test\` first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: opts.executablePath ?? FIREFOX,
    headless: opts.headless ?? true,
    // Without it Firefox refuses navigation to moz-extension:// pages from the automation.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
      // Temporary add-ons get the host permissions their manifest asks for, as a user would grant them.
      'extensions.originControls.grantByDefault': true,
      ...opts.prefs,
    },
    // The same window size as the Chromium harness (null: a real window's own size).
    defaultViewport: opts.headless === false ? null : { width: 1200, height: 900 },
    dumpio: false,
  });
  const errors: string[] = [];
  const proc = browser.process();
  // console.error goes to stdout, uncaught exceptions ("JavaScript error: <script>, line n: …") to stderr.
  const keep = (d: Buffer) => {
    // Firefox prints its own internal noise too; keep what comes from the extension's pages and scripts.
    for (const line of d.toString().split('\n')) if (/error/i.test(line) && (line.includes(EXTENSION_UUID) || /tollcheck/i.test(line))) errors.push(line.trim());
  };
  proc?.stdout?.on('data', keep);
  proc?.stderr?.on('data', keep);
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    errors,
    newPage: () => browser.newPage(),
    close: () => browser.close(),
  };
}

/**
 * Opens an extension page. With `--remote-allow-system-access`, navigation to moz-extension://
 * never reports completion to the automation, so it is started without waiting and polled.
 */
export async function openExtensionPage(page: Page, pathname: string, timeout = 15_000): Promise<void> {
  const url = `${FIREFOX_EXTENSION_ORIGIN}${pathname}`;
  void page.goto(url).catch(() => undefined);
  const until = Date.now() + timeout;
  for (;;) {
    const ready = await page.evaluate(() => [location.href, document.readyState]).catch(() => null);
    if (ready && ready[0].startsWith(url.split('?')[0]) && ready[1] === 'complete') return;
    if (Date.now() > until) throw new Error(`${url} did not open in Firefox within ${timeout} ms`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
