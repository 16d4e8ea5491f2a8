import { expect, test } from 'vitest';
import { h, render } from 'preact';
import { parseHTML } from 'linkedom';
import { Tooltip } from '../../../components/Tooltip';
import { visible } from '../../../components/page-text';
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

test('page text is isolated and its control characters shown, never obeyed', () => {
  const root = renderText({
    claim: { ...claim, claimant: 'Report \u202egro.nu\u202c', party: 'people\u0000\u001b', figure: '12\n000', reason: 'Tab\there.' },
    published: null,
    dark: false,
    maxReferences: 1,
  });
  const text = root.textContent!;
  expect(text).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
  expect(text).toContain('Claimed by: Report [U+202E]gro.nu[U+202C]');
  expect(text).toContain('“12 000”');
  expect(text).toContain('Tab here.');
  const isolated = [...root.querySelectorAll('bdi')].map((b) => [b.getAttribute('dir'), b.textContent]);
  expect(isolated).toContainEqual(['auto', 'Report [U+202E]gro.nu[U+202C]']);
  expect(isolated).toContainEqual(['auto', '12 000']);
});

test('a plain-http source is shown as text, never as a link', () => {
  const http = { ...record, source: { ...record.source, url: 'http://example.org/report' } };
  const root = renderText({
    claim: { ...claim, references: [http, { ...record, id: 'T-3', source: { ...record.source, url: 'javascript:alert(1)' } }] },
    published: null,
    dark: false,
  });
  expect(root.querySelectorAll('a').length).toBe(0);
  expect(root.textContent).toContain('http://example.org/report');
  const secure = renderText({ claim, published: null, dark: false, maxReferences: 1 });
  expect(secure.querySelector('a')!.getAttribute('href')).toBe('https://news.un.org/example');
});

test('visible() keeps ordinary text as it is', () => {
  expect(visible('Міністерство · وزارة الصحة — “UN”')).toBe('Міністерство · وزارة الصحة — “UN”');
});
