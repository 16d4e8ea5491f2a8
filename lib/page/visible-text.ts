/**
 * Page DOM → the text a reader sees, with a map from text offsets back to DOM text nodes.
 *
 * Shared by the content script (highlights need the way back) and the `scan` CLI (linkedom, no
 * layout), so it relies on tag names and attributes only; layout-dependent hiding is the caller's
 * `isHidden` callback. Each text node keeps its exact length in the output (a few whitespace
 * characters are swapped one-for-one), so an offset maps back by plain subtraction.
 */

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in `VisibleText.text`. */
  start: number;
  /** `start` + the node's length when read. */
  end: number;
}

export interface VisibleText {
  text: string;
  /** Text nodes in document order, with where each sits in `text`. */
  segments: TextSegment[];
}

export interface ReadOptions {
  /** Layout-based hiding (display:none, visibility:hidden…), for callers that have layout. */
  isHidden?: (el: Element) => boolean;
}

/** A set of tag names written as one space-separated list (shorter in the content script's bundle). */
const tags = (names: string) => new Set(names.split(' '));

// Elements whose content is not prose a reader sees on the page.
const SKIPPED = tags('script style noscript template svg math head iframe object embed canvas video audio input textarea select option datalist button');
// No element name is reserved for the extension: its UI host is known to the content script by
// identity (lib/page/own-ui.ts), so a page's own `<tollcheck-ui>` is read as page text.

// Block boundaries: a blank line between paragraph-like blocks, a line break between cells and
// lines, so sentences from different blocks never run together. Inline elements add nothing.
const LINE = tags('br td th dt dd caption summary legend');
const PARAGRAPH = tags(
  'address article aside blockquote body details dialog div dl fieldset figure figcaption li footer form h1 h2 h3 h4 h5 h6 header hgroup hr main nav ol p pre section table tbody thead tfoot tr ul html',
);

/** The break an element's edges put in the text: 2 = blank line, 1 = line break, 0 = none. */
export function boundaryOf(el: Element): 0 | 1 | 2 {
  const tag = el.localName;
  return PARAGRAPH.has(tag) ? 2 : LINE.has(tag) ? 1 : 0;
}

/** Whether an element and everything inside it is left out of the page's text. */
export function isSkipped(el: Element, opts: ReadOptions = {}): boolean {
  if (SKIPPED.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (isEditable(el)) return true;
  return opts.isHidden?.(el) ?? false;
}

// Editing comes from the attribute (or designMode, checked per document); `contenteditable="false"`
// islands inside an editor are still skipped because the walk never enters the editor.
function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce.toLowerCase() !== 'false';
}

/** Whether `el` is outside every skipped region (checks its ancestors too): for scanning one block. */
export function isReadable(el: Element, opts: ReadOptions = {}): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (isSkipped(e, opts)) return false;
  }
  return el.ownerDocument?.designMode !== 'on';
}

const WHITESPACE_ONE_FOR_ONE = /[\t\n\r\f\u00a0]/g;
const ALL_WHITESPACE = /^\s*$/;

/** Reads the visible text under `root`. An editable document (designMode) reads as empty. */
export function readVisibleText(root: Element | Document, opts: ReadOptions = {}): VisibleText {
  const reader = new TextReader(root, opts);
  reader.run(() => false);
  return reader.result();
}

/**
 * Reads visible text in slices so a long page never blocks the main thread for long: `run` works
 * until `shouldYield()` says stop and returns whether it finished; call it again to go on. The DOM
 * must not be read for highlights until it finishes.
 */
export class TextReader {
  private readonly parts: string[] = [];
  private readonly segments: TextSegment[] = [];
  private length = 0;
  private pending = 0; // strongest block boundary seen since the last text
  private endsWithSpace = true;
  // Explicit stack: the element being read and the next child to visit, so reading can pause.
  private readonly stack: { el: Element; next: ChildNode | null }[] = [];

  constructor(
    root: Element | Document,
    private readonly opts: ReadOptions = {},
  ) {
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    const start = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
    if (!start || doc?.designMode === 'on') return;
    if (start !== doc?.documentElement && isSkipped(start, opts)) return;
    this.enter(start);
  }

  /** Reads until done (true) or until `shouldYield` returns true (false); checks it every 64 nodes. */
  run(shouldYield: () => boolean): boolean {
    let budget = 64;
    while (this.stack.length > 0) {
      if (--budget === 0) {
        if (shouldYield()) return false;
        budget = 64;
      }
      const top = this.stack[this.stack.length - 1];
      const child = top.next;
      if (!child) {
        this.stack.pop();
        this.boundary(boundaryOf(top.el));
        continue;
      }
      top.next = child.nextSibling;
      if (child.nodeType === 3) this.emit(child as Text);
      else if (child.nodeType === 1 && !isSkipped(child as Element, this.opts)) this.enter(child as Element);
    }
    return true;
  }

  result(): VisibleText {
    return { text: this.parts.join(''), segments: this.segments };
  }

  /** Characters read so far (with the block breaks), for callers that need only the start of a page. */
  get readLength(): number {
    return this.length;
  }

  private enter(el: Element) {
    this.boundary(boundaryOf(el));
    this.stack.push({ el, next: el.firstChild });
  }

  private boundary(b: number) {
    if (b > this.pending) this.pending = b;
  }

  private emit(node: Text) {
    const data = node.data;
    if (data.length === 0) return;
    // Formatting whitespace between blocks (or at the start) is not text a reader sees.
    if (ALL_WHITESPACE.test(data) && (this.pending > 0 || this.endsWithSpace)) return;
    if (this.pending > 0 && this.length > 0) {
      const sep = this.pending === 2 ? '\n\n' : '\n';
      this.parts.push(sep);
      this.length += sep.length;
    }
    this.pending = 0;
    this.segments.push({ node, start: this.length, end: this.length + data.length });
    this.parts.push(data.replace(WHITESPACE_ONE_FOR_ONE, ' '));
    this.length += data.length;
    this.endsWithSpace = /\s$/.test(data);
  }
}

export interface DomPosition {
  segment: TextSegment;
  /** Index of `segment` in the segments list. */
  index: number;
  offset: number;
}

/**
 * Finds the DOM positions of text offsets [start, end). A start that falls on an inserted
 * boundary moves to the next node, an end on a boundary to the previous one. Null when the span
 * holds no text node.
 */
export function locate(segments: TextSegment[], start: number, end: number): { start: DomPosition; end: DomPosition } | null {
  if (end <= start || segments.length === 0) return null;
  // First segment that ends after `start`.
  const i = firstIndex(segments, (s) => s.end > start);
  // Last segment that starts before `end`.
  const j = firstIndex(segments, (s) => s.start >= end) - 1;
  if (i >= segments.length || j < i) return null;
  const a = segments[i];
  const b = segments[j];
  return {
    start: { segment: a, index: i, offset: Math.max(0, start - a.start) },
    end: { segment: b, index: j, offset: Math.min(b.end, end) - b.start },
  };
}

function firstIndex(segments: TextSegment[], pred: (s: TextSegment) => boolean): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(segments[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A live Range over text offsets [start, end), spanning several text nodes when the figure is
 * split across elements. Null when the nodes were removed or changed length since they were read,
 * so a stale offset never lands on the wrong text.
 */
export function offsetsToRange(segments: TextSegment[], start: number, end: number, doc: Document): Range | null {
  const pos = locate(segments, start, end);
  if (!pos) return null;
  for (const { segment } of [pos.start, pos.end]) {
    if (!segment.node.isConnected || segment.node.length !== segment.end - segment.start) return null;
  }
  const range = doc.createRange();
  range.setStart(pos.start.segment.node, pos.start.offset);
  range.setEnd(pos.end.segment.node, pos.end.offset);
  return range;
}
