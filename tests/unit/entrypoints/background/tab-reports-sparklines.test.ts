/**
 * The popup's sparklines travel in the tab report: each figure keeps its own dot and sentence, and
 * the series its page's figures share are stored once per tab (entrypoints/background/tab-reports.ts).
 */
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TabReports } from '../../../../entrypoints/background/tab-reports';
import { runningChart } from '../../../../lib/charts/verdict-chart';
import { dayOf } from '../../../../lib/charts/scale';
import { sparklineOf } from '../../../../lib/charts/sparkline';
import { buildIndex } from '../../../../lib/verify';
import { checkedClaim } from '../../checked-claim';
import { claim as makeClaim, partyClaim } from '../../verify/make';

beforeEach(() => fakeBrowser.reset());

const days = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
const records = days.map((d, i) => partyClaim(10000 + i * 100, d));
const index = buildIndex(records);
const series = [...index.group(records[0].conflict, records[0].category, records[0].side)!.series.values()][0];
const chartFor = (count: number) =>
  runningChart(makeClaim({ count, side: 'russia', population: 'military' }), dayOf(days[days.length - 1]), [series[series.length - 1]], () => series)!;

const charted = (figure: string, start: number) => checkedClaim(figure, start, 'unverified', { chart: chartFor(Number(figure.replace(/\D/g, ''))) });
const page = { url: 'https://news.example/a', title: 'A', published: '2024-04-29' };
const sparkKeys = async (tab: number) =>
  Object.keys(await fakeBrowser.storage.session.get(null))
    .filter((k) => k.startsWith(`tabspark:${tab}:`))
    .sort();

test('each figure gets back the sparkline of its chart; the shared series are stored once per tab', async () => {
  const reports = new TabReports(async () => {});
  await reports.reset(1, page);
  const a = charted('15,000', 0);
  const b = charted('18,000', 40);
  await reports.addChunk(1, 'c1', [a, checkedClaim('37', 20, 'no_data')], []);
  await reports.addChunk(1, 'c2', [b], []);
  expect(await sparkKeys(1)).toHaveLength(1);
  // The series' points live in the shared entry, not in each stored figure.
  const all = await fakeBrowser.storage.session.get(null);
  expect(JSON.stringify(all['tabchunk:1:c1'])).not.toContain('points');
  const report = (await reports.get(1))!;
  expect(report.claims.map((c) => c.figure)).toEqual(['15,000', '37', '18,000']);
  expect(report.claims[0].sparkline).toEqual(sparklineOf(a.chart));
  expect(report.claims[2].sparkline).toEqual(sparklineOf(b.chart));
  expect(report.claims[0].sparkline).not.toEqual(report.claims[2].sparkline); // each its own dot
  expect(report.claims[1]).not.toHaveProperty('sparkline');
  expect(report.claims[0]).not.toHaveProperty('spark');
});

test('a figure that rescales the series gets its own backdrop; a new page forgets them all', async () => {
  const reports = new TabReports(async () => {});
  await reports.reset(2, page);
  await reports.addChunk(2, 'c1', [charted('15,000', 0), charted('90,000', 30)], []);
  expect(await sparkKeys(2)).toHaveLength(2);
  await reports.reset(2, page);
  expect(await sparkKeys(2)).toEqual([]);
  await reports.addChunk(2, 'c1', [charted('15,000', 0)], []);
  await reports.clear(2);
  expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([]);
});

test('the shared series count against the tab’s budget', async () => {
  const one = new TabReports(async () => {});
  await one.reset(3, page);
  await one.addChunk(3, 'c1', [checkedClaim('15,000', 0, 'unverified')], []);
  const plain = JSON.stringify(await fakeBrowser.storage.session.get(null)).length;
  fakeBrowser.reset();
  // A budget that fits the figure without its sparkline but not with it: the figure is only counted.
  const tight = new TabReports(async () => {}, plain);
  await tight.reset(4, page);
  await tight.addChunk(4, 'c1', [charted('15,000', 0)], []);
  const report = (await tight.get(4))!;
  expect(report.claims).toEqual([]);
  expect(report.omitted).toEqual({ unverified: 1 });
});
