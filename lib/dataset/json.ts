/** The dataset's JSON form: reading untrusted text, and writing the active dataset back out. */
import { checkDatasetSteps, fail, type ParseResult } from './check';
import { parseJsonSteps } from './json-records';
import type { Dataset } from './schema';
import { runNow, type Steps } from './slices';

/** A key in JSON text: an unescaped quote, the name, a quote, optional space, a colon. */
const FORBIDDEN_KEY_TEXT = /"(__proto__|constructor|prototype)"\s*:/g;

export function parseDatasetJson(text: string): ParseResult {
  return runNow(parseDatasetJsonSteps(text));
}

/** `parseDatasetJson` as steps (lib/dataset/slices.ts), for the options page to run in slices. */
export function* parseDatasetJsonSteps(text: string): Steps<ParseResult> {
  if (text.trim() === '') return fail(['The file is empty.']);
  let value: unknown;
  try {
    value = yield* parseJsonSteps(text);
  } catch (error) {
    return fail([jsonSyntaxProblem(text, error)]);
  }
  // A scan of the text is much faster than a reviver on large files. An escaped spelling that slips
  // past it still fails validation, as an unknown field of a strict object.
  // The scan reads the whole text at once (tens of ms on 20 MB): it starts a slice of its own if due.
  yield { step: 'reading', done: text.length, total: text.length };
  const forbidden = new Set([...text.matchAll(FORBIDDEN_KEY_TEXT)].map((m) => m[1]));
  if (forbidden.size) {
    return fail([`The file uses the reserved key(s) ${[...forbidden].map((k) => `\`${k}\``).join(', ')}, which a dataset never needs; remove them.`]);
  }
  return yield* checkDatasetSteps(value);
}

/** A parse error at the very end of the text means the file stops early (a cut-off download or copy). */
function jsonSyntaxProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
  const atEnd = /end of (JSON )?input|Unterminated string/i.test(message) || position >= text.trimEnd().length;
  if (atEnd) return 'The JSON ends before it is complete: the file looks truncated (an interrupted download or copy). Get the whole file and try again.';
  return `The file is not valid JSON (${message}). Check it with a JSON validator, or export it again.`;
}

/** One record per line: valid JSON that still diffs line by line when a dataset is kept in git. */
export function datasetToJson(dataset: Dataset): string {
  const { records, ...header } = dataset;
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  const body = records.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  return `${head},\n  "records": [\n${body}\n  ]\n}\n`;
}
