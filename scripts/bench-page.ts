/**
 * `npm run bench:page`: how fast and how lightly the content script works on a 20 KB article and
 * a 1 MB page in Chromium (the test build, after `wxt build --mode test`). Prints, per page:
 * DOMContentLoaded → all highlights shown, the longest main-thread task that ran extension code,
 * the content script's total main-thread script time (from a Chrome trace), and the bundle size.
 * It measures, in one run, a floor baseline (scripts/bench/floor-extension: every number marked by
 * one regex in the page, no worker round trip), TollCheck on the first page after the browser
 * starts, warm, and with a cold worker (stopped first, as Chrome stops it after 30 s idle), and
 * prints TollCheck's ratio to the floor, cold ÷ warm, and what the worker's start spent its time on.
 * Targets (issue 12): cold ÷ warm ≤ 2, warm ÷ floor ≤ 3, cold 20 KB article ≤ 200 ms, no task
 * > 50 ms, content script ≤ 60 kB minified, background.js ≤ 500 kB.
 * BENCH_EXPLAIN=1 also lists what filled each task over 50 ms (BENCH_EXPLAIN=<n>: over n ms).
 * The 1 MB page is then scrolled through a screen at a time, since figures gain their highlight as
 * they come near the viewport.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, startServer, type ExtensionBrowser } from '../tests/e2e/harness';
import { longPage } from '../tests/e2e/pages/long-page';
import { tabIdOf, tabReport } from '../tests/e2e/page-helpers';

const ms = (n: number) => `${n.toFixed(0)} ms`;
// BENCH_EXPLAIN=1 explains tasks over 50 ms; BENCH_EXPLAIN=20 those over 20 ms.
const EXPLAIN_OVER_MS = Number(process.env.BENCH_EXPLAIN) > 1 ? Number(process.env.BENCH_EXPLAIN) : 50;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

const PAGES = [
  { name: '20 KB article', path: '/bench-20k.html', html: longPage(20_000, 'A 20 KB article') },
  { name: '1 MB page', path: '/bench-1m.html', html: longPage(1_000_000, 'A 1 MB page') },
];

// Runs in the page before its scripts: records when the number of highlighted ranges changes,
// once per frame (rAF runs right before the browser paints).
const RECORD_HIGHLIGHTS = `
  window.__tc = { changes: [] };
  let last = 0;
  const tick = () => {
    let n = 0;
    for (const h of CSS.highlights.values()) n += h.size;
    if (n !== last) { last = n; window.__tc.changes.push([performance.now(), n]); }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);`;

/** Records a Chrome trace of the page's main thread while `action` runs. */
async function traced(page: Page, action: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  await action();
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return events;
}

async function measure(page: Page, url: string) {
  let changes: [number, number][] = [];
  const events = await traced(page, async () => {
    await page.goto(url);
    // Done when the highlight count has not changed for 2 s.
    for (let stable = 0; stable < 20; ) {
      await page.waitForTimeout(100);
      const now = await page.evaluate(() => (window as unknown as { __tc: { changes: [number, number][] } }).__tc.changes);
      stable = now.length === changes.length && now.length > 0 ? stable + 1 : 0;
      changes = now;
    }
  });
  const dcl = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
  const [shownAt, registered] = changes[changes.length - 1];
  return { registered, firstMs: changes[0][0] - dcl, allMs: shownAt - dcl, ...extensionTime(events) };
}

/** Scrolls through the page a screen at a time (figures gain and lose their highlights as they pass). */
async function measureScroll(page: Page) {
  const events = await traced(page, async () => {
    const screens = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight / innerHeight));
    for (let i = 1; i <= Math.min(screens, 40); i++) {
      await page.evaluate((k) => scrollTo(0, k * innerHeight), i);
      await page.waitForTimeout(60);
    }
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(300);
  });
  return extensionTime(events);
}

/** Longest task running extension code, and total extension script time, on the page's main thread. */
function extensionTime(events: TraceEvent[]) {
  const isExt = (e: TraceEvent) => (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith('chrome-extension://');
  const scripts = events.filter((e) => e.ph === 'X' && (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') && isExt(e));
  const threads = new Set(scripts.map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && threads.has(`${e.pid}:${e.tid}`));
  let longest = 0;
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    if (!scripts.some((s) => s.pid === t.pid && s.tid === t.tid && s.ts >= t.ts && s.ts < end)) continue;
    longest = Math.max(longest, (t.dur ?? 0) / 1000);
    // BENCH_EXPLAIN=1 lists what filled each long task (script, style, layout, paint…).
    if (process.env.BENCH_EXPLAIN && (t.dur ?? 0) > EXPLAIN_OVER_MS * 1000) {
      const inside = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e !== t && e.ts >= t.ts && e.ts < end && (e.dur ?? 0) > 2000);
      console.log(`  long task ${ms((t.dur ?? 0) / 1000)}: ${inside.map((e) => `${e.name} ${ms((e.dur ?? 0) / 1000)}`).join(', ')}`);
    }
  }
  // Sum outermost extension script events only (they nest).
  let total = 0;
  let coveredUntil = 0;
  for (const s of [...scripts].sort((a, b) => a.ts - b.ts)) {
    const end = s.ts + (s.dur ?? 0);
    if (s.ts >= coveredUntil) total += (s.dur ?? 0) / 1000;
    else if (end > coveredUntil) total += (end - coveredUntil) / 1000;
    coveredUntil = Math.max(coveredUntil, end);
  }
  return { longestTaskMs: longest, scriptMs: total };
}

const FLOOR_DIR = path.join(import.meta.dirname, 'bench/floor-extension');

type Result = Awaited<ReturnType<typeof measure>>;

/** Loads each page once in a fresh tab and measures it (the first highlight, the last, the longest task). */
async function loadPage(browser: ExtensionBrowser, url: string): Promise<{ page: Page; r: Result }> {
  const page = await browser.context.newPage();
  await page.addInitScript(RECORD_HIGHLIGHTS);
  return { page, r: await measure(page, url) };
}

/** Stops the extension's service worker, as Chrome does after about 30 s without events. */
async function stopWorker(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
}

/** The extension's current service worker (a new one after a stop). */
async function currentWorker(browser: ExtensionBrowser): Promise<Worker> {
  const workers = browser.context.serviceWorkers();
  return workers[workers.length - 1] ?? browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
}

function line(name: string, label: string, r: Result, marked: number | null): string {
  const found = marked === null ? '' : `${marked} figures found, `;
  return `${name.padEnd(14)} (${label}): ${found}${r.registered} highlighted; DOMContentLoaded → first highlight ${ms(r.firstMs)}, last ${ms(r.allMs)}; longest task with extension code ${ms(r.longestTaskMs)}; content-script script time ${ms(r.scriptMs)}`;
}

async function main() {
  const server = await startServer();
  for (const p of PAGES) server.route(p.path, { body: p.html });
  const first: Record<string, number> = {};
  try {
    const bundle = fs.readFileSync(path.join(EXTENSION_DIR, 'content-scripts/content.js'));
    const worker = fs.readFileSync(path.join(EXTENSION_DIR, 'background.js'));
    console.log(
      `content script bundle: ${(bundle.length / 1000).toFixed(1)} kB minified, ${(zlib.gzipSync(bundle).length / 1000).toFixed(1)} kB gzipped (target ≤ 60 kB); background.js ${(worker.length / 1000).toFixed(0)} kB (target ≤ 500 kB)`,
    );

    // The floor: every number marked by one regex in the page, no worker round trip.
    const floor = await launchWithExtension({ extensionDir: FLOOR_DIR });
    try {
      for (const p of PAGES) {
        const { page, r } = await loadPage(floor, server.url(p.path));
        first[`floor ${p.name}`] = r.firstMs;
        console.log(line(p.name, 'floor baseline', r, null));
        await page.close();
      }
    } finally {
      await floor.close();
    }

    const browser = await launchWithExtension();
    try {
      const report = async (page: Page) => (await tabReport(await currentWorker(browser), await tabIdOf(await currentWorker(browser), page.url())))?.claims.length ?? 0;
      const runs: [string, () => Promise<void>][] = [
        ['first page after the browser starts', async () => {}],
        ['warm', async () => {}],
        ['cold worker (stopped, as after 30 s idle)', () => stopWorker(browser)],
      ];
      for (const [label, before] of runs) {
        for (const p of PAGES) {
          if (label !== 'warm' && p !== PAGES[0]) continue; // cold figures only mean something for the first page
          await before();
          const { page, r } = await loadPage(browser, server.url(p.path));
          first[`${label} ${p.name}`] = r.firstMs;
          console.log(line(p.name, label, r, await report(page)));
          if (label === 'warm' && p === PAGES[1]) {
            const s = await measureScroll(page);
            console.log(`${p.name.padEnd(14)} (scrolling through): longest task with extension code ${ms(s.longestTaskMs)}; content-script script time ${ms(s.scriptMs)}`);
          }
          await page.close();
        }
        const timings = await (await currentWorker(browser)).evaluate(
          () => (globalThis as unknown as { tollcheckTest: { timings: Record<string, number> } }).tollcheckTest.timings,
        );
        if (label !== 'warm')
          console.log(
            `  worker start (ms after its scripts began): scripts evaluated ${ms(timings.main ?? NaN)}, dataset loaded ${ms(timings.loaded ?? NaN)}, index built ${ms(timings.indexed ?? NaN)}, first check done ${ms(timings.warm ?? NaN)}`,
          );
      }
    } finally {
      await browser.close();
    }
    const a = PAGES[0].name;
    const warm = first[`warm ${a}`];
    const cold = first[`cold worker (stopped, as after 30 s idle) ${a}`];
    console.log(
      `${a}: warm ÷ floor ${(warm / first[`floor ${a}`]).toFixed(1)} (target ≤ 3), cold ÷ warm ${(cold / warm).toFixed(1)} (target ≤ 2), cold ${ms(cold)} (target ≤ 200 ms)`,
    );
  } finally {
    await server.close();
  }
}

void main();
