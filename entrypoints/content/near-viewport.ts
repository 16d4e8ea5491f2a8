/**
 * Which figures are on or near the screen. Only those are registered in the Highlight objects:
 * every change to a Highlight costs the browser a style and paint pass over all its ranges, so
 * keeping them to the figures around the viewport bounds that cost however long the page is.
 * Figures further away are still known (keyboard navigation, popup) and get their highlight as
 * they come near, one screen ahead of the scroll.
 */

/** Screens above and below the viewport whose figures are painted ahead of the scroll. */
const SCREENS_AHEAD = 2;

export class NearViewport {
  private near = new WeakMap<Element, boolean>();
  private boxOf = new WeakMap<Element, Element>();
  private readonly observer: IntersectionObserver;

  /** `onChange` runs when a watched block comes near the viewport or moves away from it. */
  constructor(onChange: () => void) {
    this.observer = new IntersectionObserver((entries) => {
      let changed = false;
      for (const e of entries) {
        if (this.near.get(e.target) === e.isIntersecting) continue;
        this.near.set(e.target, e.isIntersecting);
        changed = true;
      }
      if (changed) onChange();
    }, { rootMargin: `${SCREENS_AHEAD * 100}% 0px` });
  }

  /**
   * Whether the range's block is near the viewport. A block seen for the first time is measured
   * at once (so a figure on screen is painted in the same frame it arrives) and then watched.
   */
  includes(range: Range): boolean {
    const parent = range.startContainer.parentElement;
    if (!parent) return true;
    const block = this.boxOf.get(parent) ?? withBox(parent);
    this.boxOf.set(parent, block);
    let near = this.near.get(block);
    if (near === undefined) {
      near = isNear(block.getBoundingClientRect());
      this.near.set(block, near);
      this.observer.observe(block);
    }
    return near;
  }

  /** Forgets every block (the page is scanned again from scratch, or TollCheck stops). */
  reset(): void {
    this.observer.disconnect();
    this.near = new WeakMap();
    this.boxOf = new WeakMap();
  }
}

function isNear(rect: DOMRect): boolean {
  const ahead = SCREENS_AHEAD * innerHeight;
  return rect.bottom >= -ahead && rect.top <= innerHeight + ahead;
}

/** The element itself, or its nearest ancestor that has a box (`display: contents` has none). */
function withBox(el: Element): Element {
  let at: Element | null = el;
  while (at && at !== document.body && at.getClientRects().length === 0) at = at.parentElement;
  return at ?? el;
}
