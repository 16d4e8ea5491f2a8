/**
 * Turns a parsed (but untrusted) value into a Dataset, or into a short list of problems a person
 * can act on. JSON and CSV imports both end here, so every import obeys the same rules.
 */
import * as v from 'valibot';
import { DATASET_FORMAT, DatasetSchema, RecordSchema, type Dataset, type DatasetRecord } from './schema';
import { CHECKPOINT_EVERY, runNow, type Steps } from './slices';

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/** More problems than this are not helpful: the user fixes the first ones and tries again. */
export const MAX_PROBLEMS = 20;

/** Keys that could change an object's prototype if some later code copied them naively. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Names a place in the input. JSON names records by position and id; CSV names the row and column,
 * so `locate` is supplied by the format that knows how the user sees the file.
 */
export interface Locator {
  /** `record 3 (id "x")` or `row 14`, for the record at this 0-based index. */
  record(index: number, id: unknown): string;
  /** How a record field path (e.g. `time.asOf`) is named to the user (`as_of` in CSV). */
  field(path: string): string;
}

export const jsonLocator: Locator = {
  record: (index, id) => `record ${index + 1}${typeof id === 'string' ? ` (id ${JSON.stringify(id)})` : ''}`,
  field: (path) => path,
};

export function ok(dataset: Dataset): ParseResult {
  return { ok: true, dataset };
}

export function fail(problems: string[]): ParseResult {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** The `format` check comes first: a dataset of another format would otherwise drown in field errors. */
export function formatProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'The file is not a TollCheck dataset: expected a JSON object with `format`, `name`, `version` and `records`.';
  }
  const format = (value as Record<string, unknown>).format;
  if (format === undefined) return 'The file has no `format` field, so it is not a TollCheck dataset (expected `"format": 1`).';
  if (format !== DATASET_FORMAT) {
    return `The dataset is in format ${JSON.stringify(format)}, but this version of TollCheck reads format ${DATASET_FORMAT}. Export it as format ${DATASET_FORMAT} or update TollCheck.`;
  }
  return null;
}

/** Full validation of an already-parsed value: schema, then rules the schema cannot express. */
export function checkDataset(value: unknown, locate: Locator = jsonLocator): ParseResult {
  return runNow(checkDatasetSteps(value, locate));
}

/** The header's fields with the records left for `checkDatasetSteps` to check one by one. */
const HeaderSchema = v.strictObject({ ...DatasetSchema.entries, records: v.array(v.unknown()) });

/** An issue with its full path from the dataset's root, as `describeIssues` names it. */
interface PlacedIssue {
  keys: unknown[];
  issue: v.BaseIssue<unknown>;
}

const placed = (issue: v.BaseIssue<unknown>, prefix: unknown[] = []): PlacedIssue => ({ keys: [...prefix, ...(issue.path ?? []).map((item) => item.key)], issue });

/**
 * `checkDataset` as steps: the header first, then each record with a checkpoint every few hundred,
 * so the options page can check 50,000 records in slices. The problems and their order are those
 * of validating the whole dataset against DatasetSchema at once (a unit test compares the two): the
 * header's fields, then the records, then an unknown top-level key.
 */
export function* checkDatasetSteps(value: unknown, locate: Locator = jsonLocator): Steps<ParseResult> {
  const formatIssue = formatProblem(value);
  if (formatIssue) return fail([formatIssue]);
  const records = (value as { records?: unknown }).records;
  const header = v.safeParse(HeaderSchema, value);
  const headerIssues = (header.issues ?? []).map((issue) => placed(issue));
  // DatasetSchema reports an unknown top-level key after every field, the records included.
  const isUnknownKey = ({ keys, issue }: PlacedIssue) => keys.length === 1 && issue.expected === 'never';
  const issues = headerIssues.filter((i) => !isUnknownKey(i));
  const last = headerIssues.filter(isUnknownKey);
  const checked: DatasetRecord[] = [];
  if (Array.isArray(records)) {
    // Places already named: once MAX_PROBLEMS are, later problems would not be shown anyway.
    const places = new Set(issues.map(({ keys }) => placeOf(keys, records, locate)));
    for (let index = 0; index < records.length && places.size < MAX_PROBLEMS; index++) {
      if (index % CHECKPOINT_EVERY === 0) yield { step: 'checking', done: index, total: records.length };
      const result = v.safeParse(RecordSchema, records[index]);
      if (result.success) checked.push(result.output);
      else
        for (const issue of result.issues) {
          const item = placed(issue, ['records', index]);
          issues.push(item);
          places.add(placeOf(item.keys, records, locate));
        }
    }
    yield { step: 'checking', done: records.length, total: records.length };
  }
  issues.push(...last);
  if (issues.length || !header.success) return fail(describePlaced(issues, records, locate));
  const dataset: Dataset = { ...header.output, records: checked };
  const duplicates = duplicateIds(dataset, locate);
  return duplicates.length ? fail(duplicates) : ok(dataset);
}

function duplicateIds(dataset: Dataset, locate: Locator): string[] {
  const firstSeen = new Map<string, number>();
  const problems: string[] = [];
  dataset.records.forEach((record, index) => {
    const earlier = firstSeen.get(record.id);
    if (earlier === undefined) firstSeen.set(record.id, index);
    else
      problems.push(
        `${locate.record(index, record.id)}: duplicate id ${JSON.stringify(record.id)}, already used by ${locate.record(earlier, record.id)}. Every record needs its own id.`,
      );
  });
  return problems;
}

/** One message per offending field: valibot may report several failed checks for the same value. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], records: unknown, locate: Locator): string[] {
  return describePlaced(
    issues.map((issue) => placed(issue)),
    records,
    locate,
  );
}

function describePlaced(issues: readonly PlacedIssue[], records: unknown, locate: Locator): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const { keys, issue } of issues) {
    const where = placeOf(keys, records, locate);
    if (seen.has(where)) continue;
    seen.add(where);
    problems.push(`${where} ${explain(issue)}`);
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems;
}

function placeOf(keys: unknown[], records: unknown, locate: Locator): string {
  if (keys[0] === 'records' && typeof keys[1] === 'number') {
    const index = keys[1];
    const record = Array.isArray(records) ? records[index] : undefined;
    const id = typeof record === 'object' && record !== null ? (record as Record<string, unknown>).id : undefined;
    const field = keys.slice(2).join('.');
    return field ? `${locate.record(index, id)}: \`${locate.field(field)}\`` : `${locate.record(index, id)}:`;
  }
  return keys.length ? `header: \`${keys.join('.')}\`` : 'dataset:';
}

function explain(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a field of this format (check its spelling)';
  if (issue.input === undefined) return 'is required but missing';
  const got = JSON.stringify(issue.input) ?? String(issue.input);
  const shown = got.length > 60 ? `${got.slice(0, 57)}…` : got;
  const message = issue.message.startsWith('Invalid') ? expectedText(issue.expected) : issue.message;
  if (typeof issue.input !== 'object' || issue.input === null) return `${message}, got ${shown}`;
  const { low, best, high } = issue.input as Record<string, unknown>;
  return best === undefined ? message : `${message}, got low ${low}, best ${best}, high ${high}`;
}

/** Valibot's own wording ("Invalid type: Expected ("a" | "b")") made readable for a person. */
function expectedText(expected: string | null): string {
  const literals = expected?.replace(/^\(|\)$/g, '').split(' | ') ?? [];
  if (literals.length > 1 && literals.every((l) => l.startsWith('"'))) return `must be one of ${literals.join(', ')}`;
  const names: Record<string, string> = { string: 'text', number: 'a number', Array: 'a list', Object: 'an object', null: 'empty (null)' };
  const kinds = literals.map((l) => names[l] ?? l);
  return kinds.length ? `must be ${kinds.join(' or ')}` : 'has the wrong type';
}
