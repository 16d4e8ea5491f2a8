/**
 * Which figures are on or near the screen. Only those are registered in the Highlight objects:
 * every change to a Highlight costs the browser a style and paint pass over all its ranges, so
 * keeping them to the figures around the viewport bounds that cost however long the page is.
 * Used only on pages with very many figures (see session.ts). Figures further away are still
 * known (keyboard navigation, popup) and get their highlight as they come near, ahead of the scroll.
 */

import { onAbort } from './session-timers';

/** Screens above and below the viewport whose figures are painted ahead of the scroll. */
const SCREENS_AHEAD = 2;

export class NearViewport {
  private near = new WeakMap<Element, boolean>();
  private boxOf = new WeakMap<Element, Element>();
  private readonly observer: IntersectionObserver;

  /**
   * `onChange` runs when a watched block comes near the viewport or moves away from it, until
   * `signal` aborts: then the observer is disconnected and nothing is watched again.
   */
  constructor(
    private readonly signal: AbortSignal,
    onChange: () => void,
  ) {
    onAbort(signal, () => this.destroy());
    this.observer = new IntersectionObserver(
      (entries) => {
        let changed = false;
        for (const e of entries) {
          if (this.near.get(e.target) === e.isIntersecting) continue;
          this.near.set(e.target, e.isIntersecting);
          changed = true;
        }
        if (changed) onChange();
      },
      { rootMargin: `${SCREENS_AHEAD * 100}% 0px` },
    );
  }

  /**
   * A test for ranges given in document order: whether each one's block is near the viewport. A
   * block seen for the first time is measured at once (so a figure on screen is painted in the
   * frame it arrives) and then watched; once one new block lies below the window, the blocks after
   * it are taken to lie below too without measuring them (the observer corrects any that do not,
   * a frame later), so a long page's first paint measures a few blocks, not hundreds.
   */
  inOrder(): (range: Range) => boolean {
    let pastWindow = false;
    return (range) => {
      const block = this.blockOf(range);
      if (!block) return true;
      let near = this.near.get(block);
      if (near === undefined) {
        const where = pastWindow ? 'below' : placeOf(block.getBoundingClientRect());
        pastWindow = where === 'below';
        near = where === 'near';
        this.near.set(block, near);
        if (!this.signal.aborted) this.observer.observe(block);
      }
      return near;
    };
  }

  private blockOf(range: Range): Element | null {
    const parent = range.startContainer.parentElement;
    if (!parent) return null;
    const block = this.boxOf.get(parent) ?? withBox(parent);
    this.boxOf.set(parent, block);
    return block;
  }

  /** Forgets every block (the page is scanned again from scratch). */
  reset(): void {
    this.observer.disconnect();
    this.near = new WeakMap();
    this.boxOf = new WeakMap();
  }

  /** Stops watching for good (the session ended). */
  destroy(): void {
    this.reset();
  }
}

function placeOf(rect: DOMRect): 'above' | 'near' | 'below' {
  const ahead = SCREENS_AHEAD * innerHeight;
  return rect.bottom < -ahead ? 'above' : rect.top > innerHeight + ahead ? 'below' : 'near';
}

/** The element itself, or its nearest ancestor that has a box (`display: contents` has none). */
function withBox(el: Element): Element {
  let at: Element | null = el;
  while (at && at !== at.ownerDocument.body && at.getClientRects().length === 0) at = at.parentElement;
  return at ?? el;
}
