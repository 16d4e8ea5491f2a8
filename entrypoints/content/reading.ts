/**
 * Reading page text without blocking the page: the walk runs in slices of a few milliseconds and
 * hands the main thread back between them. Also decides which block a DOM change belongs to.
 */
import { boundaryOf, isReadable, TextReader, UI_HOST_TAG, type ReadOptions, type VisibleText } from '../../lib/page/visible-text';

const SLICE_MS = 8;


/** Layout-based hiding, which linkedom cannot know: display:none, visibility:hidden, content-visibility:hidden. */
export const layoutOptions: ReadOptions = {
  isHidden: (el) => {
    if (el.checkVisibility?.({ visibilityProperty: true }) !== false) return false;
    // Elements with `display: contents` have no box of their own but their children show.
    return getComputedStyle(el).display !== 'contents';
  },
};

const nextTask = () => new Promise<void>((ok) => setTimeout(ok, 0));

/** Reads `root`'s visible text, yielding to the page every few milliseconds. */
export async function readSliced(root: Element): Promise<VisibleText> {
  const reader = new TextReader(root, layoutOptions);
  for (;;) {
    const until = performance.now() + SLICE_MS;
    if (reader.run(() => performance.now() > until)) return reader.result();
    await nextTask();
  }
}

/** The block element a changed node belongs to: the unit re-read when it changes. */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  // An added element that is itself a block (an appended article, a live-blog entry) is its own unit.
  while (el && boundaryOf(el) === 0) el = el.parentElement;
  return el;
}

export function isOwnUi(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el?.closest(UI_HOST_TAG);
}

export { isReadable };
