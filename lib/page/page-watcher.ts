/**
 * Watches the page for new or changed text (infinite scroll, live blogs, re-rendering frameworks)
 * and reports the blocks touched, debounced so a burst of changes costs one re-read.
 */
import { isOwnUi } from './own-ui';
import { Later, onAbort } from './session-timers';
import { blockOf, isReadable } from './sliced-reader';

const QUIET_MS = 250;
/** What changes the page's readable text: nodes and text, and the attributes that hide or show an element. */
export const TEXT_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['hidden', 'aria-hidden', 'open'],
};
const MAX_WAIT_MS = 1000;

export class PageWatcher {
  private readonly observer: MutationObserver;
  private readonly dirty = new Set<Element>();
  private readonly debounce: Later;
  private firstAt = 0;

  /**
   * @param signal the session's: once it aborts, the observer is disconnected and no flush runs
   * @param flush the blocks to re-read, debounced
   * @param changed called at once on every change, before the browser paints again: live Ranges
   *   follow DOM edits, so a figure whose text was replaced must be unpainted in the same turn
   */
  constructor(
    private readonly signal: AbortSignal,
    private readonly flush: (blocks: Element[]) => void,
    private readonly changed: () => void,
  ) {
    this.debounce = new Later(signal);
    this.observer = new MutationObserver((records) => {
      this.changed();
      this.collect(records);
    });
    onAbort(signal, () => this.destroy());
  }

  start(root: Node): void {
    if (this.signal.aborted) return;
    this.observer.observe(root, TEXT_CHANGES);
  }

  /** Stops watching until `start` is called again (TollCheck switched off here, or a fresh scan). */
  stop(): void {
    this.observer.disconnect();
    this.debounce.clear();
    this.dirty.clear();
  }

  /** Stops for good (the session ended). */
  destroy(): void {
    this.stop();
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      if (isOwnUi(r.target)) continue;
      if (r.type === 'childList') {
        // Removed text is handled by re-checking the figures; what matters is where text arrived.
        for (const n of r.addedNodes) if (!isOwnUi(n)) this.mark(n.nodeType === 1 ? n : r.target);
        if (r.removedNodes.length) this.mark(r.target);
      } else if (r.type === 'attributes') {
        // Whether an element shows (hidden, aria-hidden, open) changes what its parent reads.
        this.mark(r.target.parentNode ?? r.target);
      } else this.mark(r.target);
    }
    if (this.dirty.size === 0) return;
    const now = performance.now();
    if (!this.debounce.pending) this.firstAt = now;
    // Debounced, but a page that never stops changing is still read at least once a second.
    const wait = Math.max(0, Math.min(QUIET_MS, this.firstAt + MAX_WAIT_MS - now));
    this.debounce.after(wait, () => this.emit());
  }

  /**
   * Marks the block of a node whose text changed. A change inside a region that is never read (a
   * script, a style, hidden or editable content, TollCheck's own UI) changes no text a reader sees:
   * a page adding a <script> to its body must not cost a re-read of the whole page.
   */
  private mark(node: Node): void {
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!el?.isConnected || !isReadable(el)) return;
    const block = blockOf(el);
    if (block) this.dirty.add(block);
  }

  private emit(): void {
    const blocks = [...this.dirty].filter((b) => b.isConnected);
    this.dirty.clear();
    if (blocks.length) this.flush(blocks);
  }
}
