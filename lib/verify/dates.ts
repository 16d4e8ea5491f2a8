/** Calendar arithmetic on YYYY-MM-DD strings, as whole UTC days so time zones never shift a date. */

const MS_PER_DAY = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days since 1970-01-01 for an ISO date; NaN when the string is not a date. */
export function dayNumber(iso: string): number {
  // Fixed positions: parsing runs for every record when an index is built.
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return iso.length === 10 && iso[4] === '-' && iso[7] === '-' ? Date.UTC(y, m - 1, d) / MS_PER_DAY : NaN;
}

/** YYYY-MM-DD of a day number (remembered: reasons and charts name the same few days again and again). */
const isoOfDays = new Map<number, string>();

export function isoOfDay(day: number): string {
  let iso = isoOfDays.get(day);
  if (iso === undefined) {
    if (isoOfDays.size > 5000) isoOfDays.clear();
    isoOfDays.set(day, (iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)));
  }
  return iso;
}

/** "6 March 2022": the form readers of any English outlet understand. */
const formatted = new Map<string, string>();

export function formatDate(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    if (formatted.size > 5000) formatted.clear();
    const [y, m, d] = iso.split('-').map(Number);
    formatted.set(iso, (text = `${d} ${MONTHS[m - 1]} ${y}`));
  }
  return text;
}

/** "2 days before the article", "the same day as the article", "3 days after the article". */
export function describeAge(recordDay: number, articleDay: number): string {
  const gap = articleDay - recordDay;
  if (gap === 0) return 'the same day as the article';
  const n = Math.abs(gap);
  return `${n} day${n === 1 ? '' : 's'} ${gap > 0 ? 'before' : 'after'} the article`;
}
