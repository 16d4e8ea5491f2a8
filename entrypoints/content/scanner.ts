/**
 * Turns page text into marked figures: reads blocks, asks the background to check them, maps the
 * claims back onto the DOM, and keeps that mapping honest as the page changes.
 */
import { claimKey, sendMessage } from '@/lib/extension/messaging';
import { locate, offsetsToRange, type TextSegment, type VisibleText } from '@/lib/page/visible-text';
import type { CheckedClaim } from '@/lib/verdict';
import { FigureSet, stillReads, type Figure } from './figures';
import { splitText } from '@/lib/page/pieces';
import { readSliced } from './reading';
import { reported } from '@/lib/report-error';

/** One block of text sent for checking. The first scan cuts the whole page into such pieces. */
interface Chunk {
  id: string;
  root: Element;
  /** Where this chunk's text starts within `segments`' text (non-zero for pieces of the page). */
  base: number;
  text: string;
  segments: TextSegment[];
  claims: CheckedClaim[] | null;
}

export class Scanner {
  readonly figures = new FigureSet();
  private readonly chunks = new Map<string, Chunk>();
  private seq = 0;

  constructor(
    /** Called whenever figures were added or removed. */
    private readonly changed: () => void,
  ) {}

  /** Forgets everything (the page navigated or TollCheck was switched off here). */
  reset(): void {
    this.chunks.clear();
    this.figures.clear();
  }

  /**
   * Reads and checks the whole page, in pieces so highlights appear as each comes back. `sent`
   * runs once every piece has been sent for checking, before the answers.
   */
  async scanPage(body: Element, sent: () => void = () => {}): Promise<void> {
    const read = await readSliced(body);
    const pieces = splitText(read.text).map((p) => this.addChunk(body, read, p.base, p.text));
    // Each piece stands alone: one the background fails to check never keeps the others from being painted.
    const checks = Promise.allSettled(nearestFirst(pieces).map((c) => this.check(c)));
    sent();
    await checks;
  }

  /**
   * Re-reads the blocks a DOM change touched. Figures inside them (or whose text changed) are
   * dropped first, so nothing ever points at text that is no longer the figure.
   */
  async rescanBlocks(dirty: Element[]): Promise<void> {
    const roots = outermost(dirty.map((el) => this.enclosingChunkRoot(el) ?? el));
    const stale = [...this.chunks.values()].filter((c) => !c.root.isConnected || roots.some((r) => r !== c.root.ownerDocument.body && r.contains(c.root)));
    const staleIds = new Set(stale.map((c) => c.id));
    const lostKeys: string[] = [];
    for (const f of [...this.figures.all()]) {
      if (staleIds.has(f.chunkId) || !stillReads(f) || roots.some((r) => r.contains(f.nodes[0]))) {
        this.figures.remove(f.key);
        if (!staleIds.has(f.chunkId)) lostKeys.push(f.key);
      }
    }
    for (const c of stale) this.chunks.delete(c.id);
    const reused = new Set<string>();
    const fresh: Chunk[] = [];
    for (const root of roots) {
      if (!root.isConnected) continue;
      const read = await readSliced(root);
      if (!read.text.trim()) continue;
      // A framework re-render usually puts back the same text: keep its chunk, claims and keys.
      const same = stale.find((c) => !reused.has(c.id) && c.claims && c.base === 0 && c.text === read.text);
      if (same) {
        reused.add(same.id);
        const chunk = { ...same, root, segments: read.segments };
        this.chunks.set(chunk.id, chunk);
        this.place(chunk);
      } else fresh.push(this.addChunk(root, read, 0, read.text));
    }
    const gone = stale.filter((c) => !reused.has(c.id)).map((c) => c.id);
    if (gone.length || lostKeys.length) void sendMessage('dropChunks', { chunkIds: gone, keys: lostKeys }).catch(reported('forgetting figures that left the page'));
    this.changed();
    await Promise.allSettled(fresh.map((c) => this.check(c)));
  }

  private addChunk(root: Element, read: VisibleText, base: number, text: string): Chunk {
    const chunk: Chunk = { id: `c${++this.seq}`, root, base, text, segments: read.segments, claims: null };
    this.chunks.set(chunk.id, chunk);
    return chunk;
  }

  private async check(chunk: Chunk): Promise<void> {
    const claims = await sendMessage('checkText', { chunkId: chunk.id, text: chunk.text });
    if (this.chunks.get(chunk.id) !== chunk) return; // dropped while the background worked
    chunk.claims = claims;
    this.place(chunk);
    this.changed();
  }

  /** Maps a chunk's claims onto live Ranges, keeping only those that read as their figure. */
  private place(chunk: Chunk): void {
    for (const claim of chunk.claims ?? []) {
      const start = chunk.base + claim.start;
      const end = chunk.base + claim.end;
      const pos = locate(chunk.segments, start, end);
      const range = pos && offsetsToRange(chunk.segments, start, end, document);
      if (!pos || !range) continue;
      const nodes = chunk.segments.slice(pos.start.index, pos.end.index + 1).map((s) => s.node);
      const figure: Figure = { key: claimKey(chunk.id, claim), chunkId: chunk.id, claim, range, nodes };
      if (stillReads(figure)) this.figures.add(figure);
    }
  }

  /** A change inside a block that was read on its own re-reads that whole block. */
  private enclosingChunkRoot(el: Element): Element | null {
    for (const c of this.chunks.values()) {
      if (c.root !== el.ownerDocument.body && c.root.isConnected && c.root.contains(el)) return c.root;
    }
    return null;
  }
}

/**
 * The pieces around the viewport first, then the rest in document order: they are painted first,
 * and a tab's report keeps what arrives first when the page has more figures than its storage
 * budget (background tab-reports.ts). Chunk ids keep document order for the report.
 */
function nearestFirst(pieces: Chunk[]): Chunk[] {
  if (pieces.length < 2) return pieces;
  const ahead = 2 * innerHeight;
  const near = (c: Chunk) => {
    const pos = locate(c.segments, c.base, c.base + 1);
    const el = pos ? c.segments[pos.start.index].node.parentElement : null;
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.bottom >= -ahead && r.top <= innerHeight + ahead;
  };
  const first = pieces.filter(near);
  return first.length === 0 || first.length === pieces.length ? pieces : [...first, ...pieces.filter((c) => !first.includes(c))];
}

/** Drops elements contained in another element of the list. */
function outermost(els: Element[]): Element[] {
  const unique = [...new Set(els)];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}
