import { describe, expect, it } from 'vitest';
import { pageFromHtml, pageFromText } from '../../lib/context/html-page';
import { checkChunk, checkPage } from '../../lib/pipeline';
import { PIECE_CHARS } from '../../lib/page/pieces';
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

describe('checkPage', () => {
  const page = pageFromText(ARTICLE);
  const report = checkPage(page, page.text, index);
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

describe('checkChunk: one chunk of a page, with the page context given once', () => {
  const chunk = 'Officials said the bodies of 212 soldiers were handed over on Sunday.';

  it('reads the page title as evidence of the conflict for a chunk that names none', () => {
    expect(checkChunk({ title: '', published: '2024-05-12' }, chunk, index).claims[0]?.status).toBe('no_data');
    const withTitle = checkChunk({ title: 'Ukraine and Russia swap fallen soldiers', published: '2024-05-12' }, chunk, index);
    expect(withTitle.conflicts).toEqual(['russia-ukraine']);
    expect(withTitle.claims[0]?.status).toBe('corroborated');
  });

  it('never marks a figure in the title itself', () => {
    const report = checkChunk({ title: 'Ukraine: 40 killed in overnight strikes', published: '2024-05-12' }, chunk, index);
    expect(report.claims.map((c) => c.figure)).toEqual(['212']);
  });
});

describe('checkPage cuts a long text into the content script’s pieces', () => {
  it('gives the same claims as checking each piece, with offsets into the whole text', () => {
    const paragraph = 'Kyiv said on Sunday that the bodies of 212 soldiers had been returned to Ukraine.';
    const text = Array.from({ length: Math.ceil((PIECE_CHARS * 2.5) / paragraph.length) }, () => paragraph).join('\n\n');
    const report = checkPage({ title: '', published: '2024-05-12' }, text, index);
    expect(report.claims.length).toBe(text.split('\n\n').length);
    for (const c of report.claims) expect(text.slice(c.start, c.end)).toBe(c.figure);
    expect(new Set(report.claims.map((c) => c.status))).toEqual(new Set(['corroborated']));
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

  it('gives a text without a date line no date (the pipeline infers a window from its text instead)', () => {
    const page = pageFromText('A caption from 3 April 2022.\nLater, on 9 April 2022, officials spoke.');
    expect(page).toMatchObject({ published: null, publishedFrom: null });
  });

  it('reads the title and a date line the way the content script does', () => {
    const page = pageFromHtml(
      '<html><head><title>Swap of the fallen</title></head><body><h1>Swap</h1><p>12 May 2024, 09:00</p><p>Kyiv said 212 bodies were returned.</p></body></html>',
    );
    expect(page).toMatchObject({ title: 'Swap of the fallen', published: '2024-05-12', publishedFrom: 'date-line' });
  });
});
