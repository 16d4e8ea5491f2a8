/**
 * checkDataset checks the header and then each record on its own (so the options page can do it in
 * slices). Its problems must be exactly those of validating the whole value against DatasetSchema
 * at once, as it did before: the reference below does that.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkDataset, checkDatasetSteps, describeIssues, fail, formatProblem, jsonLocator, MAX_PROBLEMS, ok } from '../../../lib/dataset/check';
import { DatasetSchema } from '../../../lib/dataset/schema';
import { runInSlices } from '../../../lib/dataset/slices';
import { makeRecords } from './make-records';
import { sampleDataset, sampleRecord } from './sample';

/** Validation of the whole value in one go (duplicate ids aside), as the check was written before. */
function wholeSchemaProblems(value: unknown) {
  const format = formatProblem(value);
  if (format) return fail([format]);
  const result = v.safeParse(DatasetSchema, value);
  return result.success ? ok(result.output) : fail(describeIssues(result.issues, (value as { records?: unknown }).records, jsonLocator));
}

const base = () =>
  structuredClone(sampleDataset('1', [sampleRecord('a'), sampleRecord('b'), sampleRecord('c')])) as unknown as Record<string, unknown> & { records: Record<string, unknown>[] };

const cases: [string, () => unknown][] = [
  ['a valid dataset (strings trimmed on the way)', () => ({ ...base(), name: '  Padded name  ' })],
  [
    'a header problem and record problems',
    () => ({ ...base(), published: '2024-13-01', records: [{ ...sampleRecord('a'), best: -1 }, sampleRecord('b'), { ...sampleRecord('c'), time: { kind: 'x' } }] }),
  ],
  ['an unknown top-level key after record problems', () => ({ ...base(), extra: true, records: [{ ...sampleRecord('a'), category: 'lost' }] })],
  ['an unknown key in a record', () => ({ ...base(), records: [{ ...sampleRecord('a'), colour: 'red' }] })],
  ['records that are not a list', () => ({ ...base(), records: { a: 1 } })],
  ['no records at all', () => ({ ...base(), records: undefined })],
  ['a record that is not an object', () => ({ ...base(), records: [sampleRecord('a'), 'b', null] })],
  ['figures out of order (a check on the whole record)', () => ({ ...base(), records: [{ ...sampleRecord('a'), low: 5, best: 4, high: 6 }] })],
  [`more than ${MAX_PROBLEMS} bad records and an unknown key`, () => ({ ...base(), surplus: 1, records: makeRecords(40).map((r) => ({ ...r, conflict: 'Not A Slug' })) })],
  ['bad header sources', () => ({ ...base(), sources: [{ name: 'x', url: 'ftp://x' }] })],
];

describe('checkDataset record by record', () => {
  it.each(cases)('gives what whole-schema validation gives: %s', (_, make) => {
    expect(checkDataset(make())).toEqual(wholeSchemaProblems(make()));
  });

  it('still finds duplicate ids once every record passes', () => {
    const result = checkDataset({ ...base(), records: [sampleRecord('a'), sampleRecord('a')] });
    expect(result).toEqual(fail(['record 2 (id "a"): duplicate id "a", already used by record 1 (id "a"). Every record needs its own id.']));
  });

  it('reports its progress in records, ending at the total', async () => {
    const records = makeRecords(1200);
    const seen: number[] = [];
    const steps = checkDatasetSteps({ ...base(), records });
    const result = await runInSlices(steps, { budgetMs: 0, pause: async () => undefined, onProgress: (c) => seen.push(c.done) });
    expect(result.ok).toBe(true);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1200);
  });
});
