/**
 * Where the clause holding the end of a stretch of text begins: just after the last separator in
 * it. Written as a scan from the end because the pattern it replaces, /[^;:—–]*$/, is retried
 * from every position before the last separator: quadratic in the text before a figure.
 */
export function afterLastOf(text: string, separators: string): number {
  let last = -1;
  for (const separator of separators) last = Math.max(last, text.lastIndexOf(separator));
  return last + 1;
}

/**
 * The text before the first match of `pattern` (all of it when none): what `text.split(pattern)[0]`
 * gives, without splitting the rest of the text at every further match (a figure's clause is cut
 * at its first digit or separator; splitting cut the whole sentence after it at every digit).
 * `pattern` must not match the empty string (split would skip such a match; a search would not).
 */
export function beforeFirst(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  return at < 0 ? text : text.slice(0, at);
}
