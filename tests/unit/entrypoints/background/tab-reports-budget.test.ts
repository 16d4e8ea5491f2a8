/** Each tab's report has a bounded budget in storage.session, and a failed write never fails a check. */
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TabReports } from '../../../../entrypoints/background/tab-reports';
import type { VerdictStatus } from '../../../../lib/verdict';
import type { DatasetRecord } from '../../../../lib/dataset/schema';
import { checkedClaim } from '../../checked-claim';

beforeEach(() => fakeBrowser.reset());

const record = (id: string): DatasetRecord => ({
  id,
  conflict: 'russia-ukraine',
  country: 'Ukraine',
  category: 'killed',
  population: 'civilian',
  side: 'ukraine',
  best: 10,
  low: 10,
  high: 10,
  time: { kind: 'cumulative', periodStart: null, asOf: '2025-01-01' },
  claimant: 'OHCHR',
  claimantType: 'un',
  figureKind: 'verified_floor',
  source: { name: 'UN', url: 'https://example.org/' + id, published: null },
  caveat: 'x'.repeat(200),
});

const claim = (figure: string, start: number, status: VerdictStatus, references: DatasetRecord[] = []) =>
  checkedClaim(figure, start, status, { sentence: `${figure} people were killed, officials said, in a long sentence.`, references });

const page = { url: 'https://news.example/a', title: 'A', published: null };

test('references are stored once per record, claims without their sentence, and come back whole', async () => {
  const reports = new TabReports(async () => {});
  await reports.reset(1, page);
  const shared = record('R1');
  await reports.addChunk(1, 'c1', [claim('10', 0, 'corroborated', [shared]), claim('11', 20, 'corroborated', [shared, record('R2')])], []);
  await reports.addChunk(1, 'c2', [claim('12', 0, 'corroborated', [shared])], []);
  const all = await fakeBrowser.storage.session.get(null);
  expect(
    Object.keys(all)
      .filter((k) => k.startsWith('tabref:1:'))
      .sort(),
  ).toEqual(['tabref:1:R1', 'tabref:1:R2']);
  expect(JSON.stringify(all['tabchunk:1:c1'])).not.toContain('officials said');
  expect(JSON.stringify(all['tabchunk:1:c1'])).not.toContain('x'.repeat(200));
  const report = (await reports.get(1))!;
  expect(report.claims.map((c) => [c.figure, c.references.map((r) => r.id)])).toEqual([
    ['10', ['R1']],
    ['11', ['R1', 'R2']],
    ['12', ['R1']],
  ]);
  expect(report.claims[0].references[0]).toEqual(shared);
  await reports.reset(1, page);
  expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['tab:1']);
});

test('past the budget a tab keeps counts (badge, omitted) but no more claims, and the chunks nearest the viewport (sent first) are listed', async () => {
  const badge = vi.fn(async (_tab: number, _n: number) => {});
  const reports = new TabReports(badge, 3_000);
  await reports.reset(2, page);
  for (let i = 1; i <= 30; i++) await reports.addChunk(2, `c${i}`, [claim(String(i), 0, 'unverified', [record(`R${i}`)])], []);
  const report = (await reports.get(2))!;
  expect(report.claims.length).toBeGreaterThan(0);
  expect(report.claims.length).toBeLessThan(30);
  expect(report.claims.map((c) => c.figure)).toEqual(Array.from({ length: report.claims.length }, (_, i) => String(i + 1)));
  expect(report.omitted).toEqual({ unverified: 30 - report.claims.length });
  expect(badge).toHaveBeenLastCalledWith(2, 30);
  const used = JSON.stringify(await fakeBrowser.storage.session.get(null)).length;
  expect(used).toBeLessThan(3_000 + 30 * 100); // the budget plus the metadata (counts) of each chunk

  // Another tab is not affected by the heavy one.
  await reports.reset(3, page);
  await reports.addChunk(3, 'c1', [claim('5', 0, 'corroborated')], []);
  expect((await reports.get(3))!.claims.map((c) => c.figure)).toEqual(['5']);
});

test('a chunk whose write fails is counted, not lost, and the check still answers', async () => {
  const badge = vi.fn(async (_tab: number, _n: number) => {});
  const reports = new TabReports(badge);
  await reports.reset(4, page);
  const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
  vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    if (Object.keys(items).some((k) => k === 'tabchunk:4:c2')) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  });
  await reports.addChunk(4, 'c1', [claim('1', 0, 'disputed')], []);
  await expect(reports.addChunk(4, 'c2', [claim('2', 0, 'disputed'), claim('3', 9, 'no_data')], [])).resolves.toBeUndefined();
  await reports.addChunk(4, 'c3', [claim('4', 0, 'disputed')], []);
  const report = (await reports.get(4))!;
  expect(report.claims.map((c) => c.figure)).toEqual(['1', '4']);
  expect(report.omitted).toEqual({ disputed: 1, no_data: 1 });
  expect(badge).toHaveBeenLastCalledWith(4, 3);
});

test('even a failing metadata write never rejects addChunk', async () => {
  const reports = new TabReports(async () => {});
  vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('storage broken'));
  await expect(reports.addChunk(5, 'c1', [claim('1', 0, 'disputed')], [])).resolves.toBeUndefined();
});

test('one chunk larger than the budget keeps its first figures and counts the rest', async () => {
  const badge = vi.fn(async (_tab: number, _n: number) => {});
  const reports = new TabReports(badge, 4_000);
  await reports.reset(6, page);
  const many = Array.from({ length: 100 }, (_, i) => claim(String(i + 1), i * 10, i % 2 ? 'disputed' : 'no_data'));
  await reports.addChunk(6, 'c1', many, []);
  const report = (await reports.get(6))!;
  const n = report.claims.length;
  expect(n).toBeGreaterThan(3);
  expect(n).toBeLessThan(100);
  expect(report.claims.map((c) => c.figure)).toEqual(many.slice(0, n).map((c) => c.figure));
  expect((report.omitted.disputed ?? 0) + (report.omitted.no_data ?? 0)).toBe(100 - n);
  expect(badge).toHaveBeenLastCalledWith(6, 50);
  // A listed figure that leaves the page is dropped from the list; the badge follows.
  await reports.drop(6, [], [report.claims[1].key]);
  expect((await reports.get(6))!.claims.length).toBe(n - 1);
  expect(badge).toHaveBeenLastCalledWith(6, 49);
});
