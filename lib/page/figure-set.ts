/**
 * The figures currently marked on the page: each checked claim with the live Range over its text.
 * A figure is only trusted while its Range still reads as the figure; anything else is stale.
 */
import type { CheckedClaim } from '../verdict';

export interface Figure {
  key: string;
  chunkId: string;
  claim: CheckedClaim;
  range: Range;
  /** Text nodes the figure spans (a figure split across <b>…</b> spans several). */
  nodes: Text[];
}

const SPACE = /[\s\u00a0]+/g;
const squash = (s: string) => s.replace(SPACE, ' ').trim();

/** Whether the Range still covers exactly the figure's text (the page may have changed it). */
export function stillReads(figure: Pick<Figure, 'range' | 'nodes' | 'claim'>): boolean {
  return figure.nodes.every((n) => n.isConnected) && squash(figure.range.toString()) === squash(figure.claim.figure);
}

export class FigureSet {
  private readonly byKey = new Map<string, Figure>();
  private readonly byNode = new Map<Text, Figure[]>();
  /**
   * Figures in document order, kept sorted as figures come and go: sorting them all again after
   * every chunk cost tens of milliseconds on a long page (each comparison of two Ranges walks the
   * DOM), while inserting a figure costs a binary search.
   */
  private readonly ordered: Figure[] = [];

  get size(): number {
    return this.byKey.size;
  }

  all(): IterableIterator<Figure> {
    return this.byKey.values();
  }

  add(figure: Figure): void {
    this.remove(figure.key);
    this.byKey.set(figure.key, figure);
    for (const n of figure.nodes) {
      const list = this.byNode.get(n);
      if (list) list.push(figure);
      else this.byNode.set(n, [figure]);
    }
    let lo = 0;
    let hi = this.ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inDocumentOrder(this.ordered[mid], figure) <= 0) lo = mid + 1;
      else hi = mid;
    }
    this.ordered.splice(lo, 0, figure);
  }

  remove(key: string): Figure | undefined {
    const figure = this.byKey.get(key);
    if (!figure) return undefined;
    this.byKey.delete(key);
    for (const n of figure.nodes) {
      const rest = (this.byNode.get(n) ?? []).filter((f) => f !== figure);
      if (rest.length) this.byNode.set(n, rest);
      else this.byNode.delete(n);
    }
    const at = this.ordered.indexOf(figure);
    if (at >= 0) this.ordered.splice(at, 1);
    return figure;
  }

  clear(): void {
    this.byKey.clear();
    this.byNode.clear();
    this.ordered.length = 0;
  }

  /** Figures touching a text node: the candidates when the pointer is over that node. */
  at(node: Node): Figure[] {
    return node.nodeType === 3 ? (this.byNode.get(node as Text) ?? []) : [];
  }

  /** Figures in document order (for the keyboard shortcut). */
  inOrder(): readonly Figure[] {
    return this.ordered;
  }
}

function inDocumentOrder(a: Figure, b: Figure): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return 0; // a Range left in a detached subtree; it is dropped at the next rescan
  }
}
