import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TabReports } from '../../../../entrypoints/background/tab-reports';
import type { CheckedClaim } from '../../../../lib/verdict';
import type { VerdictStatus } from '../../../../lib/verdict';
import { checkedClaim } from '../../checked-claim';

beforeEach(() => fakeBrowser.reset());

const claim = (figure: string, start: number, status: VerdictStatus) => checkedClaim(figure, start, status);

const page = { url: 'https://news.example/a', title: 'A', published: '2025-11-20' };

function setup() {
  const badge = vi.fn(async (_tab: number, _count: number) => {});
  return { badge, reports: new TabReports(badge) };
}

test('collects chunks in order, keys each claim by chunk and offsets, and badges the caution count', async () => {
  const { badge, reports } = setup();
  await reports.reset(7, page);
  await reports.addChunk(7, 'c1', [claim('12', 0, 'unverified'), claim('40', 20, 'corroborated')], ['russia-ukraine']);
  await reports.addChunk(7, 'c2', [claim('300', 5, 'disputed')], ['israel-gaza', 'russia-ukraine']);
  const report = (await reports.get(7))!;
  expect(report.claims.map((c) => [c.key, c.figure, c.status])).toEqual([
    ['c1:0-2', '12', 'unverified'],
    ['c1:20-22', '40', 'corroborated'],
    ['c2:5-8', '300', 'disputed'],
  ]);
  expect(report.conflicts).toEqual(['russia-ukraine', 'israel-gaza']);
  expect(report).toMatchObject({ url: page.url, title: 'A', published: '2025-11-20', state: 'scanned' });
  expect(badge).toHaveBeenLastCalledWith(7, 2);
});

test('drops single claims by key and whole chunks, and the badge follows', async () => {
  const { badge, reports } = setup();
  await reports.addChunk(3, 'c1', [claim('12', 0, 'unverified'), claim('40', 20, 'disputed')], []);
  await reports.addChunk(3, 'c2', [claim('9', 0, 'unverified')], []);
  await reports.drop(3, [], ['c1:0-2']);
  expect((await reports.get(3))!.claims.map((c) => c.key)).toEqual(['c1:20-22', 'c2:0-1']);
  expect(badge).toHaveBeenLastCalledWith(3, 2);
  await reports.drop(3, ['c2']);
  expect((await reports.get(3))!.claims.map((c) => c.key)).toEqual(['c1:20-22']);
  expect(badge).toHaveBeenLastCalledWith(3, 1);
});

test('chunks arriving together are all kept (updates to one tab run one at a time)', async () => {
  const { reports } = setup();
  await Promise.all(Array.from({ length: 20 }, (_, i) => reports.addChunk(1, `c${i}`, [claim(String(i + 1), 0, 'no_data')], [])));
  expect((await reports.get(1))!.claims).toHaveLength(20);
});

test('a switched-off site reports "disabled" with an empty badge; clearing forgets the tab and its chunks', async () => {
  const { badge, reports } = setup();
  await reports.addChunk(5, 'c1', [claim('12', 0, 'unverified')], []);
  await reports.reset(5, { url: page.url, title: 'A', published: null, state: 'disabled' });
  expect(await reports.get(5)).toMatchObject({ state: 'disabled', claims: [] });
  expect(badge).toHaveBeenLastCalledWith(5, 0);
  await reports.addChunk(5, 'c2', [claim('12', 0, 'unverified')], []);
  await reports.clear(5);
  expect(await reports.get(5)).toBeNull();
  expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  expect(badge).toHaveBeenLastCalledWith(5, 0);
});

test('chunks are checked with the page context of the last reset, at once (before it is stored)', async () => {
  const { reports } = setup();
  expect(await reports.page(2)).toEqual({ title: '', published: null });
  void reports.reset(2, page);
  expect(await reports.page(2)).toEqual({ title: 'A', published: '2025-11-20' });
  await reports.addChunk(2, 'c1', [claim('12', 0, 'unverified')], []);
  const stored = reports.reset(2, { url: 'https://news.example/b', title: 'B', published: null });
  expect(await reports.page(2)).toEqual({ title: 'B', published: null });
  await stored;
  const report = (await reports.get(2))!;
  expect(report.url).toBe('https://news.example/b');
  expect(report.claims).toEqual([]);
  expect(await reports.scannedTabs([2, 9])).toEqual([2]);
});

test('a tab is reported as checking from its first check until every check under way has stored its claims', async () => {
  const { reports } = setup();
  await reports.reset(5, page);
  expect((await reports.get(5))!.checking).toBe(false);
  const answer: Record<string, (claims: CheckedClaim[]) => void> = {};
  const check = (id: string) =>
    reports.whileChecking(5, async () => {
      const claims = await new Promise<CheckedClaim[]>((ok) => (answer[id] = ok));
      await reports.addChunk(5, id, claims, []);
    });
  const first = check('c1');
  const second = check('c2');
  expect(await reports.get(5)).toMatchObject({ checking: true, claims: [] });
  answer.c1([]);
  await first;
  // One chunk answered with nothing, one still out: not yet "no figures".
  expect(await reports.get(5)).toMatchObject({ checking: true, claims: [] });
  answer.c2([claim('12', 0, 'unverified')]);
  await second;
  const done = (await reports.get(5))!;
  expect([done.checking, done.claims.map((c) => c.figure)]).toEqual([false, ['12']]);
});

test('a failed check still ends the checking state', async () => {
  const { reports } = setup();
  await reports.reset(6, page);
  await expect(
    reports.whileChecking(6, async () => {
      throw new Error('dataset missing');
    }),
  ).rejects.toThrow('dataset missing');
  expect((await reports.get(6))!.checking).toBe(false);
});

test('a page being read counts as checking before its first piece is sent, and not after it was read or the tab left', async () => {
  const { reports } = setup();
  reports.setReading(4, true);
  await reports.reset(4, page);
  expect(await reports.get(4)).toMatchObject({ checking: true, claims: [] });
  reports.setReading(4, false);
  expect((await reports.get(4))!.checking).toBe(false);
  reports.setReading(4, true);
  await reports.clear(4);
  await reports.reset(4, page);
  expect((await reports.get(4))!.checking).toBe(false);
});
