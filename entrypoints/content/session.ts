/**
 * TollCheck on one page: wires the page engine (lib/page) to the extension. Scans the page (unless
 * switched off for the site), paints the figures, opens the tooltip on hover and from the keyboard,
 * follows the settings live, and answers the popup.
 *
 * Everything the session starts — listeners, observers, timers, highlights, the tooltip — is bound
 * to the one AbortSignal of its Lifetime, so all of it stops together when this copy of the script
 * ends: each engine object takes the signal and destroys itself when it aborts.
 */
import { DEFAULT_HIGHLIGHT_STYLE } from '@/lib/highlight-style';
import { highlightCss, VERDICT_LOOK } from '@/components/verdict-style';
import { readPublished } from '@/lib/context/published';
import { claimKey, sendMessage } from '@/lib/extension/messaging';
import { FigureScanner } from '@/lib/page/figure-scanner';
import { type Figure, stillReads } from '@/lib/page/figure-set';
import { figureAt, onPointerFrames } from '@/lib/page/figure-under-pointer';
import { HighlightPainter, type PaintSettings, pageIsDark } from '@/lib/page/highlight-painter';
import { NearViewport } from '@/lib/page/near-viewport';
import { PageWatcher } from '@/lib/page/page-watcher';
import { ReadAhead } from '@/lib/page/read-ahead';
import { Later, onAbort } from '@/lib/page/session-timers';
import { reported } from '@/lib/report-error';
import type { Lifetime } from './lifetime';
import { takeEarlySettings } from './early-settings';
import { isDisabledHere, type PageSettings, readSettings, watchSettings } from './settings-reader';
import { TooltipHost } from './tooltip-host';

/** Above this many figures on a page, only those near the viewport are highlighted, and updates are spaced out. */
const WINDOW_FROM_FIGURES = 150;
const everywhere = () => true;

const CLOSE_DELAY_MS = 350;
const STALE_GRACE_MS = 1500;
const MIN_PAINT_GAP_MS = 250;

export class PageSession {
  private enabled = false;
  private settings: PageSettings = { look: DEFAULT_HIGHLIGHT_STYLE, categories: [], markNoData: true, disabledSites: [] };
  private readonly painter: HighlightPainter;
  private readonly scanner: FigureScanner;
  private readonly watcher: PageWatcher;
  private readonly near: NearViewport;
  private readonly tooltip: TooltipHost;
  private readonly paintSoon: Later;
  private readonly viewportPaint: Later;
  private readonly closeLater: Later;
  /** Every figure marked on the page (only those near the viewport are in the Highlights). */
  private painted: Figure[] = [];
  private url = location.href;
  private published: string | null = null;
  private lastPaint = -Infinity;
  private pointer: { x: number; y: number } | null = null;
  /** The body the page was read from: a single-page app may swap in a new one. */
  private body: HTMLElement | null = document.body;

  private constructor(private readonly lifetime: Lifetime) {
    const { signal } = lifetime;
    this.painter = new HighlightPainter(signal, (status) => VERDICT_LOOK[status].highlight);
    this.scanner = new FigureScanner(signal, checkInBackground, () => this.queuePaint());
    this.watcher = new PageWatcher(
      signal,
      (blocks) => void this.onBlocksChanged(blocks).catch(reported('re-reading changed text')),
      () => this.unpaintStale(),
    );
    this.near = new NearViewport(signal, () => this.queueViewportPaint());
    this.tooltip = new TooltipHost(signal, (inside) => this.onTooltipHover(inside));
    this.paintSoon = new Later(signal);
    this.viewportPaint = new Later(signal);
    this.closeLater = new Later(signal);
    onAbort(signal, () => {
      this.enabled = false;
    });
  }

  static async start(lifetime: Lifetime): Promise<PageSession> {
    // Read at document_start by the early script where it ran (early-settings.ts). Otherwise this
    // is the page's first call into the extension, whose channel the browser sets up on that call
    // (15–25 ms while a page loads): it is asked for before anything else, so the wait overlaps
    // building the session and walking the page.
    const settingsRead = readSettings(takeEarlySettings());
    const session = new PageSession(lifetime);
    // The page's text is walked while the settings travel; none of it is sent unless they say
    // TollCheck is on here.
    const ahead = document.body ? new ReadAhead(document.body, lifetime.signal) : null;
    const settings = await settingsRead;
    session.settings = settings;
    if (lifetime.stopped) return session;
    session.listen();
    const enabled = !isDisabledHere(settings);
    if (!enabled) ahead?.discard();
    await session.setEnabled(enabled, enabled ? ahead : null);
    return session;
  }

  /** The test build's hook reads the open tooltip through this (never the page). */
  get ui(): TooltipHost {
    return this.tooltip;
  }

  /** Switches TollCheck on or off for this page; off removes every highlight at once. */
  async setEnabled(enabled: boolean, ahead: ReadAhead | null = null): Promise<void> {
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
    if (enabled && !this.lifetime.stopped) await Promise.all([reset, this.scanAll(ahead)]);
    else await reset;
  }

  /** Re-reads the whole page (first load, navigation within a single-page app, dataset change). */
  async scanAll(ahead: ReadAhead | null = null): Promise<void> {
    this.url = location.href;
    this.body = document.body;
    if (!this.body) return;
    this.watcher.start(this.body);
    // Taken after the watcher started: a change after this point is the watcher's, one before it
    // made the read ahead void.
    const readAlready = ahead ? await ahead.take(this.body) : null;
    // Until this is said, the popup shows "Checking this page…" (so never "no figures" too early).
    let told = false;
    const read = () => {
      if (told) return;
      told = true;
      void sendMessage('pageRead', undefined).catch(reported('telling TollCheck the page was read'));
    };
    try {
      await this.scanner.scanPage(this.body, { sent: read, readAlready, atTop: ahead !== null && opensAtTop() });
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
    this.painted = this.painter.paint(figures.inOrder(), paintSettings(this.settings), inView);
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
    if (this.paintSoon.pending) return;
    const gap = this.scanner.figures.size > WINDOW_FROM_FIGURES ? MIN_PAINT_GAP_MS : 0;
    const wait = this.lastPaint + gap - performance.now();
    const paint = () => {
      this.lastPaint = performance.now();
      if (this.enabled) this.paintNow();
    };
    // No timer hop when nothing asks for a gap: a timer can miss the next frame.
    if (wait > 0) this.paintSoon.after(wait, () => this.paintSoon.frame(paint));
    else this.paintSoon.frame(paint);
  }

  // Figures coming near the viewport on scroll get their highlight in the next frame; only the
  // few around the viewport change, so no spacing is needed.
  private queueViewportPaint(): void {
    if (this.viewportPaint.pending) return;
    this.viewportPaint.frame(() => {
      if (this.enabled) this.paintNow();
    });
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
    const { signal } = this.lifetime;
    watchSettings(signal, (settings) => {
      this.settings = settings;
      this.queuePaint();
      void this.setEnabled(!isDisabledHere(settings)).catch(reported('applying the site switch'));
    });
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
    onAbort(signal, () => bodySwap.disconnect());
    const replace = () => this.tooltip.place();
    addEventListener('scroll', replace, { passive: true, capture: true, signal });
    addEventListener('resize', replace, { passive: true, signal });
  }

  private onPointer(x: number, y: number, over: EventTarget | null): void {
    this.pointer = { x, y };
    if (this.tooltip.owns(over)) return;
    const hit = figureAt(this.scanner.figures, x, y);
    if (hit && this.painted.includes(hit.figure)) {
      this.closeLater.clear();
      if (hit.figure.key !== this.tooltip.openKey) this.tooltip.open(hit.figure, { published: this.published, dark: pageIsDark(), byKeyboard: false, line: hit.line });
    } else this.closeSoon();
  }

  /** Closes a hover-opened tooltip shortly after the pointer left both figure and tooltip. */
  private closeSoon(delay = CLOSE_DELAY_MS): void {
    if (!this.tooltip.openKey || this.closeLater.pending || this.tooltip.isHovered || this.tooltip.pinned) return;
    this.closeLater.after(delay, () => {
      if (!this.tooltip.isHovered && !this.tooltip.pinned) this.tooltip.close();
    });
  }

  private onTooltipHover(inside: boolean): void {
    this.closeLater.clear();
    if (!inside) this.closeSoon();
  }
}

/**
 * Whether the page still shows its top: it is loading (the script came in at load, not later from
 * the popup, when the reader may have scrolled anywhere), by a fresh navigation (a reload or a step
 * back restores the scroll position) to a URL without a #fragment. Known without reading the
 * scroll position, which would force the page's layout while it is still loading.
 */
function opensAtTop(): boolean {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return document.readyState !== 'complete' && navigation?.type === 'navigate' && location.hash === '';
}

/** The background checks the text; the popup's report names figures by the same keys. */
const checkInBackground = {
  check: (chunkId: string, text: string) => sendMessage('checkText', { chunkId, text }),
  forget: (chunkIds: string[], keys: string[]) => void sendMessage('dropChunks', { chunkIds, keys }).catch(reported('forgetting figures that left the page')),
  keyOf: claimKey,
};

/** The painter's view of the settings: the user's look becomes a stylesheet, or none for the default. */
function paintSettings({ look, categories, markNoData }: PageSettings): PaintSettings {
  return { categories, markNoData, sheetCss: (dark) => (look === 'underline' && !dark ? null : highlightCss(look, dark)) };
}
