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
