/**
 * The article's publication date from the page's metadata, as YYYY-MM-DD. Verification compares
 * figures with the records of their time, so a page without a date is checked against all times.
 */

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

/** First date found in meta tags, JSON-LD `datePublished`, or a `<time datetime>` in the article. */
export function readPublished(doc: Document): string | null {
  for (const sel of META_SELECTORS) {
    const date = isoDay(doc.querySelector(sel)?.getAttribute('content'));
    if (date) return date;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const date = isoDay(/"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '')?.[1]);
    if (date) return date;
  }
  return isoDay(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
}

/** The calendar day of a date or timestamp string, if it is one. */
export function isoDay(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : null;
}
