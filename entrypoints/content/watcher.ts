/**
 * Watches the page for new or changed text (infinite scroll, live blogs, re-rendering frameworks)
 * and reports the blocks touched, debounced so a burst of changes costs one re-read.
 */
import { blockOf, isOwnUi, isReadable } from './reading';

const QUIET_MS = 250;
const MAX_WAIT_MS = 1000;

export class PageWatcher {
  private readonly observer: MutationObserver;
  private readonly dirty = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstAt = 0;

  /**
   * @param flush the blocks to re-read, debounced
   * @param changed called at once on every change, before the browser paints again: live Ranges
   *   follow DOM edits, so a figure whose text was replaced must be unpainted in the same turn
   */
  constructor(
    private readonly flush: (blocks: Element[]) => void,
    private readonly changed: () => void,
  ) {
    this.observer = new MutationObserver((records) => {
      this.changed();
      this.collect(records);
    });
  }

  start(root: Node): void {
    this.observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'aria-hidden', 'open'] });
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.dirty.clear();
  }

  private collect(records: MutationRecord[]): void {
    for (const r of records) {
      if (isOwnUi(r.target)) continue;
      if (r.type === 'childList') {
        // Removed text is handled by re-checking the figures; what matters is where text arrived.
        for (const n of r.addedNodes) if (!isOwnUi(n)) this.mark(n.nodeType === 1 ? n : r.target);
        if (r.removedNodes.length) this.mark(r.target);
      } else this.mark(r.target);
    }
    if (this.dirty.size === 0) return;
    const now = performance.now();
    if (!this.timer) this.firstAt = now;
    clearTimeout(this.timer);
    // Debounced, but a page that never stops changing is still read at least once a second.
    const wait = Math.max(0, Math.min(QUIET_MS, this.firstAt + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => this.emit(), wait);
  }

  private mark(node: Node): void {
    const block = blockOf(node);
    if (block && block.isConnected && isReadable(block)) this.dirty.add(block);
  }

  private emit(): void {
    this.timer = undefined;
    const blocks = [...this.dirty].filter((b) => b.isConnected);
    this.dirty.clear();
    if (blocks.length) this.flush(blocks);
  }
}
