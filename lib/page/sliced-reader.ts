/**
 * Reading page text without blocking the page: the walk runs in slices of a few milliseconds and
 * hands the main thread back between them. Also decides which block a DOM change belongs to.
 */
import { isOwnUi } from './own-ui';
import { pause } from './session-timers';
import { boundaryOf, isReadable as isReadableText, type ReadOptions, TextReader, type VisibleText } from './visible-text';

const SLICE_MS = 8;

/** Layout-based hiding, which linkedom cannot know: display:none, visibility:hidden, content-visibility:hidden. */
export const layoutOptions: ReadOptions = {
  isHidden: (el) => {
    if (isOwnUi(el)) return true;
    if (el.checkVisibility?.({ visibilityProperty: true }) !== false) return false;
    // Elements with `display: contents` have no box of their own but their children show.
    return getComputedStyle(el).display !== 'contents';
  },
};

/**
 * Reads `root`'s visible text, yielding to the page every few milliseconds. Null when the session
 * ended before the walk finished: a half-read page is never checked.
 */
export async function readSliced(root: Element, signal: AbortSignal): Promise<VisibleText | null> {
  const reader = new TextReader(root, layoutOptions);
  while (!signal.aborted) {
    const until = performance.now() + SLICE_MS;
    if (reader.run(() => performance.now() > until)) return reader.result();
    if (!(await pause(signal))) break;
  }
  return null;
}

/** The block element a changed node belongs to: the unit re-read when it changes. */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  // An added element that is itself a block (an appended article, a live-blog entry) is its own unit.
  while (el && boundaryOf(el) === 0) el = el.parentElement;
  return el;
}

/** Whether a block is page text to read (outside skipped regions and TollCheck's own UI). */
export function isReadable(el: Element): boolean {
  return !isOwnUi(el) && isReadableText(el);
}
