/**
 * Whitespace as a reader sees it. Page text keeps its source's layout: pretty-printed HTML wraps a
 * sentence over indented lines ("no more\n        than 4,000"), and the rules match words joined by
 * single spaces. Extraction therefore reads a copy where a soft wrap (one line break followed by
 * indentation) or a run of spaces is a single space, and maps offsets back to the original.
 * Blank lines, unindented line breaks and tabs stay: they end paragraphs, headlines and table rows.
 */

// A soft wrap is one line break with indentation between two words; tabs are left alone, since
// they separate table columns.
const SOFT_SPACE_RE = /[ \t]*\r?\n[ \t]+(?=\S)| {2,}/g;
const HINT_RE = /[ \n][ \t]/;

export interface FlatText {
  text: string;
  /** Original offset of the character at `i` in the flat text. */
  start(i: number): number;
  /** Original offset just past the character before `i` in the flat text (for exclusive ends). */
  end(i: number): number;
}

/** The flat copy of `text`, or null when it has nothing to flatten (the common case). */
export function flattenWhitespace(text: string): FlatText | null {
  // Both shapes need a space or tab right after a space or a line break; most texts have none.
  if (!HINT_RE.test(text)) return null;
  SOFT_SPACE_RE.lastIndex = 0;
  const parts: string[] = [];
  // Breakpoints: from flat offset flatAt[k] on, flat i sits at original origAt[k] + (i - flatAt[k]).
  // Only claims' offsets are ever mapped, so a search over the breakpoints beats a per-character table.
  const flatAt: number[] = [0];
  const origAt: number[] = [0];
  let from = 0;
  let flatLength = 0;
  for (let m = SOFT_SPACE_RE.exec(text); m; m = SOFT_SPACE_RE.exec(text)) {
    // A line break after a blank line or at the very start is a paragraph break, not a soft wrap
    // (checked here rather than by a lookbehind, which would slow the scan of every character).
    if (m[0].includes('\n') && (m.index === 0 || /\s/.test(text[m.index - 1]))) {
      SOFT_SPACE_RE.lastIndex = m.index + 1;
      continue;
    }
    parts.push(text.slice(from, m.index), ' ');
    flatLength += m.index - from;
    flatAt.push(flatLength, flatLength + 1);
    origAt.push(m.index, m.index + m[0].length);
    flatLength += 1;
    from = m.index + m[0].length;
  }
  if (parts.length === 0) return null;
  parts.push(text.slice(from));
  const toOriginal = (i: number) => {
    let lo = 0;
    let hi = flatAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (flatAt[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return origAt[lo] + (i - flatAt[lo]);
  };
  return {
    text: parts.join(''),
    start: toOriginal,
    end: (i) => (i === 0 ? 0 : toOriginal(i - 1) + 1),
  };
}
