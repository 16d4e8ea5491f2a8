import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { isoDay, readPublished } from '../../../lib/page/published';

const doc = (head: string, body = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document;

test('reads the Open Graph article date, then JSON-LD, then a <time> element', () => {
  expect(readPublished(doc('<meta property="article:published_time" content="2025-03-14T09:30:00Z">'))).toBe('2025-03-14');
  expect(readPublished(doc('<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2024-11-02T06:00:00+02:00"}</script>'))).toBe('2024-11-02');
  expect(readPublished(doc('', '<article><time datetime="2023-10-09">9 Oct</time></article>'))).toBe('2023-10-09');
});

test('no date or a malformed one gives null', () => {
  expect(readPublished(doc('<meta name="date" content="yesterday">'))).toBeNull();
  expect(isoDay('2025-02-30')).toBeNull();
  expect(readPublished(doc(''))).toBeNull();
});
