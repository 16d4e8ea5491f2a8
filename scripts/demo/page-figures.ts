/**
 * Reading TollCheck's highlights from outside the page, the way tests and the demo do:
 * through the document's CSS highlight registry, whose names are part of the extension's contract.
 */
import type { Page, Worker } from 'playwright-core';

export const HIGHLIGHT_NAMES = ['tollcheck-corroborated', 'tollcheck-disputed', 'tollcheck-unverified', 'tollcheck-no-data'] as const;

export interface MarkedFigure {
  highlight: (typeof HIGHLIGHT_NAMES)[number];
  text: string;
  /** Centre of the figure's first line box, in viewport pixels. */
  x: number;
  y: number;
}

/** Every highlighted figure on the page, in registry order. */
export function markedFigures(page: Page): Promise<MarkedFigure[]> {
  return page.evaluate(
    (names) => {
      const out: MarkedFigure[] = [];
      for (const name of names) {
        const highlight = CSS.highlights.get(name);
        if (!highlight) continue;
        for (const range of highlight as unknown as Iterable<Range>) {
          const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
          out.push({ highlight: name as MarkedFigure['highlight'], text: range.toString(), x: box.left + box.width / 2, y: box.top + box.height / 2 });
        }
      }
      return out;
    },
    HIGHLIGHT_NAMES as unknown as string[],
  );
}

/** Waits until the page shows at least `min` highlighted figures; returns them (empty on timeout). */
export async function waitForFigures(page: Page, min = 1, timeoutMs = 15_000): Promise<MarkedFigure[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const figures = await markedFigures(page);
    if (figures.length >= min || Date.now() > deadline) return figures;
    await page.waitForTimeout(200);
  }
}

// The extension API as seen inside the service worker (these functions run there, not in Node).
declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

/** The newest tab whose URL the extension may not see (about:blank, browser pages). */
export async function newestHiddenTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const hidden = (await chrome.tabs.query({})).filter((t) => t.url === undefined || t.url === 'about:blank');
    return hidden[hidden.length - 1].id!;
  });
}
