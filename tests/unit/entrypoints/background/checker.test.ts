import { describe, expect, test, vi } from 'vitest';
import { Checker, type RecordSource } from '../../../../entrypoints/background/checker';
import { BUNDLED_DATASET } from '../../../../lib/dataset/bundled';
import type { Dataset } from '../../../../lib/dataset/schema';
import { checkChunk } from '../../../../lib/pipeline';
import { splitText } from '../../../../lib/page/pieces';
import { buildIndex } from '../../../../lib/verify';
import { fixtureIds, fixtureText } from '../../fixture-list';

const kharkiv = 'Regional officials said 3 people were wounded when a drone hit a bus depot in Kharkiv.';
const gaza = "Gaza's health ministry said 41 Palestinians were killed in Israeli strikes on Khan Younis on Tuesday.";
const untethered = 'Officials said 12 people were killed when a bus overturned on a mountain road.';

/** A record source over a dataset in memory, with spies on both reads. */
function sourceOf(dataset: Dataset, slot = 'bundled') {
  return {
    activeConflicts: vi.fn(async () => ({ slot, conflicts: new Set(dataset.records.map((r) => r.conflict)) })),
    conflictRecords: vi.fn(async (_slot: string, conflicts: readonly string[]) => new Map(conflicts.map((c) => [c, dataset.records.filter((r) => r.conflict === c)]))),
  } satisfies RecordSource;
}

test('claims carry offsets into the chunk, and figures in the title (read only as context) are left out', async () => {
  const checker = new Checker(sourceOf(BUNDLED_DATASET));
  const report = await checker.check(kharkiv, { title: 'Ukraine: 40 killed in overnight strikes', published: '2025-11-20' });
  expect(report.claims.map((c) => c.figure)).toEqual(['3']);
  for (const c of report.claims) expect(kharkiv.slice(c.start, c.end)).toBe(c.figure);
  expect(report.conflicts).toContain('russia-ukraine');
});

test('only the conflicts a page is about are read, each once, and again after reload()', async () => {
  const source = sourceOf(BUNDLED_DATASET);
  const checker = new Checker(source);
  await checker.warm();
  expect(source.conflictRecords).not.toHaveBeenCalled();
  await checker.check(kharkiv, { title: '', published: null });
  await checker.check(kharkiv, { title: '', published: null });
  expect(source.conflictRecords.mock.calls).toEqual([['bundled', ['russia-ukraine']]]);
  await checker.check(gaza, { title: '', published: null });
  expect(source.conflictRecords.mock.calls.at(-1)).toEqual(['bundled', ['israel-gaza']]);
  // A figure no conflict claims reads nothing.
  await checker.check(untethered, { title: '', published: null });
  expect(source.conflictRecords).toHaveBeenCalledTimes(2);
  expect(source.activeConflicts).toHaveBeenCalledTimes(1);

  checker.reload();
  await checker.check(kharkiv, { title: '', published: null });
  expect(source.activeConflicts).toHaveBeenCalledTimes(2);
  expect(source.conflictRecords).toHaveBeenCalledTimes(3);
});

test('a read that fails (the dataset was replaced meanwhile) starts again from the active dataset once', async () => {
  const source = sourceOf(BUNDLED_DATASET);
  source.conflictRecords.mockRejectedValueOnce(new Error('The dataset being read was replaced; check the page again.'));
  const checker = new Checker(source);
  expect((await checker.check(kharkiv, { title: '', published: null })).claims).toHaveLength(1);
  expect(source.activeConflicts).toHaveBeenCalledTimes(2);

  const broken = sourceOf(BUNDLED_DATASET);
  broken.conflictRecords.mockRejectedValue(new Error('store unreadable'));
  const failing = new Checker(broken);
  await expect(failing.check(kharkiv, { title: '', published: null })).rejects.toThrow('store unreadable');
  broken.conflictRecords.mockImplementation(sourceOf(BUNDLED_DATASET).conflictRecords);
  expect((await failing.check(kharkiv, { title: '', published: null })).claims).toHaveLength(1);
});

describe('reading conflicts as pages need them gives the verdicts of the whole dataset', () => {
  const whole = buildIndex(BUNDLED_DATASET.records);

  // A fresh checker per article: a figure checked against a conflict it did not read would throw.
  test.each(fixtureIds())('%s', async (id) => {
    const text = fixtureText(id);
    const checker = new Checker(sourceOf(BUNDLED_DATASET));
    for (const piece of splitText(text)) {
      const page = { title: '', published: null };
      expect(await checker.check(piece.text, page)).toEqual(checkChunk(page, piece.text, whole));
    }
  });
});
