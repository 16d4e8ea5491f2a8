/**
 * What `npm run bench:page` runs in each measured page before the page's own scripts (in both
 * browsers). It records when the number of highlighted ranges changes, once per frame, and the
 * longest gap between two frames — the longest stretch the main thread could not paint, the one
 * main-thread figure Firefox lets a page see (it has no Long Tasks API and no trace here),
 * measured the same way in Chromium so the two compare.
 *
 * The count is read after the frame's animation-frame callbacks and layout, just before it is
 * painted: a ResizeObserver on a 1-pixel box whose width flips every frame is called at that point
 * of every frame. Counting inside the probe's own animation-frame callback instead would see a
 * highlight that another callback of the same frame sets (TollCheck paints in one) only a frame
 * later than the reader does, and would charge TollCheck an extra frame the floor script, which
 * sets its highlights outside any frame, never pays.
 */
export const PAGE_PROBE = `
  window.__tc = { changes: [], longestFrameMs: 0 };
  let last = 0;
  let lastFrame = 0;
  const count = () => {
    let n = 0;
    for (const h of CSS.highlights.values()) n += h.size;
    if (n !== last) { last = n; window.__tc.changes.push([performance.now(), n]); }
  };
  let wide = false;
  const box = document.createElement('div');
  box.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;contain:strict;visibility:hidden;pointer-events:none';
  new ResizeObserver(count).observe(box);
  const tick = (now) => {
    if (lastFrame) window.__tc.longestFrameMs = Math.max(window.__tc.longestFrameMs, now - lastFrame);
    lastFrame = now;
    if (!box.isConnected && document.documentElement) document.documentElement.append(box);
    wide = !wide;
    box.style.width = wide ? '2px' : '1px';
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);`;

export interface ProbeReading {
  changes: [number, number][];
  longestFrameMs: number;
}

/** What the probe saw, read with `evaluate` (any page that can evaluate a function). */
export const readProbe = () => (window as unknown as { __tc: ProbeReading }).__tc;

/** The page side both browsers' drivers share: Playwright's and Puppeteer's pages both evaluate. */
interface ProbedPage {
  evaluate(fn: typeof readProbe): Promise<ProbeReading>;
}

const POLL_MS = 100;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** What the probe saw once the highlight count has held for `quietPolls` polls of 100 ms in a row. */
export async function settledReading(page: ProbedPage, quietPolls: number): Promise<ProbeReading> {
  let seen: ProbeReading = { changes: [], longestFrameMs: 0 };
  for (let stable = 0, before = -1; stable < quietPolls; ) {
    await sleep(POLL_MS);
    seen = await page.evaluate(readProbe);
    stable = seen.changes.length === before && seen.changes.length > 0 ? stable + 1 : 0;
    before = seen.changes.length;
  }
  return seen;
}

/** The navigation's DOMContentLoaded end, in the page's clock. */
export const domContentLoaded = () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd;
