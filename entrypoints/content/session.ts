/**
 * TollCheck on one page: scans it (unless switched off for the site), paints the figures, opens
 * the tooltip on hover and from the keyboard, follows the settings live, and answers the popup.
 */
import { sendMessage } from '@/lib/extension/messaging';
import { readPublished } from '@/lib/context/published';
import { stillReads, type Figure } from './figures';
import { figureAt, onPointerFrames } from './hover';
import { pageIsDark, Painter } from './painter';
import { NearViewport } from './near-viewport';
import { Scanner } from './scanner';
import { TooltipHost } from './tooltip-host';
import { isDisabledHere, readSettings, watchSettings, type PageSettings } from './settings-reader';
import type { Lifetime } from './lifetime';
import { PageWatcher } from './watcher';
import { reported } from '@/lib/report-error';

/** Above this many figures on a page, only those near the viewport are highlighted, and updates are spaced out. */
const WINDOW_FROM_FIGURES = 150;
const everywhere = () => true;

const CLOSE_DELAY_MS = 350;
const STALE_GRACE_MS = 1500;
const MIN_PAINT_GAP_MS = 250;

export class PageSession {
  private enabled = false;
  private settings: PageSettings = { look: 'underline', categories: [], markNoData: true, disabledSites: [] };
  private readonly painter = new Painter();
  private readonly scanner: Scanner;
  private readonly watcher: PageWatcher;
  private readonly near = new NearViewport(() => this.queueViewportPaint());
  private viewportPaintQueued = false;
  /** Every figure marked on the page (only those near the viewport are in the Highlights). */
  private painted: Figure[] = [];
  private url = location.href;
  private published: string | null = null;
  private paintQueued = false;
  private lastPaint = -Infinity;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pointer: { x: number; y: number } | null = null;
  private readonly tooltip: TooltipHost;
  /** The body the page was read from: a single-page app may swap in a new one. */
  private body: HTMLElement | null = document.body;

  private constructor(private readonly lifetime: Lifetime) {
    this.scanner = new Scanner(() => this.queuePaint());
    this.watcher = new PageWatcher(
      (blocks) => this.onBlocksChanged(blocks),
      () => this.unpaintStale(),
    );
    this.tooltip = new TooltipHost((inside) => this.onTooltipHover(inside));
  }

  static async start(lifetime: Lifetime): Promise<PageSession> {
    const session = new PageSession(lifetime);
    const settings = await readSettings();
    session.settings = settings;
    if (lifetime.stopped) return session;
    session.listen();
    await session.setEnabled(!isDisabledHere(settings));
    return session;
  }

  /** The test build's hook reads the open tooltip through this (never the page). */
  get ui(): TooltipHost {
    return this.tooltip;
  }

  /** Switches TollCheck on or off for this page; off removes every highlight at once. */
  async setEnabled(enabled: boolean): Promise<void> {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    this.clearPage();
    this.published = readPublished(document);
    // A report that cannot be stored never keeps the page from being read and painted. The page is
    // read while the reset travels: messages reach the background in order, so its pieces are
    // checked with this page's context.
    const reset = sendMessage('pageReset', {
      url: location.href,
      title: document.title,
      published: this.published,
      state: enabled ? 'scanned' : 'disabled',
      reading: enabled,
    }).catch(reported('telling TollCheck about this page'));
    if (enabled && !this.lifetime.stopped) await Promise.all([reset, this.scanAll()]);
    else await reset;
  }

  /** Re-reads the whole page (first load, navigation within a single-page app, dataset change). */
  async scanAll(): Promise<void> {
    this.url = location.href;
    this.body = document.body;
    if (!this.body) return;
    this.watcher.start(this.body);
    // Until this is said, the popup shows "Checking this page…" (so never "no figures" too early).
    let told = false;
    const read = () => {
      if (told) return;
      told = true;
      void sendMessage('pageRead', undefined).catch(reported('telling TollCheck the page was read'));
    };
    try {
      await this.scanner.scanPage(this.body, read);
    } finally {
      read();
    }
  }

  /** Checks the page again from scratch (the dataset changed); nothing happens where switched off. */
  async rescan(): Promise<void> {
    if (!this.enabled) return;
    this.enabled = false;
    await this.setEnabled(true);
  }

  /** Moves to the next (1) or previous (-1) marked figure and opens its tooltip. */
  step(direction: 1 | -1): boolean {
    const list = this.painted;
    if (list.length === 0) return false;
    const at = list.findIndex((f) => f.key === this.tooltip.openKey);
    const next = at < 0 ? (direction === 1 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
    return this.reveal(list[next].key);
  }

  /** Scrolls to a figure, flashes it and opens its tooltip (keyboard-style, focus inside). */
  reveal(key: string): boolean {
    const figure = this.painted.find((f) => f.key === key);
    if (!figure) return false;
    figure.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.painter.flash(figure.range);
    this.tooltip.open(figure, { published: this.published, dark: pageIsDark(), byKeyboard: true, line: 0 });
    return true;
  }

  private async onBlocksChanged(blocks: Element[]): Promise<void> {
    if (!this.enabled) return;
    if (location.href !== this.url || document.body !== this.body || blocks.includes(document.body)) {
      // A single-page app moved to another article (or replaced the whole body): start over.
      return this.rescan();
    }
    await this.scanner.rescanBlocks(blocks);
  }

  /** Drops, in the same turn as the DOM change, any figure whose Range no longer reads as the figure. */
  private unpaintStale(): void {
    if (this.enabled && this.painted.some((f) => !stillReads(f))) this.paintNow();
  }

  private paintNow(): void {
    const figures = this.scanner.figures;
    // An ordinary article keeps every figure in CSS.highlights (other tools read them there); only
    // pages with so many figures that each highlight update would cost a long paint are windowed.
    const inView = figures.size > WINDOW_FROM_FIGURES ? this.near.inOrder() : everywhere;
    this.painted = this.painter.paint(figures.inOrder(), this.settings, inView);
    const open = this.tooltip.openKey;
    if (open && !this.painted.some((f) => f.key === open)) {
      // A re-render usually puts the same figure back a moment later: a hover tooltip waits for it
      // (the hit test below re-opens it on the new text) instead of flickering shut.
      if (this.tooltip.pinned) this.tooltip.close();
      else this.closeSoon(STALE_GRACE_MS);
    }
    if (this.pointer && !this.tooltip.pinned && !this.tooltip.isHovered) this.onPointer(this.pointer.x, this.pointer.y, null);
  }

  // While a long page's chunks stream in, updates are spaced out: each one walks every figure, and
  // any change to the highlights costs the browser a style and paint pass. An ordinary article's
  // few figures are cheap to paint, so each answer shows at once.
  private queuePaint(): void {
    if (this.paintQueued) return;
    this.paintQueued = true;
    const gap = this.scanner.figures.size > WINDOW_FROM_FIGURES ? MIN_PAINT_GAP_MS : 0;
    const wait = Math.max(0, this.lastPaint + gap - performance.now());
    setTimeout(
      () =>
        requestAnimationFrame(() => {
          this.paintQueued = false;
          this.lastPaint = performance.now();
          if (this.enabled) this.paintNow();
        }),
      wait,
    );
  }

  // Figures coming near the viewport on scroll get their highlight in the next frame; only the
  // few around the viewport change, so no spacing is needed.
  private queueViewportPaint(): void {
    if (this.viewportPaintQueued) return;
    this.viewportPaintQueued = true;
    requestAnimationFrame(() => {
      this.viewportPaintQueued = false;
      if (this.enabled) this.paintNow();
    });
  }

  /** Stops for good (this copy of the script was replaced or the extension went away). */
  private dispose(): void {
    this.enabled = false;
    this.clearPage();
    this.tooltip.remove();
  }

  /** Forgets everything read from the page and removes every mark of ours from it. */
  private clearPage(): void {
    this.watcher.stop();
    this.scanner.reset();
    this.near.reset();
    this.tooltip.close();
    this.painter.clear();
    this.painted = [];
  }

  private listen(): void {
    this.lifetime.onStop(() => this.dispose());
    const { signal } = this.lifetime;
    this.lifetime.onStop(
      watchSettings((settings) => {
        this.settings = settings;
        this.queuePaint();
        void this.setEnabled(!isDisabledHere(settings)).catch(reported('applying the site switch'));
      }),
    );
    onPointerFrames(window, (x, y, over) => this.onPointer(x, y, over), signal);
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.isTrusted && e.key === 'Escape' && this.tooltip.openKey) this.tooltip.close();
      },
      { capture: true, signal },
    );
    // A single-page app that swaps in a new <body> gets read again (the watcher saw only the old one).
    const bodySwap = new MutationObserver(() => {
      if (document.body && document.body !== this.body && this.enabled) void this.rescan().catch(reported('reading the page’s new body'));
    });
    bodySwap.observe(document.documentElement, { childList: true });
    this.lifetime.onStop(() => bodySwap.disconnect());
    const replace = () => this.tooltip.place();
    addEventListener('scroll', replace, { passive: true, capture: true, signal });
    addEventListener('resize', replace, { passive: true, signal });
  }

  private onPointer(x: number, y: number, over: EventTarget | null): void {
    this.pointer = { x, y };
    if (this.tooltip.owns(over)) return;
    const hit = figureAt(this.scanner.figures, x, y);
    if (hit && this.painted.includes(hit.figure)) {
      clearTimeout(this.closeTimer);
      this.closeTimer = undefined;
      if (hit.figure.key !== this.tooltip.openKey) this.tooltip.open(hit.figure, { published: this.published, dark: pageIsDark(), byKeyboard: false, line: hit.line });
    } else this.closeSoon();
  }

  /** Closes a hover-opened tooltip shortly after the pointer left both figure and tooltip. */
  private closeSoon(delay = CLOSE_DELAY_MS): void {
    if (!this.tooltip.openKey || this.closeTimer || this.tooltip.isHovered || this.tooltip.pinned) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      if (!this.tooltip.isHovered && !this.tooltip.pinned) this.tooltip.close();
    }, delay);
  }

  private onTooltipHover(inside: boolean): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
    if (!inside) this.closeSoon();
  }
}
