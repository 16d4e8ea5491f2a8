/**
 * The one element TollCheck adds to a page: the host of the verdict tooltip. Mounted on first use
 * and mounted again whenever the page removed it (a single-page app replacing `document.body`).
 * Placement keeps the tooltip inside the viewport, below the figure when it fits, else above.
 * WCAG 1.4.13: it stays while hovered, and Escape dismisses it.
 *
 * The page cannot reach into it or claim it:
 * - the host is a plain `div` created by the content script, so no custom-element definition of
 *   the page ever upgrades it (a page's own `<tollcheck-ui>` is just page text);
 * - its shadow root is closed, so page scripts cannot read the verdicts or rewrite the label
 *   (`host.shadowRoot` is null for them); the real-browser tests reach it through a hook that
 *   exists only in `--mode test` builds and only in the extension's isolated world;
 * - only trusted pointer events (a real pointer) count as hovering it.
 * Any failure to mount leaves the tooltip off; the scan and the highlights carry on.
 */
import { h, render } from 'preact';
import { Tooltip, TOOLTIP_CSS } from '@/components/Tooltip';
import { visible } from '@/components/page-text';
import type { Figure } from '@/lib/page/figure-set';
import { markOwnUi, unmarkOwnUi } from '@/lib/page/own-ui';
import { onAbort } from '@/lib/page/session-timers';

const GAP = 8;
const MARGIN = 8;

export interface OpenOptions {
  published: string | null;
  dark: boolean;
  /** Opened from the keyboard: focus moves into it (as a dialog) so its links can be reached. */
  byKeyboard: boolean;
  /** Which line box of a wrapped figure to sit next to (the one under the pointer). */
  line: number;
}

// The host takes no part in the page's layout and none of its styles (inline !important wins
// over the page's own !important rules for the host element).
const HOST_STYLE =
  'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important; pointer-events: auto !important; transform: none !important; filter: none !important; contain: none !important;';

export class TooltipHost {
  private host: HTMLDivElement | null = null;
  private frame: HTMLDivElement | null = null;
  private current: Figure | null = null;
  private hovered = false;
  private keyboard = false;
  private line = 0;
  /** Set when the UI cannot be built here: the tooltip stays off, nothing else changes. */
  private failed = false;

  /** Once `signal` aborts, the host is taken off the page and never built again. */
  constructor(
    private readonly signal: AbortSignal,
    private readonly onHover: (inside: boolean) => void,
  ) {
    onAbort(signal, () => this.destroy());
  }

  get openKey(): string | null {
    return this.current?.key ?? null;
  }

  get isHovered(): boolean {
    return this.hovered;
  }

  /** Opened from the keyboard: stays until Escape or the next figure, whatever the pointer does. */
  get pinned(): boolean {
    return this.keyboard && this.current !== null;
  }

  /** The open tooltip's frame, for the test build's hook (see index.ts); null when closed. */
  get openFrame(): HTMLDivElement | null {
    return this.current && this.frame && !this.frame.hidden && this.host?.isConnected ? this.frame : null;
  }

  /** The host element, for the test build's hook. */
  get hostElement(): HTMLDivElement | null {
    return this.host;
  }

  open(figure: Figure, opts: OpenOptions): void {
    const frame = this.mount();
    if (!frame) return;
    try {
      this.current = figure;
      this.keyboard = opts.byKeyboard;
      this.line = opts.line;
      frame.setAttribute('role', opts.byKeyboard ? 'dialog' : 'tooltip');
      frame.setAttribute('aria-label', `TollCheck: ${visible(figure.claim.figure)}`);
      frame.tabIndex = -1;
      render(h(Tooltip, { claim: figure.claim, published: opts.published, dark: opts.dark }), frame);
      frame.hidden = false;
      this.place();
      if (opts.byKeyboard) frame.focus({ preventScroll: true });
    } catch (error) {
      this.current = null;
      console.warn('TollCheck: the tooltip could not be shown.', error);
    }
  }

  close(): void {
    if (!this.frame || !this.current) return;
    this.frame.hidden = true;
    try {
      render(null, this.frame);
    } catch {
      // Nothing to undo: the frame is hidden.
    }
    this.current = null;
    this.hovered = false;
  }

  /** Takes the host off the page for good (the session ended). */
  destroy(): void {
    this.close();
    if (!this.host) return;
    this.host.remove();
    unmarkOwnUi(this.host);
  }

  /** Re-anchors to the figure (after scrolling or resizing); closes when the figure is gone. */
  place(): void {
    const frame = this.frame;
    const figure = this.current;
    if (!frame || !figure) return;
    if (!this.host?.isConnected) return this.close();
    const rects = [...figure.range.getClientRects()];
    const anchor = rects[this.line] ?? rects[0];
    if (!anchor || !figure.range.startContainer.isConnected) return this.close();
    const vw = document.documentElement.clientWidth || innerWidth;
    const vh = innerHeight;
    frame.style.maxWidth = `${Math.min(380, vw - 2 * MARGIN)}px`;
    frame.style.maxHeight = `${Math.max(120, vh - 2 * MARGIN)}px`;
    const { width, height } = frame.getBoundingClientRect();
    const below = anchor.bottom + GAP;
    const above = anchor.top - GAP - height;
    const top = below + height <= vh - MARGIN || above < MARGIN ? Math.min(below, vh - MARGIN - height) : above;
    const left = Math.min(Math.max(MARGIN, anchor.left), vw - MARGIN - width);
    frame.style.top = `${Math.max(MARGIN, top)}px`;
    frame.style.left = `${Math.max(MARGIN, left)}px`;
  }

  /** Whether an event target is the tooltip (events from inside a closed root reach the page as its host). */
  owns(target: EventTarget | null): boolean {
    return !!this.host && target instanceof Node && (target === this.host || this.host.contains(target));
  }

  /** The frame, building the host the first time and putting it back if the page removed it. */
  private mount(): HTMLDivElement | null {
    if (this.failed || this.signal.aborted) return null;
    try {
      if (!this.host) this.build();
      const parent = document.body ?? document.documentElement;
      if (this.host!.parentNode !== parent) parent.append(this.host!);
      return this.frame;
    } catch (error) {
      this.failed = true;
      console.warn('TollCheck: the tooltip could not be added to this page; figures stay highlighted.', error);
      return null;
    }
  }

  private build(): void {
    const host = document.createElement('div');
    host.setAttribute('style', HOST_STYLE);
    const root = host.attachShadow({ mode: 'closed' });
    adoptCss(root, TOOLTIP_CSS + FRAME_CSS);
    const frame = document.createElement('div');
    frame.className = 'frame';
    frame.hidden = true;
    const hover = (inside: boolean) => (e: Event) => {
      if (!e.isTrusted) return;
      this.hovered = inside;
      this.onHover(inside);
    };
    const { signal } = this;
    frame.addEventListener('pointerenter', hover(true), { signal });
    frame.addEventListener('pointerleave', hover(false), { signal });
    root.append(frame);
    markOwnUi(host);
    this.host = host;
    this.frame = frame;
  }
}

/** A constructed stylesheet (not subject to the page's style-src), else a <style> inside the shadow root. */
function adoptCss(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

const FRAME_CSS = `
:host { all: initial; }
.frame { position: fixed; z-index: 2147483647; top: 0; left: 0; width: max-content; outline: none; }
.frame[hidden] { display: none; }
.frame:focus-visible .tc { outline: 3px solid #4c8df6; outline-offset: 2px; }
`;
