/**
 * Reading page text without blocking the page: the walk runs in slices of a few milliseconds and
 * hands the main thread back between them. Also decides which block a DOM change belongs to.
 */
import { boundaryOf, isReadable as isReadableText, TextReader, type ReadOptions, type VisibleText } from '../../lib/page/visible-text';

/**
 * TollCheck's own elements on the page (the tooltip's host), known by identity, never by a name a
 * page could also use: a page's own `<tollcheck-ui>` is page text like any other.
 */
const ownUi = new Set<Element>();

export function markOwnUi(el: Element): void {
  ownUi.add(el);
}

export function unmarkOwnUi(el: Element): void {
  ownUi.delete(el);
}

const SLICE_MS = 8;

/** Layout-based hiding, which linkedom cannot know: display:none, visibility:hidden, content-visibility:hidden. */
export const layoutOptions: ReadOptions = {
  isHidden: (el) => {
    if (ownUi.has(el)) return true;
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
  if (ownUi.size === 0) return false;
  for (const el of ownUi) if (el === node || el.contains(node)) return true;
  return false;
}

/** Whether a block is page text to read (outside skipped regions and TollCheck's own UI). */
export function isReadable(el: Element): boolean {
  return !isOwnUi(el) && isReadableText(el);
}
