/**
 * The one pipeline shared by the extension's background and the `scan` command:
 * readable text → claims → verdicts. DOM-free: callers turn HTML into text first.
 */
import { conflictAt, pageConflicts } from './context';
import { extractClaims } from './extract';
import type { CheckedClaim, PageContext } from './verdict';
import { verify, type RecordIndex } from './verify';

export interface PageReport extends PageContext {
  claims: CheckedClaim[];
}

export interface TextInfo {
  /** Publication date (YYYY-MM-DD) from the page's metadata or date line, or null when unknown. */
  published: string | null;
  /**
   * The whole page's conflicts (inferConflicts on all its text) when `text` is one chunk of it, so a
   * paragraph that names no place still gets the article's conflict. Inferred from `text` if absent.
   */
  conflicts?: string[];
}

/**
 * Extracts every casualty figure in `text` and checks each against the dataset index. A figure is
 * checked against its own paragraph's conflict when the paragraph is clearly about one (or about a
 * disaster, then none), else against the article's leading conflict.
 */
export function checkText(text: string, info: TextInfo, index: RecordIndex): PageReport {
  const published = info.published;
  const { conflicts, paragraphs } = pageConflicts(text, info.conflicts);
  const claims = extractClaims(text, { published }).map((claim): CheckedClaim => {
    const paragraph = conflictAt(paragraphs, claim.start);
    const conflict = paragraph === undefined ? (conflicts[0] ?? null) : paragraph;
    return { ...claim, ...verify(claim, { published, conflicts, conflict }, index) };
  });
  return { published, conflicts, claims };
}
