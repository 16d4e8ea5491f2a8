/**
 * Everything an import needs before anything changes: a size check that runs before the file is
 * read, format detection, and the JSON / CSV parsers that validate against the schema.
 */
import { fail, type ParseResult } from './check';
import { parseDatasetCsvSteps, type CsvOptions } from './csv';
import { parseDatasetJsonSteps } from './json';
import { runNow, type Steps } from './slices';

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
  return runNow(parseDatasetTextSteps(text, fileName, options));
}

/** `parseDatasetText` as steps (lib/dataset/slices.ts), for the options page to run in slices. */
export function* parseDatasetTextSteps(text: string, fileName?: string, options?: CsvOptions): Steps<ParseResult> {
  if (text.trim() === '') return fail(['The file is empty.']);
  const kind = detectKind(text, fileName);
  if (kind === 'json') return yield* parseDatasetJsonSteps(text);
  if (kind === 'csv') return yield* parseDatasetCsvSteps(text, options);
  return fail(['The file is neither JSON nor CSV. Choose a TollCheck dataset (.json) or a CSV file whose first row names the columns.']);
}

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * A file's bytes as text, refusing anything that is not UTF-8 rather than turning its bytes into
 * U+FFFD (an "é" saved as Latin-1 would otherwise be imported as "�"). A UTF-8 byte order mark is
 * dropped, as before; UTF-16 files are refused with the same advice.
 */
export function decodeDatasetBytes(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    const where = at >= 0 ? ` (byte ${at + 1}${utf16 ? ', a UTF-16 byte order mark' : `, 0x${bytes[at].toString(16).padStart(2, '0').toUpperCase()}`})` : '';
    return { ok: false, message: `The file is not UTF-8 text${where}. Save or export it as UTF-8 and try again; nothing was imported.` };
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      let lo = 0x80;
      let hi = 0xbf;
      if (k === 1 && b === 0xe0) lo = 0xa0;
      if (k === 1 && b === 0xed) hi = 0x9f;
      if (k === 1 && b === 0xf0) lo = 0x90;
      if (k === 1 && b === 0xf4) hi = 0x8f;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}
