/** Page and dataset text as TollCheck shows it: never markup, never obeyed as layout controls. */

/**
 * Text from the page or a dataset, made safe to show: line breaks and tabs become spaces, other
 * control characters and every bidirectional control (U+202E would show "gro.nu" as "un.org")
 * are shown as a visible code instead of acting on the text around them.
 */
export function visible(text: string): string {
  return text
    .replace(/[\t\n\r\f\v\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}
