/**
 * Which conflict(s) a text is about, from the evidence in it, for the whole article and for each
 * paragraph: a live blog or round-up mixes stories, and a figure belongs to its own paragraph's war.
 */
import { CONFLICT_TERMS, DISASTER_TERMS, score } from './conflict-terms';

/** Least evidence for an article to be about a conflict (one strong name, or a few weaker ones). */
const ARTICLE_MIN = 3;
/** A secondary conflict must have this share of the leading one's evidence to be listed. */
const SECONDARY_SHARE = 0.25;
/** A paragraph is clear when its leading conflict has this much evidence, and twice the runner-up's. */
const PARAGRAPH_MIN = 2;

function ranked(text: string): [string, number][] {
  return Object.entries(CONFLICT_TERMS)
    .map(([slug, list]): [string, number] => [slug, score(text, list)])
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1]);
}

/**
 * Conflict slugs an article is about, most evidence first; empty when none is recognised or when
 * it is about a natural disaster rather than a war.
 */
export function inferConflicts(text: string): string[] {
  const ranks = ranked(text);
  const top = ranks[0]?.[1] ?? 0;
  if (top < ARTICLE_MIN || score(text, DISASTER_TERMS) > top) return [];
  return ranks.filter(([, s]) => s >= top * SECONDARY_SHARE).map(([slug]) => slug);
}

export interface ParagraphConflict {
  start: number;
  end: number;
  /** The paragraph's conflict; null for a paragraph about a disaster, or when the article has none. */
  conflict: string | null;
}

/**
 * Each paragraph (line) with its conflict: its own when it is clear, none when it is about a
 * disaster, else the article's leading conflict.
 */
export function paragraphConflicts(text: string, articleConflicts: string[] = inferConflicts(text)): ParagraphConflict[] {
  const out: ParagraphConflict[] = [];
  const fallback = articleConflicts[0] ?? null;
  for (const m of text.matchAll(/[^\n]+/g)) {
    const paragraph = m[0];
    const ranks = ranked(paragraph);
    const [lead, second] = [ranks[0]?.[1] ?? 0, ranks[1]?.[1] ?? 0];
    const disaster = score(paragraph, DISASTER_TERMS);
    let conflict: string | null = fallback;
    if (disaster > 0 && disaster >= lead) conflict = null;
    else if (lead >= PARAGRAPH_MIN && lead >= 2 * second) conflict = ranks[0][0];
    out.push({ start: m.index!, end: m.index! + paragraph.length, conflict });
  }
  return out;
}

/**
 * The conflict of the paragraph holding `offset` (binary search); undefined when the offset is in
 * no paragraph (e.g. on a line break), so the caller falls back to the article's conflict.
 */
export function conflictAt(paragraphs: ParagraphConflict[], offset: number): string | null | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].end < offset) lo = mid + 1;
    else if (paragraphs[mid].start > offset) hi = mid - 1;
    else return paragraphs[mid].conflict;
  }
  return undefined;
}
