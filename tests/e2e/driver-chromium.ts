/** The browser-neutral driver (driver.ts) for Debian's Chromium, over the Playwright harness. */
import type { Page } from 'playwright-core';
import type { DriverPage, ExtensionDriver, LaunchOptions } from './driver';
import { externalRequests, launchWithExtension, screenshot } from './harness';
import { inExtensionWorld } from './page-helpers';

/** A Playwright page seen through the driver's interface. */
export function chromiumPage(page: Page): DriverPage {
  return {
    browser: 'chromium',
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    // DevTools reaches the isolated world directly (page-helpers.ts, inExtensionWorld).
    inExtensionWorld: (fnSource, args) => inExtensionWorld(page, `(${fnSource})(...${JSON.stringify(args)})`),
    mouse: page.mouse,
    keyboard: page.keyboard,
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    runScript: (source) => page.evaluate(source),
    uploadFile: (selector, file) => page.setInputFiles(selector, file),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    viewport: () => page.viewportSize() ?? { width: 0, height: 0 },
    screenshot: async (name, opts) => void (await screenshot(page, name, opts)),
    close: () => page.close(),
  };
}

export async function launchChromiumDriver(opts: LaunchOptions): Promise<ExtensionDriver> {
  const browser = await launchWithExtension({ colorScheme: opts.colorScheme });
  const origin = `chrome-extension://${browser.extensionId}`;
  return {
    name: 'chromium',
    origin,
    get background() {
      // The worker Chrome runs now (a stopped worker comes back as a new one).
      const workers = browser.context.serviceWorkers();
      return workers[workers.length - 1] ?? browser.worker;
    },
    newPage: async () => chromiumPage(await browser.context.newPage()),
    openExtensionPage: async (pathname, viewport) => {
      const page = await browser.context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(origin + pathname);
      return chromiumPage(page);
    },
    pageUrls: async () => browser.context.pages().map((p) => p.url()),
    externalRequests: (server) => externalRequests(browser.requests, server),
    errors: browser.errors,
    close: () => browser.close(),
  };
}
