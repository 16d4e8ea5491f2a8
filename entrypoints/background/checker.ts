/**
 * Checks page text against the active dataset. It reads which conflicts the dataset covers, then,
 * for each page, the records of only the conflicts the page's figures are about: each conflict is
 * read and indexed once, when a page first needs it, and kept until the options page changes the
 * dataset. A page about one war never waits for the other wars' records to be parsed.
 */
import { conflictsToCheck, judgeChunk, readChunk, type PageInfo, type PageReport } from '../../lib/pipeline';
import { composeIndex, indexConflict, type ConflictIndex, type RecordIndex } from '../../lib/verify';
import type { DatasetRecord } from '../../lib/dataset/schema';
import type { SlotConflicts } from '../../lib/dataset/store';

/** Where the checker reads records (the dataset store, lib/dataset/store.ts). */
export interface RecordSource {
  activeConflicts(): Promise<SlotConflicts>;
  conflictRecords(slot: string, conflicts: readonly string[]): Promise<Map<string, DatasetRecord[]>>;
}

/** One active dataset as far as it has been read. */
interface Reading {
  slot: string;
  /** Conflicts the dataset has records for. */
  known: ReadonlySet<string>;
  /** Each conflict asked for so far: its index, once its records are read and indexed. */
  parts: Map<string, Promise<ConflictIndex>>;
  built: Map<string, ConflictIndex>;
  index: RecordIndex;
}

const WARM_UP_TEXT = 'Officials said at least 12 people were killed and 30 wounded on Monday.';

export class Checker {
  private reading: Promise<Reading> | null = null;
  /** Milliseconds since the worker started at which each step of getting ready ended (for bench:page). */
  readonly timings: Record<string, number> = {};

  constructor(private readonly source: RecordSource) {}

  /**
   * Reads which conflicts the dataset covers and runs the NLP once on a short made-up sentence, so
   * the first real page does not pay for a cold start (the first extraction in a fresh worker is
   * ~10× slower). The sentence names no conflict, so no records are read for it.
   */
  async warm(): Promise<void> {
    const reading = this.start();
    readChunk({ title: 'Warm-up', published: null }, WARM_UP_TEXT);
    await reading;
    this.timings.warm ??= performance.now();
  }

  /** Forgets what was read; the next check reads the (new) active dataset. */
  reload(): void {
    this.reading = null;
  }

  /**
   * Finds and checks the figures in one chunk of a page's text (lib/pipeline.ts: the one pipeline).
   * The figures are found while the dataset's catalogue is still being read; a read that fails
   * (the dataset was replaced meanwhile) is started again once from the new active dataset.
   */
  async check(text: string, page: PageInfo): Promise<PageReport> {
    const reading = this.start();
    const read = readChunk(page, text);
    const needed = conflictsToCheck(read);
    let index: RecordIndex;
    try {
      index = await this.indexFor(reading, needed);
    } catch {
      index = await this.indexFor(this.start(), needed);
    }
    const report = judgeChunk(read, text, index);
    this.timings.checked ??= performance.now();
    return report;
  }

  private start(): Promise<Reading> {
    const reading = (this.reading ??= this.source.activeConflicts().then(({ slot, conflicts }): Reading => {
      this.timings.catalogue ??= performance.now();
      const built = new Map<string, ConflictIndex>();
      return { slot, known: conflicts, parts: new Map(), built, index: composeIndex(conflicts, (c) => built.get(c)) };
    }));
    reading.catch(() => this.forget(reading));
    return reading;
  }

  /** Drops a reading that failed, unless a newer one has replaced it already. */
  private forget(reading: Promise<Reading>): void {
    if (this.reading === reading) this.reading = null;
  }

  private async indexFor(pending: Promise<Reading>, conflicts: readonly string[]): Promise<RecordIndex> {
    const reading = await pending;
    const missing = conflicts.filter((c) => reading.known.has(c) && !reading.parts.has(c));
    if (missing.length > 0) {
      const records = this.source.conflictRecords(reading.slot, missing).then((read) => {
        this.timings.loaded ??= performance.now();
        return read;
      });
      for (const conflict of missing) {
        const part = records.then((read) => {
          const index = indexConflict(read.get(conflict) ?? []);
          reading.built.set(conflict, index);
          this.timings.indexed ??= performance.now();
          return index;
        });
        part.catch(() => this.forget(pending));
        reading.parts.set(conflict, part);
      }
    }
    await Promise.all(conflicts.map((c) => reading.parts.get(c)));
    return reading.index;
  }
}
