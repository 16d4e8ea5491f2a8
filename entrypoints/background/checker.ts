/**
 * Checks page text against the active dataset. The index is built once from the dataset store
 * (which falls back to the bundled dataset) and rebuilt when the options page changes the dataset.
 */
import { checkText, type PageReport } from '../../lib/pipeline';
import { buildIndex, type RecordIndex } from '../../lib/verify';
import type { Dataset } from '../../lib/dataset/schema';

export type DatasetLoader = () => Promise<Dataset>;

export class Checker {
  private index: Promise<RecordIndex> | null = null;

  constructor(private readonly load: DatasetLoader) {}

  /**
   * Loads the dataset and runs the NLP once on a short made-up sentence, so the first real page
   * does not pay for cold start (the first extraction in a fresh worker is ~10× slower).
   */
  async warm(): Promise<void> {
    await this.check('Officials said at least 12 people were killed and 30 wounded on Monday.', 'Warm-up', null);
  }

  /** Drops the index; the next check loads the dataset again. */
  reload(): void {
    this.index = null;
  }

  /**
   * Finds and checks the figures in one chunk of page text. The page title is read first as
   * context (it usually names the conflict a lone paragraph does not); claims in it are dropped
   * and the rest are given offsets into the chunk.
   */
  async check(text: string, title: string, published: string | null): Promise<PageReport> {
    this.index ??= this.load().then((d) => buildIndex(d.records));
    const index = await this.index.catch((err) => {
      this.index = null;
      throw err;
    });
    const prefix = title.trim() && !text.startsWith(title.trim()) ? `${title.trim()}\n\n` : '';
    const report = checkText(prefix + text, { published }, index);
    const claims = report.claims
      .filter((c) => c.start >= prefix.length)
      .map((c) => ({ ...c, start: c.start - prefix.length, end: c.end - prefix.length }));
    return { ...report, claims };
  }
}
