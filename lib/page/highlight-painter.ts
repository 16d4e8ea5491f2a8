/**
 * Paints figures with the CSS Custom Highlight API: one Highlight per verdict, registered under
 * the names the session gives (`tollcheck-*`), styled by one constructed stylesheet. The page's DOM
 * is never touched.
 */
import type { Category } from '../claim';
import { VERDICT_STATUSES, type VerdictStatus } from '../verdict';
import { type Figure, stillReads } from './figure-set';
import { Later, onAbort } from './session-timers';

export interface PaintSettings {
  categories: readonly Category[];
  markNoData: boolean;
  /**
   * The stylesheet for the user's look on a light or a dark page, or null where the stylesheet
   * that comes with the content script (the default look on a light page) already covers it.
   */
  sheetCss: (dark: boolean) => string | null;
}

const FLASH = 'tollcheck-flash';
const FLASH_MS = 1600;

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightPainter {
  private sheet: CSSStyleSheet | null = null;
  /** What `sheet` holds, so it is only rewritten when the look changes. */
  private sheetText: string | null = null;
  private readonly flashEnd: Later;
  private flashing: Highlight | null = null;
  /**
   * Each verdict's Highlight with the ranges put in it. The ranges are tracked here because a
   * Firefox content script cannot iterate a Highlight (its Xrays do not wrap iterators).
   */
  private readonly highlights = new Map<string, { highlight: Highlight; ranges: Set<Range> }>();

  /**
   * @param highlightName the registered name of a verdict's Highlight
   * Once `signal` aborts, every highlight and stylesheet of this painter is gone and it paints no more.
   */
  constructor(
    private readonly signal: AbortSignal,
    private readonly highlightName: (status: VerdictStatus) => string,
  ) {
    this.flashEnd = new Later(signal);
    onAbort(signal, () => this.destroy());
  }

  /** Whether a figure is marked under these settings. */
  static shows(figure: Figure, s: PaintSettings): boolean {
    const { status, category } = figure.claim;
    return s.categories.includes(category) && (status !== 'no_data' || s.markNoData);
  }

  /** Takes every mark of this painter off the page for good (the session ended). */
  destroy(): void {
    this.flashEnd.clear();
    this.clear();
  }

  /**
   * Marks the figures given (in document order), skipping any whose text changed, and returns those
   * marked. Only the ranges `inView` accepts go into the verdict highlights (see near-viewport.ts). Ranges are added
   * to and removed from the existing Highlight objects rather than replaced, so nothing changes for
   * the browser when the registered set is the same.
   */
  paint(figures: Iterable<Figure>, s: PaintSettings, inView: (range: Range) => boolean): Figure[] {
    if (this.signal.aborted) return [];
    this.ensureSheet(s.sheetCss(pageIsDark()));
    const wanted = new Map(VERDICT_STATUSES.map((v) => [v, new Set<Range>()]));
    const marked: Figure[] = [];
    for (const f of figures) {
      if (!HighlightPainter.shows(f, s) || !stillReads(f)) continue;
      marked.push(f);
      if (inView(f.range)) wanted.get(f.claim.status)!.add(f.range);
    }
    for (const [status, ranges] of wanted) {
      const name = this.highlightName(status);
      const own = this.highlights.get(name);
      if (ranges.size === 0) {
        if (own) this.unregister(name);
        continue;
      }
      if (!own) {
        const highlight = new Highlight(...ranges);
        this.highlights.set(name, { highlight, ranges });
        CSS.highlights.set(name, highlight);
        continue;
      }
      for (const r of own.ranges) if (!ranges.has(r)) own.highlight.delete(r);
      for (const r of ranges) if (!own.ranges.has(r)) own.highlight.add(r);
      own.ranges = ranges;
      if (CSS.highlights.get(name) !== own.highlight) CSS.highlights.set(name, own.highlight);
    }
    return marked;
  }

  /** Briefly marks one figure (after the popup or shortcut jumps to it). */
  flash(range: Range): void {
    if (this.signal.aborted) return;
    const hl = new Highlight(range);
    this.flashing = hl;
    CSS.highlights.set(FLASH, hl);
    this.flashEnd.after(FLASH_MS, () => {
      if (CSS.highlights.get(FLASH) === hl) CSS.highlights.delete(FLASH);
    });
  }

  /** Removes this painter's highlights (never another copy's, should the script run twice). */
  clear(): void {
    for (const name of [...this.highlights.keys()]) this.unregister(name);
    if (this.flashing && CSS.highlights.get(FLASH) === this.flashing) CSS.highlights.delete(FLASH);
    this.unadopt();
  }

  /** Takes this painter's sheet out of the document's list (only if there: each change costs a style pass). */
  private unadopt(): void {
    if (this.sheet && document.adoptedStyleSheets.includes(this.sheet)) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }

  private unregister(name: string): void {
    if (CSS.highlights.get(name) === this.highlights.get(name)?.highlight) CSS.highlights.delete(name);
    this.highlights.delete(name);
  }

  // The default look comes with the content script (manifest CSS, styled with the page at no extra
  // cost). Other looks — the background tint, brighter lines on dark pages — go in a constructed
  // sheet adopted by the document: no node added, not subject to the page's style-src policy, but
  // one style pass over the page when adopted, so only when needed. Re-adopted if the page replaced
  // the list.
  private ensureSheet(css: string | null) {
    if (css === null) return this.unadopt();
    if (!this.sheet) this.sheet = new CSSStyleSheet();
    if (css !== this.sheetText) {
      this.sheet.replaceSync(css);
      this.sheetText = css;
    }
    if (!document.adoptedStyleSheets.includes(this.sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
  }
}

/** A page with light text is a dark page (its background may be an image or a gradient). */
export function pageIsDark(): boolean {
  const el = document.body ?? document.documentElement;
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(getComputedStyle(el).color);
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140;
}
