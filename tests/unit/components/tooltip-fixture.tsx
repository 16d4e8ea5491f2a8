/** A claim, its records and a Tooltip rendered in linkedom: shared by the tooltip tests. */
import { h, render } from 'preact';
import { parseHTML } from 'linkedom';
import { Tooltip } from '../../../components/Tooltip';
import type { CheckedClaim } from '../../../lib/verdict';
import type { DatasetRecord } from '../../../lib/dataset/schema';

export const record: DatasetRecord = {
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

export const claim: CheckedClaim = {
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

export function renderText(props: Parameters<typeof Tooltip>[0]) {
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
