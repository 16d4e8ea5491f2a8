import { describe, expect, it, test } from 'vitest';
import type { ReportedClaim, TabReport } from '../../../../lib/extension/messaging';
import type { VerdictStatus } from '../../../../lib/verdict';
import { countByVerdict, decideView, groupByVerdict, omittedCount } from '../../../../components/popup/popup-state';
import { checkedClaim } from '../../checked-claim';

const claim = (key: string, status: VerdictStatus): ReportedClaim => ({ ...checkedClaim('100', 0, status, { sentence: '100 killed' }), key });
const report = (claims: ReportedClaim[], state: TabReport['state'] = 'scanned'): TabReport => ({
  url: 'https://news.example/a',
  title: 'A',
  published: null,
  conflicts: [],
  claims,
  state,
  checking: false,
});

describe('decideView', () => {
  const url = 'https://www.news.example/story';
  test('a browser page is unscannable whatever the report says', () => expect(decideView('chrome://newtab/', null, false).kind).toBe('unscannable'));
  test('a store page is unscannable (lib/sites.ts decides which)', () => expect(decideView('https://addons.mozilla.org/en-US/firefox/', null, false).kind).toBe('unscannable'));
  test('the background may report a page as unsupported', () => expect(decideView(url, report([], 'unsupported'), false).kind).toBe('unscannable'));
  test('the per-site switch wins over a stale report', () => expect(decideView(url, report([claim('a', 'disputed')]), true)).toEqual({ kind: 'disabled', site: 'news.example' }));
  test('no report means nothing read the tab', () =>
    expect(decideView(url, null, false)).toEqual({ kind: 'not-scanned', site: 'news.example', originPattern: 'https://www.news.example/*' }));
  test('a scanned page without figures', () => expect(decideView(url, report([]), false).kind).toBe('no-figures'));
  test('a page still being checked is not called empty', () => {
    expect(decideView(url, { ...report([]), checking: true }, false)).toEqual({ kind: 'checking', site: 'news.example' });
    // Figures already back are listed while the rest is checked.
    expect(decideView(url, { ...report([claim('a', 'disputed')]), checking: true }, false).kind).toBe('report');
  });
  test('figures are grouped with the ones needing caution first', () => {
    const view = decideView(url, report([claim('a', 'no_data'), claim('b', 'corroborated'), claim('c', 'disputed'), claim('d', 'unverified'), claim('e', 'disputed')]), false);
    expect(view.kind).toBe('report');
    if (view.kind !== 'report') return;
    expect(view.groups.map((g) => [g.status, g.claims.map((c) => c.key)])).toEqual([
      ['disputed', ['c', 'e']],
      ['unverified', ['d']],
      ['corroborated', ['b']],
      ['no_data', ['a']],
    ]);
  });
});

test('counts include verdicts with no figures as zero', () => {
  expect(countByVerdict([claim('a', 'disputed'), claim('b', 'disputed')])).toEqual({ corroborated: 0, disputed: 2, unverified: 0, no_data: 0 });
  expect(groupByVerdict([])).toEqual([]);
});

describe('figures past the report budget', () => {
  it('are counted with the listed ones, and said to be unlisted', () => {
    expect(countByVerdict([], { unverified: 3, corroborated: 1 })).toEqual({ corroborated: 1, disputed: 0, unverified: 3, no_data: 0 });
    expect(omittedCount({ unverified: 3, corroborated: 1 })).toBe(4);
    expect(omittedCount(undefined)).toBe(0);
  });
});
