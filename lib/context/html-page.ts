/**
 * Node side of the pipeline for the `scan` command: a saved HTML page or a .txt file → the text the
 * extension would read and the page context it would know (title, publication date). Uses
 * linkedom (no layout), so only tag names and attributes decide what is visible. The date is found
 * exactly as the content script finds it (metadata, else the date line under the headline); an
 * undated page's window is inferred later, from its text, by the pipeline itself.
 */
import { parseHTML } from 'linkedom';
import { readVisibleText } from '../page/visible-text';
import { publishedFromText, readPublished, readPublishedMetadata } from './published';

/** Where the publication date came from, so output can say how sure it is. */
export type PublishedFrom = 'metadata' | 'date-line' | null;

export interface PageText {
  text: string;
  /** The document's title ('' for a plain text file). */
  title: string;
  published: string | null;
  publishedFrom: PublishedFrom;
}

export function pageFromHtml(html: string): PageText {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const text = readVisibleText(doc).text;
  const title = doc.title ?? '';
  if (readPublishedMetadata(doc)) return { text, title, published: readPublishedMetadata(doc), publishedFrom: 'metadata' };
  const published = readPublished(doc);
  return { text, title, published, publishedFrom: published ? 'date-line' : null };
}

/** A plain text has no metadata: its date line near the top if it has one, else no date. */
export function pageFromText(text: string): PageText {
  const dateLine = publishedFromText(text);
  return { text, title: '', published: dateLine, publishedFrom: dateLine ? 'date-line' : null };
}
