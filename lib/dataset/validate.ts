/**
 * Everything an import needs before anything changes: a size check that runs before the file is
 * read, format detection, and the JSON / CSV parsers that validate against the schema.
 */
import { fail, type ParseResult } from './check';
import { parseDatasetCsv, type CsvOptions } from './csv';
import { parseDatasetJson } from './json';

export { MAX_PROBLEMS, type ParseResult } from './check';
export { parseDatasetCsv, datasetToCsv } from './csv';
export { parseDatasetJson, datasetToJson } from './json';

/** Refused before parsing: larger files would freeze the page and are not plausible datasets. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;

/** A problem message when `bytes` is too large to import, else null. */
export function checkSize(bytes: number): string | null {
  if (bytes <= MAX_DATASET_BYTES) return null;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `The file is ${mb} MB; TollCheck imports datasets of at most 50 MB. Split it or remove records you do not need.`;
}

export type DatasetFileKind = 'json' | 'csv';

/**
 * Which parser a file needs, from its name when it says, else from its first characters.
 * Returns null for text that is neither (a PDF, an HTML page, a spreadsheet saved as .xlsx).
 */
export function detectKind(text: string, fileName?: string): DatasetFileKind | null {
  const ext = fileName?.toLowerCase().match(/\.(json|csv)$/)?.[1];
  if (ext === 'json' || ext === 'csv') return ext;
  if (/[\u0000-\u0008]/.test(text.slice(0, 4096))) return null;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  const firstRow = start.split(/\r?\n/).find((line) => !line.startsWith('#')) ?? '';
  return /(^|,)\s*"?id"?\s*(,|$)/.test(firstRow) ? 'csv' : null;
}

/** Parses a whole file's text as whichever format it is. */
export function parseDatasetText(text: string, fileName?: string, options?: CsvOptions): ParseResult {
  if (text.trim() === '') return fail(['The file is empty.']);
  const kind = detectKind(text, fileName);
  if (kind === 'json') return parseDatasetJson(text);
  if (kind === 'csv') return parseDatasetCsv(text, options);
  return fail(['The file is neither JSON nor CSV. Choose a TollCheck dataset (.json) or a CSV file whose first row names the columns.']);
}
