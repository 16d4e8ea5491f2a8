/**
 * Where the clause holding the end of a stretch of text begins: just after the last separator in
 * it. Written as a scan from the end because the pattern it replaces, /[^;:—–]*$/, is retried
 * from every position before the last separator: quadratic in the text before a figure.
 */
export function afterLastOf(text: string, separators: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (separators.includes(text[i])) return i + 1;
  return 0;
}
