/**
 * Paints figures with the CSS Custom Highlight API: one Highlight per verdict, registered under
 * the `tollcheck-*` names, styled by one constructed stylesheet. The page's DOM is never touched.
 */
import { highlightCss, VERDICT_LOOK, type HighlightLook } from '@/components/verdict-style';
import type { Category } from '@/lib/claim';
import { VERDICT_STATUSES } from '@/lib/verdict';
import { stillReads, type Figure } from './figures';

export interface PaintSettings {
  look: HighlightLook;
  categories: readonly Category[];
  markNoData: boolean;
}

const FLASH = 'tollcheck-flash';

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Painter {
  private sheet: CSSStyleSheet | null = null;
  private sheetKey = '';
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private flashing: Highlight | null = null;
  private readonly highlights = new Map<string, Highlight>();

  /** Whether a figure is marked under these settings. */
  static shows(figure: Figure, s: PaintSettings): boolean {
    const { status, category } = figure.claim;
    return s.categories.includes(category) && (status !== 'no_data' || s.markNoData);
  }

  /**
   * Marks the figures given (in document order), skipping any whose text changed, and returns those
   * marked. Only the ranges `inView` accepts go into the verdict highlights (see near-viewport.ts). Ranges are added
   * to and removed from the existing Highlight objects rather than replaced, so nothing changes for
   * the browser when the registered set is the same.
   */
  paint(figures: Iterable<Figure>, s: PaintSettings, inView: (range: Range) => boolean): Figure[] {
    this.ensureSheet(s.look);
    const wanted = new Map(VERDICT_STATUSES.map((v) => [v, new Set<Range>()]));
    const marked: Figure[] = [];
    for (const f of figures) {
      if (!Painter.shows(f, s) || !stillReads(f)) continue;
      marked.push(f);
      if (inView(f.range)) wanted.get(f.claim.status)!.add(f.range);
    }
    for (const [status, ranges] of wanted) {
      const name = VERDICT_LOOK[status].highlight;
      const own = this.highlights.get(name);
      if (ranges.size === 0) {
        if (own) this.unregister(name);
        continue;
      }
      if (!own) {
        const hl = new Highlight(...ranges);
        this.highlights.set(name, hl);
        CSS.highlights.set(name, hl);
        continue;
      }
      for (const r of [...own] as Range[]) if (!ranges.has(r)) own.delete(r);
      for (const r of ranges) if (!own.has(r)) own.add(r);
      if (CSS.highlights.get(name) !== own) CSS.highlights.set(name, own);
    }
    return marked;
  }

  /** Briefly marks one figure (after the popup or shortcut jumps to it). */
  flash(range: Range): void {
    clearTimeout(this.flashTimer);
    const hl = new Highlight(range);
    this.flashing = hl;
    CSS.highlights.set(FLASH, hl);
    this.flashTimer = setTimeout(() => {
      if (CSS.highlights.get(FLASH) === hl) CSS.highlights.delete(FLASH);
    }, 1600);
  }

  /** Removes this painter's highlights (never another copy's, should the script run twice). */
  clear(): void {
    for (const name of [...this.highlights.keys()]) this.unregister(name);
    if (this.flashing && CSS.highlights.get(FLASH) === this.flashing) CSS.highlights.delete(FLASH);
    if (this.sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheetKey = '';
  }

  private unregister(name: string): void {
    if (CSS.highlights.get(name) === this.highlights.get(name)) CSS.highlights.delete(name);
    this.highlights.delete(name);
  }

  // The default look comes with the content script (manifest CSS, styled with the page at no extra
  // cost). Other looks — the background tint, brighter lines on dark pages — go in a constructed
  // sheet adopted by the document: no node added, not subject to the page's style-src policy, but
  // one style pass over the page when adopted, so only when needed. Re-adopted if the page replaced
  // the list.
  private ensureSheet(look: HighlightLook) {
    const dark = pageIsDark();
    const key = `${look}:${dark}`;
    if (look === 'underline' && !dark) {
      if (this.sheet && document.adoptedStyleSheets.includes(this.sheet)) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.sheet);
      this.sheetKey = key;
      return;
    }
    if (!this.sheet) this.sheet = new CSSStyleSheet();
    if (key !== this.sheetKey) {
      this.sheet.replaceSync(highlightCss(look, dark));
      this.sheetKey = key;
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
