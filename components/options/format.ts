/** Display helpers shared by the options components. */

const numbers = new Intl.NumberFormat('en');
export const formatCount = (n: number): string => numbers.format(n);

/** "22 Nov 2026, 11:07" in the reader's own time zone. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Only https links are made clickable: anything else in a dataset is shown as text. */
export function safeHref(url: string): string | null {
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
