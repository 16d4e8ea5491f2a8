/**
 * The Firefox half of `npm run bench:page`: the Firefox test build in Debian's Firefox ESR
 * (puppeteer-core over WebDriver BiDi), the same pages from the same server. Per page:
 * DOMContentLoaded → first and last highlight, and the longest frame gap (page-probe.ts).
 * Cold means Firefox itself suspended the background event page for being idle, as it does after
 * 30 s: a second browser, whose wait is shortened to 1.5 s (`extensions.background.idle.timeout`),
 * loads a page, idles, and loads the measured one; the bench checks that the event page really
 * restarted in between (its `performance.timeOrigin` changed).
 */
import type { Page } from 'puppeteer-core';
import { type FirefoxWithExtension, launchFirefoxWithExtension, openExtensionPage } from '../../tests/e2e/firefox-harness';
import { domContentLoaded, PAGE_PROBE, settledReading } from './page-probe';

export interface FirefoxResult {
  registered: number;
  firstMs: number;
  allMs: number;
  longestFrameMs: number;
}

const IDLE_MS = 1500;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Loads `url` in a new tab with the probe and waits until the highlight count has held for 2 s. */
async function measure(firefox: FirefoxWithExtension, url: string): Promise<FirefoxResult> {
  const page = await firefox.newPage();
  await page.evaluateOnNewDocument(PAGE_PROBE);
  await page.goto(url);
  const seen = await settledReading(page, 20);
  const dcl = await page.evaluate(domContentLoaded);
  await page.close();
  const [shownAt, registered] = seen.changes[seen.changes.length - 1];
  return { registered, firstMs: seen.changes[0][0] - dcl, allMs: shownAt - dcl, longestFrameMs: seen.longestFrameMs };
}

/** When the background event page now running started (opening an extension page wakes it). */
async function backgroundStart(firefox: FirefoxWithExtension): Promise<number> {
  // Opened only for the question and closed again, so no extension page keeps the event page awake.
  const control: Page = await firefox.newPage();
  await openExtensionPage(control, '/popup.html?tab=999999999');
  const origin = (await control.evaluate('browser.runtime.getBackgroundPage().then((bg) => bg.performance.timeOrigin)')) as number;
  await control.close();
  return origin;
}

export type FirefoxRun = 'first page after the browser starts' | 'warm' | 'cold event page (suspended after idle)';

/** Every run, keyed `${run} ${page name}`, for the pages given (cold and first only for the first page). */
export async function benchFirefox(pages: { name: string; url: string }[], log: (line: string) => void): Promise<Map<string, FirefoxResult>> {
  const results = new Map<string, FirefoxResult>();
  const note = (run: FirefoxRun, name: string, r: FirefoxResult) => {
    results.set(`${run} ${name}`, r);
    log(
      `${name.padEnd(14)} (Firefox, ${run}): ${r.registered} highlighted; DOMContentLoaded → first highlight ${r.firstMs.toFixed(0)} ms, last ${r.allMs.toFixed(0)} ms; longest frame ${r.longestFrameMs.toFixed(0)} ms`,
    );
  };
  // Firefox's own idle time (30 s) for the warm runs, which take a few seconds each.
  const firefox = await launchFirefoxWithExtension();
  try {
    note('first page after the browser starts', pages[0].name, await measure(firefox, pages[0].url));
    for (const p of pages) note('warm', p.name, await measure(firefox, p.url));
  } finally {
    await firefox.close();
  }
  // A second browser whose event page is suspended after 1.5 s idle, for the cold run.
  const idling = await launchFirefoxWithExtension({ prefs: { 'extensions.background.idle.timeout': IDLE_MS } });
  try {
    await measure(idling, pages[0].url);
    const before = await backgroundStart(idling);
    await sleep(IDLE_MS * 3);
    const cold = await measure(idling, pages[0].url);
    const restarted = (await backgroundStart(idling)) !== before;
    note('cold event page (suspended after idle)', pages[0].name, cold);
    if (!restarted) log('  (the event page was not suspended: this "cold" figure is a warm one)');
  } finally {
    await idling.close();
  }
  return results;
}
