/**
 * What `npm run bench:page` runs in each measured page before the page's own scripts (in both
 * browsers): it records when the number of highlighted ranges changes, once per frame (rAF runs
 * right before the browser paints), and the longest gap between two frames — the longest stretch
 * the main thread could not paint, the one main-thread figure Firefox lets a page see (it has no
 * Long Tasks API and no trace here), measured the same way in Chromium so the two compare.
 */
export const PAGE_PROBE = `
  window.__tc = { changes: [], longestFrameMs: 0 };
  let last = 0;
  let lastFrame = 0;
  const tick = (now) => {
    if (lastFrame) window.__tc.longestFrameMs = Math.max(window.__tc.longestFrameMs, now - lastFrame);
    lastFrame = now;
    let n = 0;
    for (const h of CSS.highlights.values()) n += h.size;
    if (n !== last) { last = n; window.__tc.changes.push([performance.now(), n]); }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);`;

export interface ProbeReading {
  changes: [number, number][];
  longestFrameMs: number;
}

/** What the probe saw, read with `evaluate` (any page that can evaluate a function). */
export const readProbe = () => (window as unknown as { __tc: ProbeReading }).__tc;

/** The navigation's DOMContentLoaded end, in the page's clock. */
export const domContentLoaded = () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd;
