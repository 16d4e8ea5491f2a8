/**
 * Node side of the pipeline for the `scan` command: a saved HTML page or a .txt file → the text the
 * extension would read and the publication date it would know. Uses linkedom (no layout), so only
 * tag names and attributes decide what is visible.
 */
import { parseHTML } from 'linkedom';
import { readVisibleText } from '../page/visible-text';
import { latestDateMentioned, publishedFromText, readPublishedMetadata } from './published';

/** Where the publication date came from, so output can say how sure it is. */
export type PublishedFrom = 'metadata' | 'date-line' | 'latest-date-in-text' | null;

export interface PageText {
  text: string;
  published: string | null;
  publishedFrom: PublishedFrom;
}

export function pageFromHtml(html: string): PageText {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const text = readVisibleText(doc).text;
  const published = readPublishedMetadata(doc);
  if (published) return { text, published, publishedFrom: 'metadata' };
  return fromTextOnly(text);
}

/**
 * A plain text has no metadata: its date line near the top if it has one, else the latest date it
 * mentions (photo captions, "on 13 April 2022 …") as the nearest estimate, else unknown.
 */
export function pageFromText(text: string): PageText {
  return fromTextOnly(text);
}

function fromTextOnly(text: string): PageText {
  const dateLine = publishedFromText(text);
  if (dateLine) return { text, published: dateLine, publishedFrom: 'date-line' };
  const latest = latestDateMentioned(text);
  return latest ? { text, published: latest, publishedFrom: 'latest-date-in-text' } : { text, published: null, publishedFrom: null };
}
