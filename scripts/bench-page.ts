/**
 * `npm run bench:page`: how fast and how lightly the content script works on a 20 KB article and
 * a 1 MB page in Chromium (the test build, after `wxt build --mode test`). Prints, per page:
 * DOMContentLoaded → all highlights shown, the longest main-thread task that ran extension code,
 * the content script's total main-thread script time (from a Chrome trace), and the bundle size.
 * Targets (issue 4): 20 KB article < 150 ms, no task > 50 ms, content script ≤ 60 KB minified.
 * BENCH_EXPLAIN=1 also lists what filled each task over 50 ms (BENCH_EXPLAIN=<n>: over n ms).
 * The 1 MB page is then scrolled through a screen at a time, since figures gain their highlight as
 * they come near the viewport.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, startServer } from '../tests/e2e/harness';
import { longPage } from '../tests/e2e/pages/long-page';
import { tabIdOf, tabReport } from '../tests/e2e/page-helpers';

const ms = (n: number) => `${n.toFixed(0)} ms`;
// BENCH_EXPLAIN=1 explains tasks over 50 ms; BENCH_EXPLAIN=20 those over 20 ms.
const EXPLAIN_OVER_MS = Number(process.env.BENCH_EXPLAIN) > 1 ? Number(process.env.BENCH_EXPLAIN) : 50;

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; scriptName?: string } } }

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



async function main() {
  const server = await startServer();
  for (const p of PAGES) server.route(p.path, { body: p.html });
  const browser = await launchWithExtension();
  try {
    const bundle = fs.readFileSync(path.join(EXTENSION_DIR, 'content-scripts/content.js'));
    console.log(`content script bundle: ${(bundle.length / 1000).toFixed(1)} kB minified, ${(zlib.gzipSync(bundle).length / 1000).toFixed(1)} kB gzipped (target ≤ 60 kB)`);
    for (const [run, label] of [[0, 'cold worker, first page'], [1, 'warm']] as const) {
      for (const p of PAGES) {
        const page = await browser.context.newPage();
        await page.addInitScript(RECORD_HIGHLIGHTS);
        const r = await measure(page, server.url(p.path));
        const marked = (await tabReport(browser.worker, await tabIdOf(browser.worker, page.url())))?.claims.length ?? 0;
        console.log(
          `${p.name.padEnd(14)} (${label}): ${marked} figures found, ${r.registered} highlighted around the viewport; ` +
            `DOMContentLoaded → first highlight ${ms(r.firstMs)}, last ${ms(r.allMs)}; ` +
            `longest task with extension code ${ms(r.longestTaskMs)}; content-script script time ${ms(r.scriptMs)}`,
        );
        if (run === 1 && p === PAGES[1]) {
          const s = await measureScroll(page);
          console.log(`${p.name.padEnd(14)} (scrolling through): longest task with extension code ${ms(s.longestTaskMs)}; content-script script time ${ms(s.scriptMs)}`);
        }
        await page.close();
        if (run === 0) break; // the cold figure only means something for the first page loaded
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
