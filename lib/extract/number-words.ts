/**
 * English number words → numbers: "three", "twenty-three", "one hundred and fifty", "a thousand",
 * "two million", "1.5 million" is read elsewhere (digits). A few dozen words and one pass over them,
 * so the worker needs no NLP library (and its start-up cost) to read a spelled-out toll. The table
 * test checks it against compromise, the reference it replaced on the hot path.
 */
import { wordTable } from './word-table';

const UNITS: Record<string, number> = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS: Record<string, number> = wordTable({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const SCALES: Record<string, number> = wordTable({ thousand: 1e3, million: 1e6, billion: 1e9 });

/**
 * The value of a phrase made only of number words, or null when any word is not one or the
 * words do not form a number ("hundred hundred", "three two"). "a"/"an" count as one at the start.
 */
export function numberWordsValue(phrase: string): number | null {
  const words = phrase
    .toLowerCase()
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w !== 'and');
  if (words.length === 0) return null;
  if (words[0] === 'a' || words[0] === 'an') words[0] = 'one';
  let total = 0; // completed thousands/millions groups
  let group = 0; // the group being read (below a thousand, or a bare hundreds count)
  let last: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' = 'none';
  let lastScale = Infinity;
  for (const w of words) {
    if (w in UNITS) {
      const v = UNITS[w];
      // "twenty three" is fine; "three two" or "twelve five" are not one number.
      if (last === 'unit' || last === 'teen' || (last === 'tens' && v >= 10)) return null;
      group += v;
      last = v >= 10 ? 'teen' : 'unit';
    } else if (w in TENS) {
      if (last === 'unit' || last === 'teen' || last === 'tens') return null;
      group += TENS[w];
      last = 'tens';
    } else if (w === 'hundred') {
      if (last === 'hundred' || last === 'none' || group === 0 || group >= 100) return null;
      group *= 100;
      last = 'hundred';
    } else if (w in SCALES) {
      const scale = SCALES[w];
      if (last === 'none' || last === 'scale' || scale >= lastScale || group === 0) return null;
      total += group * scale;
      group = 0;
      lastScale = scale;
      last = 'scale';
    } else {
      return null;
    }
  }
  const value = total + group;
  return Number.isFinite(value) ? value : null;
}
