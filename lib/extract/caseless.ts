/**
 * The same pattern without the `i` flag: every ASCII letter is spelled out in both cases ("more"
 * → "[mM][oO][rR][eE]", "[a-z]" → "[a-zA-Z]").
 *
 * Why: V8 compiles a regex when it first runs, and with the flags `iu` it closes every class over
 * case, once per class in the pattern — for `\p{L}` a set of 140,000 code points. In a browser that
 * makes the number pattern cost 7–23 ms to compile instead of 2.5–4 ms, and a cold worker pays it,
 * with the other large `iu` patterns, before it answers its first page. The words these patterns
 * match are English, so spelling out ASCII case matches what `i` matched on the text they read.
 *
 * Differences from `iu`, on purpose: the two non-ASCII letters that Unicode folds to ASCII ones
 * (the long s "ſ" and the Kelvin sign) no longer match "s" and "k", and non-ASCII letters written
 * literally in the pattern would keep their case, so such a pattern is refused. Under `iu`, `\p{Lu}` and `\p{Ll}`
 * matched every cased letter; they are widened to `\p{Lu}\p{Ll}\p{Lt}` to keep that.
 */

const CASED = '\\p{Lu}\\p{Ll}\\p{Lt}';

/** `re` without its `i` flag and with the same matches on English text (see the module comment). */
export function caseless<T extends RegExp>(re: T): T {
  if (!re.flags.includes('i')) return re;
  if (re.flags.includes('v')) throw new Error(`caseless: the v flag's nested classes are not read: /${re.source}/`);
  const unicode = re.flags.includes('u') || re.flags.includes('v');
  return new RegExp(spellCases(re.source, unicode), re.flags.replace('i', '')) as T;
}

/** The pattern source with each ASCII letter outside an escape written as both its cases. */
export function spellCases(source: string, unicode: boolean): string {
  refuseNonAsciiCase(source);
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const esc = escapeAt(source, i);
      out += inClass ? classEscape(esc, unicode) : outerEscape(esc, unicode);
      i += esc.length - 1;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        out += c;
      } else if (isAsciiLetter(c) && source[i + 1] === '-' && isAsciiLetter(source[i + 2] ?? '')) {
        // A range of letters ("a-z") and the same range in the other case.
        const to = source[i + 2];
        out += `${c}-${to}${other(c)}-${other(to)}`;
        i += 2;
      } else out += isAsciiLetter(c) ? c + other(c) : c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') out += source[++i];
      continue;
    }
    if (c === '(' && source[i + 1] === '?' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // A named group "(?<name>": the name stays as written.
      const close = source.indexOf('>', i);
      out += source.slice(i, close + 1);
      i = close;
      continue;
    }
    out += isAsciiLetter(c) ? `[${c}${other(c)}]` : c;
  }
  return out;
}

/** A cased letter outside ASCII written in the pattern would lose its other case: refused, not guessed. */
function refuseNonAsciiCase(source: string): void {
  for (const c of source) if (c > '\u007f' && c.toLowerCase() !== c.toUpperCase()) throw new Error(`caseless: "${c}" is a cased letter outside ASCII: /${source}/`);
}

/** The whole escape starting at `i` ("\\b", "\\p{L}", "\\u00A0", "\\u{1F600}", "\\k<name>", "\\cJ"). */
function escapeAt(source: string, i: number): string {
  const next = source[i + 1] ?? '';
  if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') return source.slice(i, source.indexOf('}', i) + 1);
  if (next === 'u') return source.slice(i, i + 6);
  if (next === 'x') return source.slice(i, i + 4);
  if (next === 'c') return source.slice(i, i + 3);
  if (next === 'k' && source[i + 2] === '<') return source.slice(i, source.indexOf('>', i) + 1);
  return source.slice(i, i + 2);
}

/** Under `iu`, an uppercase or lowercase property matched every cased letter. */
function widenedProperty(esc: string, unicode: boolean): string | null {
  return unicode && (esc === '\\p{Lu}' || esc === '\\p{Ll}') ? CASED : null;
}

function outerEscape(esc: string, unicode: boolean): string {
  const wide = widenedProperty(esc, unicode);
  return wide ? `[${wide}]` : esc;
}

function classEscape(esc: string, unicode: boolean): string {
  return widenedProperty(esc, unicode) ?? esc;
}

function isAsciiLetter(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

function other(c: string): string {
  return c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase();
}
