/**
 * Which conflict(s) a text is about, from the evidence in it, for the whole article and for each
 * paragraph: a live blog or round-up mixes stories, and a figure belongs to its own paragraph's war.
 */
import { DISASTER, scanEvidence, tally, type Hit } from './evidence';

/** Least evidence for an article to be about a conflict (one strong name, or a few weaker ones). */
const ARTICLE_MIN = 3;
/** A secondary conflict must have this share of the leading one's evidence to be listed. */
const SECONDARY_SHARE = 0.25;
/** A paragraph is clear when its leading conflict has this much evidence, and twice the runner-up's. */
const PARAGRAPH_MIN = 2;

/** Conflicts by evidence, strongest first, and the disaster evidence beside them. */
function ranked(scores: Map<string, number>): { ranks: [string, number][]; disaster: number } {
  const ranks = [...scores].filter(([slug]) => slug !== DISASTER).sort((a, b) => b[1] - a[1]);
  return { ranks, disaster: scores.get(DISASTER) ?? 0 };
}

function articleConflicts(hits: Hit[]): string[] {
  const { ranks, disaster } = ranked(tally(hits, 0, Infinity).scores);
  const top = ranks[0]?.[1] ?? 0;
  if (top < ARTICLE_MIN || disaster > top) return [];
  return ranks.filter(([, s]) => s >= top * SECONDARY_SHARE).map(([slug]) => slug);
}

/**
 * Conflict slugs an article is about, most evidence first; empty when none is recognised or when
 * it is about a natural disaster rather than a war.
 */
export function inferConflicts(text: string): string[] {
  return articleConflicts(scanEvidence(text));
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
export function paragraphConflicts(text: string, conflicts?: string[]): ParagraphConflict[] {
  const hits = scanEvidence(text);
  return byParagraph(text, hits, conflicts ?? articleConflicts(hits), disasterPage(hits));
}

/** Share of the leading conflict's evidence from which disaster evidence makes a page a mixed one. */
const MIXED_DISASTER_SHARE = 0.5;

/**
 * The article's conflicts and each paragraph's, from a single reading of the text. The page
 * `title` counts as evidence for the article (a piece of a long page often names no place, but the
 * title names the war); it belongs to no paragraph.
 */
export function pageConflicts(text: string, title = ''): { conflicts: string[]; paragraphs: ParagraphConflict[] } {
  const hits = scanEvidence(text);
  // Title hits sit before the text (offset -1), so the paragraph walk passes over them.
  const all = title ? [...scanEvidence(title).map((h) => ({ ...h, offset: -1 })), ...hits] : hits;
  const conflicts = articleConflicts(all);
  return { conflicts, paragraphs: byParagraph(text, hits, conflicts, disasterPage(all)) };
}

/** The page is as much about a disaster as about any war (an earthquake report from a country at war). */
function disasterPage(hits: Hit[]): boolean {
  const { ranks, disaster } = ranked(tally(hits, 0, Infinity).scores);
  return disaster > 0 && disaster >= (ranks[0]?.[1] ?? 0) * MIXED_DISASTER_SHARE;
}

// What a war does, as against where it is: on a disaster page a paragraph naming only places of
// the war ("In the capital Naypyitaw, … 96 people were killed") is about the disaster.
const WAR_ACT_RE =
  /\b(?:air ?strikes?|strikes?|shelling|shelled|bomb(?:s|ing|ed)?|attacks?|attacked|fighting|clashes|offensive|raids?|troops|soldiers|militants|rebels|insurgents|militias?|gunmen|army|military|junta forces|drones?|missiles?|rockets?|artillery|ceasefire|war)\b/i;

/**
 * Each line's conflict. A line that names none takes the article's leading conflict, except on a
 * page as much about a disaster as a war (a quake live blog from a country at war): there such a
 * line could be about either, so it gets none, and a line naming the war's places gets the war
 * only when it tells of an act of war.
 */
function byParagraph(text: string, hits: Hit[], conflicts: string[], mixed: boolean): ParagraphConflict[] {
  const fallback = mixed ? null : (conflicts[0] ?? null);
  const out: ParagraphConflict[] = [];
  let next = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) {
      while (next < hits.length && hits[next].offset < start) next++;
      const counted = tally(hits, next, end);
      next = counted.next;
      const { ranks, disaster } = ranked(counted.scores);
      const [lead, second] = [ranks[0]?.[1] ?? 0, ranks[1]?.[1] ?? 0];
      let conflict: string | null = fallback;
      if (disaster > 0 && disaster >= lead) conflict = null;
      else if (lead >= PARAGRAPH_MIN && lead >= 2 * second && (!mixed || WAR_ACT_RE.test(text.slice(start, end)))) conflict = ranks[0][0];
      out.push({ start, end, conflict });
    }
    start = end + 1;
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
