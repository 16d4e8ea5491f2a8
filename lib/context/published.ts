/**
 * When was the article published? Page metadata first (what publishers give search engines and
 * social sites), then the date line readers see under the headline. Returns YYYY-MM-DD or null.
 */
import { TextReader } from '../page/visible-text';
import { dateOfMatch, parseDate, WRITTEN_DATE } from './parse-date';

/** Meta tags (name, property or itemprop, lower-cased) that carry the first publication date, best first. */
const META_KEYS = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'article.published',
];

export function readPublished(doc: Document): string | null {
  return readPublishedMetadata(doc) ?? (doc.body ? publishedFromText(topLines(doc.body)) : null);
}

/** The date publishers put in markup for machines: meta tags, JSON-LD, `<time datetime>`. */
export function readPublishedMetadata(doc: Document): string | null {
  return fromMeta(doc) ?? fromJsonLd(doc) ?? fromTimeElement(doc);
}

/**
 * The start of the page's text as a reader sees it, one line per block, so a byline's date stands
 * on its own line. It is the same walk as the text that gets checked (lib/page/visible-text.ts:
 * same skipped elements, same block breaks), stopped once past the top of the page.
 */
function topLines(root: Element): string {
  const reader = new TextReader(root);
  reader.run(() => reader.readLength > TOP_CHARS);
  return reader.result().text.replace(/\n\n/g, '\n');
}

function fromMeta(doc: Document): string | null {
  const byKey = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const content = meta.getAttribute('content');
    if (key && content && !byKey.has(key)) byKey.set(key, content);
  }
  for (const key of META_KEYS) {
    const date = parseDate(byKey.get(key));
    if (date) return date;
  }
  return null;
}

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Broken JSON-LD is common; the other sources may still hold the date.
    }
    const date = findDatePublished(data, 0);
    if (date) return date;
  }
  return null;
}

/** Depth-first through arrays, @graph and nested objects, for the first parseable datePublished. */
function findDatePublished(node: unknown, depth: number): string | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const date = findDatePublished(item, depth + 1);
      if (date) return date;
    }
    return null;
  }
  const obj = node as Record<string, unknown>;
  const own = typeof obj.datePublished === 'string' ? parseDate(obj.datePublished) : null;
  if (own) return own;
  for (const value of Object.values(obj)) {
    const date = findDatePublished(value, depth + 1);
    if (date) return date;
  }
  return null;
}

function fromTimeElement(doc: Document): string | null {
  const preferred = doc.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime], article time[datetime], header time[datetime]');
  const time = preferred ?? doc.querySelector('time[datetime]');
  return parseDate(time?.getAttribute('datetime'));
}

/** How far into a text a date line may sit and still be the article's (headline, standfirst, byline). */
const TOP_LINES = 40;
const TOP_CHARS = 3000;
const DATE_LINE_MAX = 160;
/** What may come before the date in one part of a date line: a label, a time, a weekday. */
const DATE_LINE_START =
  /^\s*(?:(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|(?:last\s+)?updated(?:\s+on)?|date)?\s*:?\s*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\b)?,?\s*)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?$/i;
// "Beirut, 1 November 2024": a dateline's place before its date.
const PLACE_START = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s*$/u;
// A date line's parts: "By Jordan Ellis | Published 7:12 AM EDT, Sun July 6, 2025 | Updated 1:48 PM".
const PART_SEPARATOR = /\s*[|·•]\s*/;
const UPDATED_RE = /^\s*(?:last\s+)?updated\b/i;

/**
 * The date line under a headline ("8 March 2022, 14:17 | Updated: …", "Published Friday 18 October
 * 2024", "March 8, 2022 14:17", "Beirut, 1 November 2024 | Updated 22:10 | By …", "Staff |
 * Published 23 October 2025, 18:20"): the first short line near the top with a part that starts
 * with a date. The published date is preferred to an updated one on the same line.
 */
export function publishedFromText(text: string): string | null {
  const lines = text.slice(0, TOP_CHARS).split('\n').slice(0, TOP_LINES);
  for (const line of lines) {
    if (line.trim().length > DATE_LINE_MAX) continue;
    let updated: string | null = null;
    for (const part of line.split(PART_SEPARATOR)) {
      const date = partDate(part);
      if (!date) continue;
      if (!UPDATED_RE.test(part)) return date;
      updated ??= date;
    }
    if (updated) return updated;
  }
  return null;
}

/** The date a part of a date line starts with (after its label, time or place), if any. */
function partDate(part: string): string | null {
  for (const m of part.matchAll(WRITTEN_DATE)) {
    const before = part.slice(0, m.index);
    return DATE_LINE_START.test(before) || PLACE_START.test(before) ? dateOfMatch(m) : null;
  }
  return null;
}

/**
 * The latest date written anywhere in a text, ignoring dates after `today`: when a text has no date
 * line, the article was published on or after the last day it mentions, usually within days of it.
 */
export function latestDateMentioned(text: string, today: string = new Date().toISOString().slice(0, 10)): string | null {
  let latest: string | null = null;
  for (const m of text.matchAll(WRITTEN_DATE)) {
    const date = dateOfMatch(m);
    if (date && date <= today && (latest === null || date > latest)) latest = date;
  }
  return latest;
}
