/**
 * The browser-neutral driver (driver.ts) for Debian's Firefox ESR, over the puppeteer-core BiDi
 * harness. Firefox has no DevTools protocol here, so:
 * - the extension API is reached from one extension page kept open for the purpose (the "control"
 *   page); the background's test hook is borrowed from the event page (`getBackgroundPage`);
 * - the content script's isolated world is entered with `scripting.executeScript`, which runs in
 *   the same sandbox as the content script (the test build's sites include 127.0.0.1, and Firefox
 *   counts content-script sites as host permissions);
 * - every request for another host goes through a recording proxy on 127.0.0.1 (Firefox never
 *   proxies 127.0.0.1 itself), so requests by any context, the background included, are seen.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import type { DriverPage, Evaluates, ExtensionDriver, LaunchOptions } from './driver';
import { FIREFOX_EXTENSION_ORIGIN, launchFirefoxWithExtension, openExtensionPage } from './firefox-harness';
import { OUTPUT_DIR } from './harness';
import { tabIdOf } from './page-helpers';

/**
 * Firefox's own traffic, which no preference of ESR 153 stops: Remote Settings (blocklists,
 * certificate revocations), polled at start-up whatever `services.settings.server` says. TollCheck
 * never contacts it; any other host is reported.
 */
const FIREFOX_OWN = ['https://firefox.settings.services.mozilla.com:'];

/** A proxy that answers every request with 502 and writes down where it was going. */
async function recordingProxy(): Promise<{ port: number; seen: string[]; close(): void }> {
  const seen: string[] = [];
  const proxy = http.createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, socket) => {
    seen.push(`https://${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  return { port: (proxy.address() as AddressInfo).port, seen, close: () => void proxy.close() };
}

/** Runs `fn(arg)` in the control page with the background's test hook on its global. */
function backgroundOf(control: Page): Evaluates {
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      control.evaluate(`(async () => {
        // Fetched each time: the event page may have been unloaded and started again since.
        globalThis.tollcheckTest = (await browser.runtime.getBackgroundPage()).tollcheckTest;
        return await (${fn.toString()})(${JSON.stringify(arg)});
      })()`) as Promise<R>,
  };
}

/** Presses a key or a chord written as Playwright writes it ('Shift+Tab'), which Puppeteer's press does not read. */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const key = keys.pop() as KeyInput;
  for (const k of keys) await page.keyboard.down(k);
  await page.keyboard.press(key);
  for (const k of keys.reverse()) await page.keyboard.up(k);
}

function firefoxPage(page: Page, control: Page, background: Evaluates): DriverPage {
  return {
    browser: 'firefox',
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    inExtensionWorld: async <T>(fnSource: string, args: unknown[]) => {
      const tabId = await tabIdOf(background, page.url());
      return (await control.evaluate(
        `browser.scripting.executeScript({ target: { tabId: ${tabId} }, func: ${fnSource}, args: ${JSON.stringify(args)} }).then((r) => r[0]?.result)`,
      )) as T | undefined;
    },
    mouse: page.mouse,
    keyboard: { press: (key) => pressChord(page, key), type: (t) => page.keyboard.type(t) },
    url: () => page.url(),
    goto: async (url) => {
      if (url.startsWith(FIREFOX_EXTENSION_ORIGIN)) await openExtensionPage(page, url.slice(FIREFOX_EXTENSION_ORIGIN.length));
      else await page.goto(url);
    },
    runScript: (source) => page.evaluate(source),
    uploadFile: async (selector, file) => {
      const input = await page.waitForSelector(selector);
      if (!input) throw new Error(`no file input ${selector}`);
      await (input as unknown as { uploadFile(f: string): Promise<void> }).uploadFile(file);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    viewport: () => page.viewport() ?? { width: 0, height: 0 },
    screenshot: async (name, opts) => {
      const file = path.join(OUTPUT_DIR, 'screenshots', `firefox-${name}.png`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file as `${string}.png`, fullPage: opts?.fullPage });
    },
    close: () => page.close(),
  };
}

export async function launchFirefoxDriver(opts: LaunchOptions): Promise<ExtensionDriver> {
  const proxy = await recordingProxy();
  // Downloads (the options page's exports) go to a folder of this launch, not the user's.
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'tollcheck-firefox-downloads-'));
  const firefox = await launchFirefoxWithExtension({
    prefs: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.always_ask_before_handling_new_types': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      // 1 = light, 0 = dark, as Chromium's colorScheme.
      'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1,
    },
  });
  // A popup for a tab that does not exist: an extension page that does nothing by itself.
  const control = await firefox.newPage();
  await openExtensionPage(control, '/popup.html?tab=999999999');
  const background = backgroundOf(control);
  return {
    name: 'firefox',
    origin: FIREFOX_EXTENSION_ORIGIN,
    background,
    newPage: async () => firefoxPage(await firefox.newPage(), control, background),
    openExtensionPage: async (pathname, viewport) => {
      const page = await firefox.newPage();
      if (viewport) await page.setViewport(viewport);
      await openExtensionPage(page, pathname);
      return firefoxPage(page, control, background);
    },
    pageUrls: async () => {
      // BiDi never learns where a tab opened by the extension went (it stays about:blank to
      // puppeteer), so the extension's own pages are listed from the extension's side.
      const own = (await control.evaluate(`browser.extension.getViews({ type: 'tab' }).map((w) => w.location.href)`)) as string[];
      return [...(await firefox.browser.pages()).map((p) => p.url()), ...own];
    },
    externalRequests: () => proxy.seen.filter((url) => !FIREFOX_OWN.some((own) => url.startsWith(own))),
    errors: firefox.errors,
    close: async () => {
      await firefox.close();
      proxy.close();
      fs.rmSync(downloads, { recursive: true, force: true });
    },
  };
}
