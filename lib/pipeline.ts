/**
 * The one page pipeline: readable text → claims → verdicts, exactly as the extension runs it.
 * The page's context (title, publication date) is given once; its text is checked in chunks, each
 * with offsets into that chunk. The background checks the chunks the content script sends with
 * `checkChunk`; `checkPage` cuts a whole text into the content script's pieces and checks each the
 * same way, for the `scan` command and the real-browser tests' expectations. DOM-free: callers turn
 * HTML into text first (lib/context/html-page.ts).
 */
import { conflictAt, pageConflicts } from './context';
import { extractClaims } from './extract';
import { splitText } from './page/pieces';
import type { Claim } from './claim';
import type { CheckedClaim, PageContext } from './verdict';
import { inferDateWindow, verify, type RecordIndex } from './verify';

/** What is known about a page before its text is read; sent once per page. */
export interface PageInfo {
  /** The document's title: read only as evidence of the page's conflict (its figures are not marked). */
  title: string;
  /** Publication date (YYYY-MM-DD) from the page's metadata or date line, or null when unknown. */
  published: string | null;
}

export interface PageReport extends PageContext {
  claims: CheckedClaim[];
}

/** A chunk's figures found and placed in their conflicts, before any record is looked at. */
export interface ReadChunk {
  published: string | null;
  conflicts: string[];
  found: { claim: Claim; conflict: string | null }[];
}

/**
 * Finds every casualty figure in one chunk of a page and the conflict each is checked against. The
 * chunk's conflicts come from its own text with the page title as further evidence (a lone
 * paragraph often names no place, but the title names the war). A figure is checked against its
 * own paragraph's conflict when the paragraph is clearly about one (or about a disaster, then
 * none), else the chunk's leading one. Needs no dataset, so the worker can do it while it is
 * still reading the records of the conflicts this finds.
 */
export function readChunk(page: PageInfo, text: string): ReadChunk {
  const title = page.title.trim();
  const { conflicts, paragraphs } = pageConflicts(text, text.startsWith(title) ? '' : title);
  const found = extractClaims(text).map((claim) => {
    const paragraph = conflictAt(paragraphs, claim.start);
    return { claim, conflict: paragraph === undefined ? (conflicts[0] ?? null) : paragraph };
  });
  return { published: page.published, conflicts, found };
}

/** The conflicts whose records checking this chunk reads (its figures' conflicts). */
export function conflictsToCheck(read: ReadChunk): string[] {
  return [...new Set(read.found.flatMap((f) => (f.conflict === null ? [] : [f.conflict])))];
}

/** Checks a read chunk's figures; `index` must hold the records of its `conflictsToCheck`. */
export function judgeChunk(read: ReadChunk, text: string, index: RecordIndex): PageReport {
  const { published, conflicts, found } = read;
  // Without a date, the text itself may still say when it was written: the dates it mentions, or
  // a running figure it quotes that was published on a known day.
  const window = published || found.length === 0 ? null : inferDateWindow(text, found, index);
  // Each claim is this chunk's own new object: its verdict joins it in place (no copy per claim).
  const claims = found.map(({ claim, conflict }): CheckedClaim => Object.assign(claim, verify(claim, { published, conflicts, conflict, window }, index)));
  return { published, conflicts, claims };
}

/** Finds and checks every casualty figure in one chunk of a page (`readChunk`, then `judgeChunk`). */
export function checkChunk(page: PageInfo, text: string, index: RecordIndex): PageReport {
  return judgeChunk(readChunk(page, text), text, index);
}

/**
 * A whole page's text checked the way the extension checks it: cut into the pieces its content
 * script sends, each checked with `checkChunk`; claim offsets index the whole text.
 */
export function checkPage(page: PageInfo, text: string, index: RecordIndex): PageReport {
  const claims: CheckedClaim[] = [];
  const conflicts: string[] = [];
  for (const piece of splitText(text)) {
    const report = checkChunk(page, piece.text, index);
    for (const c of report.conflicts) if (!conflicts.includes(c)) conflicts.push(c);
    // The chunk's claims are its own new objects: move them to whole-text offsets in place.
    for (const c of report.claims) {
      c.start += piece.base;
      c.end += piece.base;
      claims.push(c);
    }
  }
  return { published: page.published, conflicts, claims };
}
