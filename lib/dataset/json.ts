/** The dataset's JSON form: reading untrusted text, and writing the active dataset back out. */
import { checkDataset, fail, FORBIDDEN_KEYS, type ParseResult } from './check';
import type { Dataset } from './schema';

export function parseDatasetJson(text: string): ParseResult {
  if (text.trim() === '') return fail(['The file is empty.']);
  const forbidden = new Set<string>();
  let value: unknown;
  try {
    // The reviver only observes keys; JSON.parse itself creates plain data properties.
    value = JSON.parse(text, (key, val) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden.add(key);
      return val;
    });
  } catch (error) {
    return fail([jsonSyntaxProblem(text, error)]);
  }
  if (forbidden.size) {
    return fail([`The file uses the reserved key(s) ${[...forbidden].map((k) => `\`${k}\``).join(', ')}, which a dataset never needs; remove them.`]);
  }
  return checkDataset(value);
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
