/**
 * Turns page text into figures on the DOM: reads blocks, has them checked (through the port the
 * session gives, the background in the extension), maps the claims back onto live Ranges, and
 * keeps that mapping honest as the page changes.
 */
import { reportError } from '../report-error';
import type { CheckedClaim } from '../verdict';
import { type Figure, FigureSet, stillReads } from './figure-set';
import { splitText } from './pieces';
import { readSliced } from './sliced-reader';
import { locate, offsetsToRange, type TextSegment, type VisibleText } from './visible-text';
import { onAbort } from './session-timers';

/** Where the scanner's text is checked, and how the checker names a figure. */
export interface CheckPort {
  /** The claims in one chunk of page text, with offsets into that text. */
  check(chunkId: string, text: string): Promise<CheckedClaim[]>;
  /** The chunks and figures that left the page, so the checker forgets them. */
  forget(chunkIds: string[], keys: string[]): void;
  /** The key the checker files a chunk's claim under (the popup names figures by it). */
  keyOf(chunkId: string, claim: CheckedClaim): string;
}

export interface ScanOptions {
  /** Runs once every piece has been sent for checking, before the answers. */
  sent?: () => void;
  /** The body's text when it was read ahead and has not changed since (read-ahead.ts). */
  readAlready?: VisibleText | null;
  /**
   * The page is known to show its top (a fresh navigation without a #fragment, just loaded):
   * document order is nearest first, so nothing is measured. Measuring would force the page's
   * first layout before a single piece is sent.
   */
  atTop?: boolean;
}

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

export class FigureScanner {
  readonly figures = new FigureSet();
  private readonly chunks = new Map<string, Chunk>();
  private seq = 0;

  /** Once `signal` aborts, nothing is read or sent any more and answers still on their way are dropped. */
  constructor(
    private readonly signal: AbortSignal,
    private readonly port: CheckPort,
    /** Called whenever figures were added or removed. */
    private readonly changed: () => void,
  ) {
    onAbort(signal, () => this.reset());
  }

  /** Forgets everything (the page navigated, TollCheck was switched off here, or the session ended). */
  reset(): void {
    this.chunks.clear();
    this.figures.clear();
  }

  /**
   * Reads and checks the whole page, in pieces so highlights appear as each comes back.
   */
  async scanPage(body: Element, options: ScanOptions = {}): Promise<void> {
    const { sent = () => {}, readAlready = null, atTop = false } = options;
    const read = readAlready ?? (await readSliced(body, this.signal));
    if (!read) return;
    const pieces = splitText(read.text).map((p) => this.addChunk(body, read, p.base, p.text));
    // Each piece stands alone: one the background fails to check never keeps the others from being painted.
    const checks = checkEach((atTop ? pieces : nearestFirst(pieces)).map((c) => this.check(c)));
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
      const read = await readSliced(root, this.signal);
      if (!read) return;
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
    if (gone.length || lostKeys.length) this.port.forget(gone, lostKeys);
    this.changed();
    await checkEach(fresh.map((c) => this.check(c)));
  }

  private addChunk(root: Element, read: VisibleText, base: number, text: string): Chunk {
    const chunk: Chunk = { id: `c${++this.seq}`, root, base, text, segments: read.segments, claims: null };
    this.chunks.set(chunk.id, chunk);
    return chunk;
  }

  private async check(chunk: Chunk): Promise<void> {
    const claims = await this.port.check(chunk.id, chunk.text);
    // Dropped while the checker worked, or the session ended (reset() forgot every chunk).
    if (this.chunks.get(chunk.id) !== chunk) return;
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
      const range = pos && offsetsToRange(chunk.segments, start, end, chunk.root.ownerDocument);
      if (!pos || !range) continue;
      const nodes = chunk.segments.slice(pos.start.index, pos.end.index + 1).map((s) => s.node);
      const figure: Figure = { key: this.port.keyOf(chunk.id, claim), chunkId: chunk.id, claim, range, nodes };
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
    // A piece after the first starts with the blank line it was cut at, which no text node holds.
    const at = c.base + c.text.length - c.text.trimStart().length;
    const pos = locate(c.segments, at, at + 1);
    const el = pos ? c.segments[pos.start.index].node.parentElement : null;
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.bottom >= -ahead && r.top <= innerHeight + ahead;
  };
  const first = pieces.filter(near);
  return first.length === 0 || first.length === pieces.length ? pieces : [...first, ...pieces.filter((c) => !first.includes(c))];
}

/** Waits for every chunk's check; one that failed is reported and leaves the others standing. */
async function checkEach(checks: Promise<void>[]): Promise<void> {
  for (const r of await Promise.allSettled(checks)) if (r.status === 'rejected') reportError('checking a piece of the page', r.reason);
}

/** Drops elements contained in another element of the list. */
function outermost(els: Element[]): Element[] {
  const unique = [...new Set(els)];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}
