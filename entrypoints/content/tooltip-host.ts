/**
 * The one element TollCheck adds to a page: a shadow-root host holding the verdict tooltip.
 * Mounted on first use. Placement keeps the tooltip inside the viewport, below the figure when it
 * fits, else above. WCAG 1.4.13: it stays while hovered, and Escape dismisses it.
 */
import { h, render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Tooltip, TOOLTIP_CSS } from '@/components/Tooltip';
import { UI_HOST_TAG } from '@/lib/page/visible-text';
import type { Figure } from './figures';

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

export class TooltipHost {
  private mounted = false;
  private frame: HTMLDivElement | null = null;
  private current: Figure | null = null;
  private hovered = false;
  private keyboard = false;
  private line = 0;

  private constructor(private readonly ui: ShadowRootContentScriptUi<void>) {}

  static async create(ctx: ContentScriptContext, onHover: (inside: boolean) => void): Promise<TooltipHost> {
    let host!: TooltipHost;
    const ui = await createShadowRootUi(ctx, {
      name: UI_HOST_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: TOOLTIP_CSS + FRAME_CSS,
      onMount: (container) => {
        const frame = document.createElement('div');
        frame.className = 'frame';
        frame.hidden = true;
        frame.addEventListener('pointerenter', () => { host.hovered = true; onHover(true); });
        frame.addEventListener('pointerleave', () => { host.hovered = false; onHover(false); });
        container.append(frame);
        host.frame = frame;
      },
    });
    host = new TooltipHost(ui);
    return host;
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

  open(figure: Figure, opts: OpenOptions): void {
    if (!this.mounted) {
      this.ui.mount();
      this.mounted = true;
    }
    const frame = this.frame!;
    this.current = figure;
    this.keyboard = opts.byKeyboard;
    this.line = opts.line;
    frame.setAttribute('role', opts.byKeyboard ? 'dialog' : 'tooltip');
    frame.setAttribute('aria-label', `TollCheck: ${figure.claim.figure}`);
    frame.tabIndex = -1;
    render(h(Tooltip, { claim: figure.claim, published: opts.published, dark: opts.dark }), frame);
    frame.hidden = false;
    this.place();
    if (opts.byKeyboard) frame.focus({ preventScroll: true });
  }

  close(): void {
    if (!this.frame || !this.current) return;
    this.frame.hidden = true;
    render(null, this.frame);
    this.current = null;
    this.hovered = false;
  }

  /** Re-anchors to the figure (after scrolling or resizing); closes when the figure is gone. */
  place(): void {
    const frame = this.frame;
    const figure = this.current;
    if (!frame || !figure) return;
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

  /** Whether an event target is inside the tooltip. */
  owns(target: EventTarget | null): boolean {
    return target instanceof Node && !!this.ui.shadowHost?.contains(target);
  }
}

const FRAME_CSS = `
.frame { position: fixed; z-index: 2147483647; top: 0; left: 0; width: max-content; outline: none; }
.frame[hidden] { display: none; }
.frame:focus-visible .tc { outline: 3px solid #4c8df6; outline-offset: 2px; }
`;
