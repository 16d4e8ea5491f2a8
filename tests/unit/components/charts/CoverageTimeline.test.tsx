import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { CoverageTimeline, describeTimeline, kindCount } from '../../../../components/charts/CoverageTimeline';

let root: Element;
beforeEach(() => {
  const { document, window } = parseHTML('<html><body><div id="root"></div></body></html>');
  vi.stubGlobal('document', document);
  vi.stubGlobal('window', window);
  root = document.getElementById('root')!;
});
afterEach(() => vi.unstubAllGlobals());

const months = { verified_floor: ['2024-01', '2024-02', '2024-06'], party_claim: ['2023-10'] };

it('marks each month with records in its kind’s row, on the shared axis', () => {
  render(<CoverageTimeline months={months} from="2023-10-01" to="2024-06-30" />, root);
  const rows = [...root.querySelectorAll('g')];
  expect(rows.map((g) => g.getAttribute('class'))).toEqual(['kind-verified_floor', 'kind-exchange_record', 'kind-statistical_estimate', 'kind-reported', 'kind-party_claim']);
  // One lane plus one mark per month with records.
  expect(rows.map((g) => g.querySelectorAll('rect').length)).toEqual([4, 1, 1, 1, 2]);
  const xs = [...rows[0].querySelectorAll('rect')].slice(1).map((r) => Number(r.getAttribute('x')));
  expect(xs[0]).toBeLessThan(xs[1]);
  expect(xs[2] - xs[1]).toBeGreaterThan(3 * (xs[1] - xs[0])); // the March–May gap shows
});

it('says the same in words, for screen readers', () => {
  expect(describeTimeline(months)).toBe('verified counts: Jan 2024 – Jun 2024 (3 months with records); party claims: Oct 2023 – Oct 2023 (1 month with records)');
  render(<CoverageTimeline months={months} from="2023-10-01" to="2024-06-30" />, root);
  expect(root.querySelector('svg')!.getAttribute('aria-label')).toBe(describeTimeline(months));
});

it('counts kinds in words', () => {
  expect(kindCount('statistical_estimate', 1)).toBe('1 estimate');
  expect(kindCount('reported', 1)).toBe('1 reported tally');
  expect(kindCount('party_claim', 1676, (n) => n.toLocaleString('en'))).toBe('1,676 party claims');
});
