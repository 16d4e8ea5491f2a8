/**
 * Results kept for the last few keys asked for. Extraction asks the same sentence-level questions
 * again while it reads the several figures of one sentence and looks back over its neighbours for
 * a claimant; a window of recent keys keeps that reuse. It is deliberately small: a page-sized
 * memo would hold every sentence of a long page in the worker, and would make a text that repeats
 * itself (a benchmark built from copies) cheaper to read than a new one.
 */
export class RecentCache<K, V extends {} | null> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  /** The kept result for `key`, or the one `compute` gives (then kept, the oldest dropped). */
  get(key: K, compute: (key: K) => V): V {
    // One lookup: a kept value is never undefined (the type says so).
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
    return value;
  }
}

/**
 * How many sentences a sentence-keyed cache keeps: more than the furthest look-back for a claimant
 * (a pronoun's speaker, 15 sentences) plus the figures' own sentences, far fewer than a page holds.
 */
export const RECENT_SENTENCES = 48;
