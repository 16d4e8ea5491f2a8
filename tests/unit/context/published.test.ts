import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { latestDateMentioned, publishedFromText, readPublished } from '../../../lib/context';

const page = (head: string, body = '<p>Text.</p>') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('readPublished', () => {
  it.each<[string, string, string, string | null]>([
    ['Open Graph article time', '<meta property="article:published_time" content="2022-03-08T14:17:00+00:00">', '', '2022-03-08'],
    ['keeps the publisher’s calendar date', '<meta property="article:published_time" content="2022-03-08T23:30:00-05:00">', '', '2022-03-08'],
    ['JSON-LD NewsArticle', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-10-18T10:56:00-04:00"}</script>', '', '2024-10-18'],
    [
      'JSON-LD @graph',
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2025-07-17"}]}</script>',
      '',
      '2025-07-17',
    ],
    ['broken JSON-LD is skipped', '<script type="application/ld+json">{oops</script><meta name="date" content="2023-05-02">', '', '2023-05-02'],
    ['parsely-pub-date', '<meta name="parsely-pub-date" content="2021-11-30T08:00:00Z">', '', '2021-11-30'],
    ['dc.date, any case', '<meta name="DC.date" content="2020-01-15">', '', '2020-01-15'],
    ['<time datetime>', '', '<article><time datetime="2022-04-14T09:00:00Z">14 April</time><p>Text</p></article>', '2022-04-14'],
    ['a date line in the text', '', '<h1>Headline</h1><p>Published 8 March 2022</p><p>Body.</p>', '2022-03-08'],
    ['nothing at all', '', '<p>An undated note about 12 people.</p>', null],
    // The date line is read with the same rule as the checked text (lib/page/visible-text.ts).
    [
      'a hidden date line is not the one readers see',
      '',
      '<h1>Headline</h1><div hidden><p>Published 1 January 2019</p></div><p aria-hidden="true">Published 2 February 2020</p><p>Published 8 March 2022</p>',
      '2022-03-08',
    ],
    ['a date on a button is not a date line', '', '<h1>Headline</h1><button>Updated 1 May 2021</button><p>8 March 2022, 14:17</p>', '2022-03-08'],
    ['a date line after a line break within a block', '', '<h1>Headline</h1><p>By A. Writer<br>Published 8 March 2022</p>', '2022-03-08'],
  ])('%s', (_name, head, body, expected) => {
    expect(readPublished(page(head, body || undefined))).toBe(expected);
  });

  it('prefers metadata over a date in the text', () => {
    expect(readPublished(page('<meta property="article:published_time" content="2022-03-09">', '<p>Published 1 March 2022</p>'))).toBe('2022-03-09');
  });
});

describe('publishedFromText', () => {
  it.each<[string, string, string | null]>([
    ['day month year with time and update', 'Headline here\n\n8 March 2022, 14:17 | Updated: 8 March 2022, 14:19\n\nBody', '2022-03-08'],
    ['weekday first', 'Headline\nBy A Reporter\nFriday 18 October 2024 10:56 EDT\nBody', '2024-10-18'],
    ['US style', 'Headline\nMarch 8, 2022 14:17\nBody', '2022-03-08'],
    ['"Published" label', 'Headline\nPublished: 3 Sept 2023\nBody', '2023-09-03'],
    ['a date inside a sentence is not a date line', 'Headline\nTroops entered the town on 12 April 2022, officials said.\nBody', null],
    ['a dateline with its place, then the update and byline', 'Headline\n\nBeirut, 1 November 2024 | Updated 22:10 | By Rana Haddad\n\nBody', '2024-11-01'],
    ['published after the byline, with a time and weekday', 'Headline\nBy Jo Ellis | Published 7:12 AM EDT, Sun July 6, 2025 | Updated 1:48 PM EDT\nBody', '2025-07-06'],
    ['published preferred to updated on one line', 'Headline\nUpdated 4 May 2025 | Published 2 May 2025, 09:00\nBody', '2025-05-02'],
    ['only an update date', 'Headline\nUpdated 6 May 2025 14:20 · Staff\nBody', '2025-05-06'],
    ['a sentence part with a date is no date line', 'Headline\nShare | Troops entered on 12 April 2022\nBody', null],
    [
      'a long caption with a date is not a date line',
      `Headline\nSoldiers walk in a building near Kharkiv, Ukraine, Tuesday, April 12, 2022. ${'More caption words. '.repeat(5)}\nBody`,
      null,
    ],
    ['a date line far down the text is not the article’s', `${'Line of body text.\n'.repeat(60)}8 March 2022\n`, null],
  ])('%s', (_name, text, expected) => {
    expect(publishedFromText(text)).toBe(expected);
  });
});

describe('latestDateMentioned', () => {
  it('takes the latest date written in the text, ignoring future ones', () => {
    const text = 'Photo taken on April 12, 2022. Another on April 13, 2022. Talks are set for 1 June 2031. Earlier, on 3 March 2022…';
    expect(latestDateMentioned(text, '2026-01-01')).toBe('2022-04-13');
  });
  it('is null for a text without full dates', () => {
    expect(latestDateMentioned('Since February, 2022 and last month.', '2026-01-01')).toBeNull();
  });
});
