/**
 * How long a reader waits for a tooltip in Chromium: from the pointer's arrival on a figure to the
 * first frame in which the tooltip is on screen. Read in the extension's own world (the tooltip's
 * shadow root is closed), through the test build's hook; the tooltip draws its chart from what the
 * worker already sent, so this is the cost of opening it, not of checking the figure.
 */
import type { Page } from 'playwright-core';
import { hoverFigure, inExtensionWorld } from '../../tests/e2e/page-helpers';

const ARM = `(() => {
  const state = { movedAt: 0, shownAt: 0 };
  globalThis.__tcTooltipBench = state;
  document.addEventListener('pointermove', () => { if (!state.shownAt) state.movedAt = performance.now(); }, { capture: true });
  // performance.now(), not the frame's start time: the frame may have begun before the pointer moved.
  const tick = () => {
    if (globalThis.__tollcheckTest?.frame?.()) { state.shownAt = performance.now(); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Milliseconds from the last pointer move onto the first painted figure to the frame showing its tooltip. */
export async function tooltipOpenMs(page: Page): Promise<number> {
  const figure = await page.evaluate(() => {
    for (const h of CSS.highlights.values()) for (const r of h as Iterable<Range>) return r.toString();
    return null;
  });
  if (!figure) throw new Error('no painted figure to hover');
  await inExtensionWorld(page, ARM);
  await hoverFigure(page, figure);
  const until = Date.now() + 5_000;
  for (;;) {
    const state = await inExtensionWorld<{ movedAt: number; shownAt: number }>(page, 'globalThis.__tcTooltipBench');
    if (state?.shownAt) return state.shownAt - state.movedAt;
    if (Date.now() > until) throw new Error('the tooltip did not open within 5 s of hovering a figure');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
