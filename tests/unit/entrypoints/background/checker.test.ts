import { expect, test, vi } from 'vitest';
import { Checker } from '../../../../entrypoints/background/checker';
import { BUNDLED_DATASET } from '../../../../lib/dataset/bundled';

const text = 'Regional officials said 3 people were wounded when a drone hit a bus depot in Kharkiv.';

test('claims carry offsets into the chunk, and figures in the title (read only as context) are left out', async () => {
  const checker = new Checker(async () => BUNDLED_DATASET);
  const report = await checker.check(text, { title: 'Ukraine: 40 killed in overnight strikes', published: '2025-11-20' });
  expect(report.claims.map((c) => c.figure)).toEqual(['3']);
  for (const c of report.claims) expect(text.slice(c.start, c.end)).toBe(c.figure);
  expect(report.conflicts).toContain('russia-ukraine');
});

test('the dataset is loaded once, again after reload(), and again after a failed load', async () => {
  const load = vi.fn(async () => BUNDLED_DATASET);
  const checker = new Checker(load);
  await checker.check(text, { title: '', published: null });
  await checker.check(text, { title: '', published: null });
  expect(load).toHaveBeenCalledTimes(1);
  checker.reload();
  await checker.check(text, { title: '', published: null });
  expect(load).toHaveBeenCalledTimes(2);

  const failing = vi.fn().mockRejectedValueOnce(new Error('store unreadable')).mockResolvedValue(BUNDLED_DATASET);
  const other = new Checker(failing);
  await expect(other.check(text, { title: '', published: null })).rejects.toThrow('store unreadable');
  expect((await other.check(text, { title: '', published: null })).claims).toHaveLength(1);
});
