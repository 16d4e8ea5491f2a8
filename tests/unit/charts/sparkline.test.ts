/** The popup's sparkline, derived from the tooltip chart: thinned, on the same scale, split for storage. */
import { describe, expect, it } from 'vitest';
import { handoverChart, runningChart } from '../../../lib/charts/verdict-chart';
import { dayOf } from '../../../lib/charts/scale';
import { SPARK_BASE, SPARK_HEIGHT, SPARK_POINTS, SPARK_WIDTH, backdropId, joinSparkline, sparklineOf, splitSparkline, type Sparkline } from '../../../lib/charts/sparkline';
import { buildIndex } from '../../../lib/verify';
import type { IndexedRecord } from '../../../lib/verify/record-index';
import { claim, estimate, handover, partyClaim, un } from '../verify/make';

function seriesOf(records: ReturnType<typeof un>[]) {
  const index = buildIndex(records);
  const r0 = records[0];
  const group = index.group(r0.conflict, r0.category, r0.side)!;
  return { group, series: [...group.series.values()][0] };
}
const xy = (points: string) => points.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
const running = (s: Sparkline | null) => {
  if (s?.kind !== 'running') throw new Error(`expected a running sparkline, got ${s?.kind}`);
  return s;
};

describe('the sparkline of a running figure', () => {
  // A party's running claim growing by 800 a day over 400 days (2023-01-01 …), far more points than a sparkline shows.
  const days = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
  const { series } = seriesOf(days.map((d, i) => partyClaim(100000 + i * 800, d)));
  const articleDay = dayOf('2024-02-04'); // the series' last day
  const last = series[series.length - 1];
  const chartFor = (count: number, qualifier: 'exact' | 'more_than' = 'exact') =>
    runningChart(claim({ count, qualifier, side: 'russia', population: 'military' }), articleDay, [last], () => series)!;

  it('thins the line to at most SPARK_POINTS points, left to right, inside the box', () => {
    const s = running(sparklineOf(chartFor(300000)));
    expect(s.series).toHaveLength(1);
    const line = s.series[0];
    expect(line).toMatchObject({ shape: 'line', style: 'party' });
    const pts = xy(line.shape === 'line' ? line.points : '');
    expect(pts.length).toBeLessThanOrEqual(SPARK_POINTS);
    expect(pts.length).toBeGreaterThan(SPARK_POINTS / 2);
    for (let i = 1; i < pts.length; i++) expect(pts[i][0]).toBeGreaterThan(pts[i - 1][0]);
    for (const [x, y] of pts) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(SPARK_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(SPARK_BASE);
    }
    // A growing total rises: later points are higher up (smaller y), the first near the bottom.
    expect(pts[pts.length - 1][1]).toBeLessThan(pts[0][1]);
    expect(pts[0][1]).toBeGreaterThan(SPARK_HEIGHT / 2);
  });

  it('keeps the scale: the dot of a figure equal to the latest value sits on the line’s end, one of half of it halfway down', () => {
    const latest = 100000 + 399 * 800;
    const s = running(sparklineOf(chartFor(latest)));
    const pts = xy(s.series[0].shape === 'line' ? s.series[0].points : '');
    const end = pts[pts.length - 1];
    expect(s.claim.x).toBeCloseTo(end[0], 0); // the article's date is the last day shown
    expect(s.claim.y).toBeCloseTo(end[1], 0);
    expect(s.claim.top).toBeNull(); // an exact figure: a dot, no bar
    const halfway = running(sparklineOf(chartFor(Math.round(latest / 2))));
    // Value 0 is SPARK_BASE: half the value is half the height above it.
    expect(SPARK_BASE - halfway.claim.y).toBeCloseTo((SPARK_BASE - end[1]) / 2, 0);
  });

  it('draws "more than" as a dot with a bar up to the top', () => {
    const s = running(sparklineOf(chartFor(200000, 'more_than')));
    expect(s.claim.top).not.toBeNull();
    expect(s.claim.top!).toBeLessThan(s.claim.y);
    expect(s.text).toContain('more than 200k');
  });

  it('says what the tooltip chart says', () => {
    const chart = chartFor(300000);
    expect(sparklineOf(chart)!.text).toBe(chart.text);
  });

  it('keeps an estimate as a band (lows, then highs back) and a verified count as a floor line', () => {
    const est = seriesOf([estimate(7000, 15000, '2023-06-01'), estimate(20000, 30000, '2023-12-01')]);
    const band = running(sparklineOf(runningChart(claim({ count: 25000, side: 'russia', population: 'military' }), articleDay, [est.series[1]], () => est.series)!));
    expect(band.series).toHaveLength(1);
    expect(band.series[0]).toMatchObject({ shape: 'band', style: 'estimate' });
    const outline = xy(band.series[0].shape === 'band' ? band.series[0].points : '');
    expect(outline).toHaveLength(4);
    // Lows left to right, then the highs back: the high of the later estimate lies above its low.
    expect(outline[0][0]).toBeLessThan(outline[1][0]);
    expect(outline[2][0]).toBe(outline[1][0]);
    expect(outline[2][1]).toBeLessThan(outline[1][1]);
    const floor = seriesOf([un(1000, '2023-06-01'), un(2000, '2023-12-01')]);
    const f = running(sparklineOf(runningChart(claim({ count: 2100 }), articleDay, [floor.series[1]], () => floor.series)!));
    expect(f.series.map((s) => `${s.shape}:${s.style}`)).toEqual(['line:floor']);
  });
});

describe('the sparkline of a handover', () => {
  const { group } = seriesOf(['2025-05-01', '2025-06-11', '2025-07-17'].map((d, i) => handover([900, 1212, 1000][i], d, 'ukraine')));
  const chartOf = (count: number, matched: IndexedRecord | undefined) => handoverChart(claim({ count, category: 'bodies' }), dayOf('2025-07-20'), group.event, matched)!;

  it('has the same bars, in order and height, with this one marked', () => {
    const matched = group.event.find((e: IndexedRecord) => e.record.best === 1212);
    const s = sparklineOf(chartOf(1212, matched))!;
    if (s.kind !== 'handovers') throw new Error('expected handovers');
    expect(s.bars).toHaveLength(3);
    expect(s.marked).toBe(1);
    const [a, b, c] = s.bars;
    expect(a.x).toBeLessThan(b.x);
    expect(b.x).toBeLessThan(c.x);
    // 1212 is the tallest bar (smallest y), 900 the shortest.
    expect(b.y).toBeLessThan(c.y);
    expect(c.y).toBeLessThan(a.y);
    expect(c.x + c.width).toBeLessThanOrEqual(SPARK_WIDTH);
  });

  it('marks none when no exchange matches', () => {
    const s = sparklineOf(chartOf(555, undefined))!;
    expect(s.kind === 'handovers' && s.marked).toBeNull();
  });
});

describe('no comparable series', () => {
  it('gives no sparkline at all', () => {
    expect(sparklineOf(undefined)).toBeNull();
    expect(sparklineOf({ kind: 'running', marks: [], ticks: [], top: '0', legend: [], text: '' })).toBeNull();
    expect(sparklineOf({ kind: 'handovers', marks: [], ticks: [], top: '0', legend: [], text: '' })).toBeNull();
  });
});

describe('stored in two halves', () => {
  const days = ['2024-01-01', '2024-03-01', '2024-05-01'];
  const { series } = seriesOf(days.map((d, i) => partyClaim(1000 + i * 500, d)));
  const day = dayOf('2024-06-01');
  const of = (count: number) => sparklineOf(runningChart(claim({ count, side: 'russia', population: 'military' }), day, [series[2]], () => series)!)!;

  it('joins back to the same sparkline', () => {
    const s = of(1800);
    const { backdrop, own } = splitSparkline(s);
    expect(joinSparkline(backdrop, own)).toEqual(s);
    expect(JSON.stringify(own)).not.toContain('points');
  });

  it('gives figures on the same scale one backdrop id, and a figure that rescales it another', () => {
    const a = splitSparkline(of(1800));
    const b = splitSparkline(of(1200));
    const above = splitSparkline(of(9000)); // above every series value: the scale grows
    expect(backdropId(a.backdrop)).toBe(backdropId(b.backdrop));
    expect(a.own).not.toEqual(b.own);
    expect(backdropId(above.backdrop)).not.toBe(backdropId(a.backdrop));
  });

  it('refuses halves that do not belong together', () => {
    const s = of(1800);
    const { own } = splitSparkline(s);
    expect(joinSparkline(undefined, own)).toBeNull();
    expect(joinSparkline({ kind: 'handovers', bars: [] }, own)).toBeNull();
    expect(joinSparkline({ kind: 'handovers', bars: [] }, { kind: 'handovers', marked: 2, text: '' })).toBeNull();
  });
});
