/**
 * Checks page text against the active dataset. The index is built once from the dataset store
 * (which falls back to the bundled dataset) and rebuilt when the options page changes the dataset.
 */
import { checkChunk, type PageInfo, type PageReport } from '../../lib/pipeline';
import { buildIndex, type RecordIndex } from '../../lib/verify';
import type { Dataset } from '../../lib/dataset/schema';

export type DatasetLoader = () => Promise<Dataset>;

export class Checker {
  private index: Promise<RecordIndex> | null = null;
  /** Milliseconds since the worker started at which each step of getting ready ended (for bench:page). */
  readonly timings: Record<string, number> = {};

  constructor(private readonly load: DatasetLoader) {}

  /**
   * Loads the dataset and runs the NLP once on a short made-up sentence, so the first real page
   * does not pay for cold start (the first extraction in a fresh worker is ~10× slower).
   */
  async warm(): Promise<void> {
    await this.check('Officials said at least 12 people were killed and 30 wounded on Monday.', { title: 'Warm-up', published: null });
    this.timings.warm ??= performance.now();
  }

  /** Drops the index; the next check loads the dataset again. */
  reload(): void {
    this.index = null;
  }

  /** Finds and checks the figures in one chunk of a page's text (lib/pipeline.ts: the one pipeline). */
  async check(text: string, page: PageInfo): Promise<PageReport> {
    this.index ??= this.load().then((d) => {
      this.timings.loaded ??= performance.now();
      const index = buildIndex(d.records);
      this.timings.indexed ??= performance.now();
      return index;
    });
    const index = await this.index.catch((err) => {
      this.index = null;
      throw err;
    });
    return checkChunk(page, text, index);
  }
}
