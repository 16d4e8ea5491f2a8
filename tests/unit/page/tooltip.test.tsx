import { expect, test } from 'vitest';
import { h, render } from 'preact';
import { parseHTML } from 'linkedom';
import { describeCount, Tooltip } from '../../../components/Tooltip';
import type { CheckedClaim } from '../../../lib/verdict';
import type { DatasetRecord } from '../../../lib/dataset/schema';

const record: DatasetRecord = {
  id: 'T-1',
  conflict: 'russia-ukraine',
  country: 'Ukraine',
  category: 'killed',
  population: 'civilian',
  side: 'ukraine',
  best: 14534,
  low: 14534,
  high: 15000,
  time: { kind: 'cumulative', periodStart: null, asOf: '2025-10-31' },
  claimant: 'OHCHR/HRMMU',
  claimantType: 'un',
  figureKind: 'verified_floor',
  source: { name: 'UN News', url: 'https://news.un.org/example', published: '2025-11-12' },
  caveat: 'A verified minimum.',
};

const claim: CheckedClaim = {
  start: 0,
  end: 15,
  figure: 'at least 14,534',
  sentence: 'x',
  count: 14534,
  countHigh: null,
  qualifier: 'at_least',
  category: 'killed',
  party: 'civilians',
  side: 'ukraine',
  population: 'civilian',
  claimant: 'the UN monitoring mission',
  claimantType: 'un',
  claimantSide: null,
  timeScope: 'cumulative',
  subset: null,
  status: 'corroborated',
  reason: 'It agrees with the UN verified count.',
  references: [record, { ...record, id: 'T-2' }],
};

function renderText(props: Parameters<typeof Tooltip>[0]) {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = document.getElementById('root')!;
  // Preact creates nodes through the global document; lend it linkedom's for the render.
  const g = globalThis as { document?: unknown };
  const previous = g.document;
  g.document = document;
  try {
    render(h(Tooltip, props), root as unknown as Element);
  } finally {
    g.document = previous;
  }
  return root;
}

test('shows the figure, what it counts, claimant and date, the verdict with its reason, and the references', () => {
  const root = renderText({ claim, published: '2025-11-20', dark: false, maxReferences: 1 });
  const text = root.textContent!;
  for (const part of [
    'Corroborated',
    '“at least 14,534”',
    'people killed · civilians',
    'Claimed by: the UN monitoring mission, in an article of 20 Nov 2025',
    'It agrees with the UN verified count.',
    '14,534',
    'range 14,534–15,000',
    'as of 31 Oct 2025',
    'verified minimum',
    'OHCHR/HRMMU',
    'Caveat: A verified minimum.',
    'and 1 more',
  ]) {
    expect(text).toContain(part);
  }
  const link = root.querySelector('a')!;
  expect(link.getAttribute('href')).toBe('https://news.un.org/example');
  expect(link.getAttribute('rel')).toContain('noopener');
  expect(root.querySelector('.tc')!.getAttribute('class')).toContain('light');
});

test('says so when no source is named, and skips empty parts', () => {
  const root = renderText({ claim: { ...claim, claimant: null, references: [], status: 'no_data' }, published: null, dark: true });
  const text = root.textContent!;
  expect(text).toContain('No data');
  expect(text).toContain('Claimed by: No source named in the text');
  expect(text).not.toContain('Reference figures');
  expect(text).not.toContain('in an article of');
  expect(root.querySelector('.tc')!.getAttribute('class')).toContain('dark');
});

test('what a figure counts does not repeat itself', () => {
  expect(describeCount({ ...claim, party: 'people', population: null, category: 'wounded' })).toBe('people wounded');
  expect(describeCount({ ...claim, party: 'Palestinians', population: 'civilian' })).toBe('people killed · Palestinians, civilian');
  expect(describeCount({ ...claim, party: null, population: 'all', category: 'bodies' })).toBe('bodies');
});
