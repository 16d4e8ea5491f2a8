/**
 * Finds the figure under the pointer without touching the page: the caret position under the
 * pointer names a text node, and only figures on that node are hit-tested against their rects.
 * Pointer moves are coalesced to one test per animation frame.
 */
import type { Figure, FigureSet } from './figure-set';
import { Later } from './session-timers';

const SLACK = 2;

/** The figure under the point, and which of its line boxes (a figure may wrap onto two lines). */
export function figureAt(figures: FigureSet, x: number, y: number): { figure: Figure; line: number } | null {
  if (figures.size === 0) return null;
  const node = caretNode(x, y);
  if (!node) return null;
  for (const figure of figures.at(node)) {
    const rects = figure.range.getClientRects();
    for (let line = 0; line < rects.length; line++) {
      const r = rects[line];
      if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return { figure, line };
    }
  }
  return null;
}

function caretNode(x: number, y: number): Node | null {
  // Standard (Firefox, Chromium 128+); older Chromium only has the WebKit name.
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null };
  if (doc.caretPositionFromPoint) return doc.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  return document.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}

/**
 * Calls `onMove` at most once per frame with the latest pointer position, until `signal` aborts
 * (the listener and any frame still pending go with it). Only trusted events (a real pointer)
 * count: a page dispatching synthetic `pointermove`s cannot open tooltips to harvest the verdicts
 * of text it wrote.
 */
export function onPointerFrames(target: EventTarget, onMove: (x: number, y: number, over: EventTarget | null) => void, signal: AbortSignal): void {
  const frame = new Later(signal);
  let last: PointerEvent | null = null;
  target.addEventListener(
    'pointermove',
    (e) => {
      if (!e.isTrusted) return;
      last = e as PointerEvent;
      if (frame.pending) return;
      frame.frame(() => {
        if (last) onMove(last.clientX, last.clientY, last.target);
      });
    },
    { passive: true, capture: true, signal },
  );
}
