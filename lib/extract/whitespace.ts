/**
 * Whitespace as a reader sees it. Page text keeps its source's layout: pretty-printed HTML wraps a
 * sentence over indented lines ("no more\n        than 4,000"), and the rules match words joined by
 * single spaces. Extraction therefore reads a copy where a soft wrap (one line break followed by
 * indentation) or a run of spaces is a single space, and maps offsets back to the original.
 * Blank lines, unindented line breaks and tabs stay: they end paragraphs, headlines and table rows.
 */

// A soft wrap is one line break with indentation between two words; tabs are left alone, since
// they separate table columns.
const SOFT_SPACE_RE = /(?<=\S)[ \t]*\r?\n[ \t]+(?=\S)| {2,}/g;

export interface FlatText {
  text: string;
  /** Original offset of the character at `i` in the flat text. */
  start(i: number): number;
  /** Original offset just past the character before `i` in the flat text (for exclusive ends). */
  end(i: number): number;
}

/** The flat copy of `text`, or null when it has nothing to flatten (the common case). */
export function flattenWhitespace(text: string): FlatText | null {
  SOFT_SPACE_RE.lastIndex = 0;
  if (!SOFT_SPACE_RE.test(text)) return null;
  SOFT_SPACE_RE.lastIndex = 0;
  const parts: string[] = [];
  // origin[i] = original offset of flat character i; one extra slot for the end of the text.
  const origin: number[] = [];
  let from = 0;
  for (let m = SOFT_SPACE_RE.exec(text); m; m = SOFT_SPACE_RE.exec(text)) {
    for (let i = from; i < m.index; i++) origin.push(i);
    parts.push(text.slice(from, m.index), ' ');
    origin.push(m.index);
    from = m.index + m[0].length;
  }
  for (let i = from; i < text.length; i++) origin.push(i);
  parts.push(text.slice(from));
  origin.push(text.length);
  const map = Int32Array.from(origin);
  return {
    text: parts.join(''),
    start: (i) => map[i],
    end: (i) => (i === 0 ? 0 : map[i - 1] + 1),
  };
}
