import { describe, expect, it } from 'vitest';
import { CHART_HEIGHT, CHART_WIDTH, handoverChart, runningChart } from '../../../lib/charts/verdict-chart';
import { dayOf } from '../../../lib/charts/scale';
import { buildIndex } from '../../../lib/verify';
import type { IndexedRecord } from '../../../lib/verify/record-index';
import { claim, estimate, handover, partyClaim, un } from '../verify/make';

/** The indexed records of a list, as the verifier holds them. */
function indexed(records: ReturnType<typeof un>[]) {
  const index = buildIndex(records);
  const r0 = records[0];
  return { index, group: index.group(r0.conflict, r0.category, r0.side) };
}

const inBounds = (s: string) =>
  s.split(' ').every((p) => {
    const [x, y] = p.split(',').map(Number);
    return x >= 0 && x <= CHART_WIDTH && y >= 0 && y <= CHART_HEIGHT;
  });

describe('the tooltip chart of a running figure', () => {
  const days = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
  const staff = days.map((d, i) => partyClaim(100000 + i * 800, d));
  const { group } = indexed(staff);
  const series = [...group.series.values()][0];
  const articleDay = dayOf('2024-02-01');
  const c = claim({ count: 320000, qualifier: 'more_than', side: 'russia', population: 'military' });
  const chart = runningChart(c, articleDay, [series[series.length - 1]], () => series)!;

  it('draws the series thinned, within the chart, with the figure at the article’s date', () => {
    const line = chart.marks.find((m) => m.shape === 'line')!;
    expect(line.shape === 'line' && line.points.split(' ').length).toBeLessThanOrEqual(30);
    expect(line.shape === 'line' && inBounds(line.points)).toBe(true);
    const dot = chart.marks.find((m) => m.shape === 'dot' && m.style === 'claim')!;
    expect(dot.shape === 'dot' && dot.x).toBeCloseTo(CHART_WIDTH - 6, 0); // the article is the latest day shown
    // "more than": a bar from the figure upwards.
    expect(chart.marks.some((m) => m.shape === 'span' && m.style === 'claim')).toBe(true);
  });

  it('names each series with its style, and says it all in one sentence', () => {
    expect(chart.legend).toEqual([{ style: 'party', label: 'General Staff of the Armed Forces of Ukraine' }]);
    expect(chart.text).toContain('more than 320k');
    expect(chart.text).toContain('party claim');
    expect(chart.ticks.map((t) => t.label)).toEqual(['2023', '2024']);
  });

  it('draws an estimate as a band and a verified count as a floor', () => {
    const est = [estimate(7000, 15000, '2023-06-01'), estimate(20000, 30000, '2023-12-01')];
    const e = indexed(est);
    const s = [...e.group.series.values()][0];
    const band = runningChart(claim({ count: 25000, side: 'russia', population: 'military' }), articleDay, [s[1]], () => s)!;
    expect(band.marks[0]).toMatchObject({ shape: 'area', style: 'estimate' });
    const floors = [un(1000, '2023-06-01'), un(2000, '2023-12-01')];
    const f = indexed(floors);
    const fs = [...f.group.series.values()][0];
    const floor = runningChart(claim({ count: 2100 }), articleDay, [fs[1]], () => fs)!;
    expect(floor.marks.map((m) => `${m.shape}:${'style' in m ? m.style : ''}`)).toEqual(['area:floor', 'line:floor', 'dot:claim']);
  });
});

describe('the tooltip chart of a handover', () => {
  const events = ['2025-05-01', '2025-06-11', '2025-07-17'].map((d, i) => handover([900, 1212, 1000][i], d, 'ukraine'));
  const { group } = indexed(events);
  it('shows the recent exchanges with the matching one marked', () => {
    const matched = group.event.find((e: IndexedRecord) => e.record.best === 1212);
    const chart = handoverChart(claim({ count: 1212, category: 'bodies' }), dayOf('2025-06-12'), group.event, matched)!;
    expect(chart.marks.map((m) => m.shape === 'bar' && [m.label, m.marked])).toEqual([
      ['900', false],
      ['1.2k', true],
    ]);
    expect(chart.text).toContain('this one, of 1212, is marked');
  });
});
