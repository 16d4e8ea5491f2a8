/**
 * Dates as publishers write them → YYYY-MM-DD. ISO timestamps keep the publisher's own calendar date
 * (2022-03-08T23:30-05:00 is the 8th where it was published, not the 9th in UTC).
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** "8 March 2022" */
const DAY_MONTH_YEAR = `(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`;
/** "March 8, 2022" */
const MONTH_DAY_YEAR = `${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`;
const ISO = '(\\d{4})-(\\d{2})-(\\d{2})';

/** Finds every written date in a text, with its position. */
export const WRITTEN_DATE = new RegExp(`\\b(?:${DAY_MONTH_YEAR}\\b|${MONTH_DAY_YEAR}\\b|${ISO}(?!\\d))`, 'gi');

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2100 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** The date of one WRITTEN_DATE match. */
export function dateOfMatch(m: RegExpMatchArray): string | null {
  const month = (name: string) => MONTHS[name.slice(0, 3).toLowerCase()];
  if (m[1]) return iso(Number(m[3]), month(m[2]), Number(m[1]));
  if (m[4]) return iso(Number(m[6]), month(m[4]), Number(m[5]));
  return iso(Number(m[7]), Number(m[8]), Number(m[9]));
}

/** The first date written in a string ("2022-03-08T14:17:00Z", "March 8, 2022 14:17", "8 March 2022"), or null. */
export function parseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  for (const m of value.matchAll(WRITTEN_DATE)) {
    const date = dateOfMatch(m);
    if (date) return date;
  }
  // Compact forms some CMSs put in meta tags: 20220308 or 2022/03/08.
  const compact = /\b(\d{4})[/.]?(\d{2})[/.]?(\d{2})(?:\b|T)/.exec(value);
  return compact ? iso(Number(compact[1]), Number(compact[2]), Number(compact[3])) : null;
}
