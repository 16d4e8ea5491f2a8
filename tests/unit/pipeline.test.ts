import { describe, expect, it } from 'vitest';
import { pageFromHtml, pageFromText } from '../../lib/context/html-page';
import { checkText } from '../../lib/pipeline';
import { buildIndex } from '../../lib/verify';
import { handover, un } from './verify/make';

// A made-up round-up in the style of a live blog: a Ukraine story, then an earthquake story.
const ARTICLE = [
  'Round-up: repatriation and a quake',
  '',
  '12 May 2024, 09:00',
  '',
  'Kyiv said on Sunday that the bodies of 212 soldiers had been returned to Ukraine, in the latest handover since Zelensky called for more exchanges near Donetsk.',
  '',
  'In a separate story, an earthquake in the mountains killed 40 people, rescuers said.',
].join('\n');

const index = buildIndex([handover(212, '2024-05-12', 'ukraine'), un(10000, '2024-04-30')]);

describe('checkText', () => {
  const page = pageFromText(ARTICLE);
  const report = checkText(page.text, page, index);
  const at = (figure: string) => report.claims.find((c) => c.figure.includes(figure));

  it('reads the date line and the article’s conflict', () => {
    expect(report.published).toBe('2024-05-12');
    expect(report.conflicts).toEqual(['russia-ukraine']);
  });

  it('gives every claim a verdict with its reason and references', () => {
    const bodies = at('212');
    expect(bodies?.status).toBe('corroborated');
    expect(bodies?.reason).toContain('12 May 2024');
    expect(bodies?.references[0].best).toBe(212);
  });

  it('checks a figure in a disaster paragraph against no conflict', () => {
    const quake = at('40');
    expect(quake?.status).toBe('no_data');
  });

  it('keeps offsets into the text it was given', () => {
    for (const c of report.claims) expect(ARTICLE.slice(c.start, c.end)).toBe(c.figure);
  });
});

describe('checkText on one chunk of a page', () => {
  it('uses the page’s conflicts for a paragraph that names none', () => {
    const chunk = 'Officials said the bodies of 212 soldiers were handed over on Sunday.';
    expect(checkText(chunk, { published: '2024-05-12' }, index).claims[0]?.status).toBe('no_data');
    const withPage = checkText(chunk, { published: '2024-05-12', conflicts: ['russia-ukraine'] }, index);
    expect(withPage.conflicts).toEqual(['russia-ukraine']);
    expect(withPage.claims[0]?.status).toBe('corroborated');
  });
});

describe('pageFromHtml', () => {
  it('reads visible text and the date from metadata', () => {
    const html = `<html><head><meta property="article:published_time" content="2024-05-12T09:00:00+03:00"><script>var x = 1;</script></head>
      <body><h1>Handover</h1><p>Kyiv said 212 bodies were returned to Ukraine.</p></body></html>`;
    const page = pageFromHtml(html);
    expect(page.published).toBe('2024-05-12');
    expect(page.publishedFrom).toBe('metadata');
    expect(page.text).toContain('Kyiv said 212 bodies');
    expect(page.text).not.toContain('var x');
  });

  it('falls back to the latest date a text mentions, and says so', () => {
    const page = pageFromText('A caption from 3 April 2022.\nLater, on 9 April 2022, officials spoke.');
    expect(page).toMatchObject({ published: '2022-04-09', publishedFrom: 'latest-date-in-text' });
  });
});
