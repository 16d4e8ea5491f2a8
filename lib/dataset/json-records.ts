/**
 * Parses a dataset's JSON text a batch of records at a time, so a 20 MB file never holds the page
 * in one JSON.parse. A scan finds the records array and the commas between its elements (tracking
 * only strings and nesting); the header is parsed with the array left empty, then the elements in
 * batches. Anything the scan does not expect — the text is not an object, `records` is not an
 * array or appears twice, an empty element — gives null, and the caller parses the text whole,
 * which also gives a syntax error its real position. Each batch is checked by JSON.parse itself, so
 * the result equals JSON.parse(text) (a unit test compares them on valid and broken texts).
 */
import { runNow, type Steps } from './slices';

interface RecordsLayout {
  /** Offsets of the records array's `[` and `]`. */
  open: number;
  close: number;
  /** Offsets of the commas between its elements. */
  commas: number[];
  count: number;
}

/** Characters scanned between two checkpoints (about a millisecond). */
const SCAN_CHECKPOINT = 1 << 18;
/** Records per JSON.parse: about 200 kB of text, a couple of ms. */
const BATCH_RECORDS = 500;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** JSON.parse(text) as steps; throws what JSON.parse throws when the text is not valid JSON. */
export function* parseJsonSteps(text: string): Steps<unknown> {
  const layout = yield* locateRecords(text);
  if (layout) {
    const value = yield* parseInBatches(text, layout);
    if (value !== undefined) return value;
  }
  return JSON.parse(text);
}

export const parseJsonNow = (text: string): unknown => runNow(parseJsonSteps(text));

function* parseInBatches(text: string, { open, close, commas, count }: RecordsLayout): Steps<unknown> {
  try {
    const header: unknown = JSON.parse(`${text.slice(0, open)}[]${text.slice(close + 1)}`);
    const records: unknown[] = [];
    for (let first = 0; first < count; first += BATCH_RECORDS) {
      const last = Math.min(first + BATCH_RECORDS, count) - 1;
      const start = first === 0 ? open + 1 : commas[first - 1] + 1;
      const end = last === count - 1 ? close : commas[last];
      const batch: unknown[] = JSON.parse(`[${text.slice(start, end)}]`);
      for (const record of batch) records.push(record);
      yield { step: 'reading', done: text.length + end, total: 2 * text.length };
    }
    (header as { records: unknown[] }).records = records;
    return header;
  } catch {
    return undefined;
  }
}

/** Where the top-level `records` array and its element separators are, or null when unsure. */
function* locateRecords(text: string): Steps<RecordsLayout | null> {
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== 0x7b /* { */) return null;
  let depth = 0;
  let expectKey = false;
  let lastKey: string | null = null;
  let recordsNext = false;
  let inRecords = false;
  let sawValue = false;
  let layout: RecordsLayout | null = null;
  let nextCheckpoint = SCAN_CHECKPOINT;
  for (; i < text.length; i++) {
    if (i >= nextCheckpoint) {
      nextCheckpoint += SCAN_CHECKPOINT;
      // The scan is the first half of reading, the batches the second.
      yield { step: 'reading', done: i, total: 2 * text.length };
    }
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (recordsNext) {
      recordsNext = false;
      if (c !== 0x5b /* [ */ || layout) return null;
      layout = { open: i, close: -1, commas: [], count: 0 };
      inRecords = true;
      depth++;
      continue;
    }
    if (inRecords && depth === 2 && c !== 0x2c && c !== 0x5d) sawValue = true;
    switch (c) {
      case QUOTE: {
        const end = stringEnd(text, i);
        if (end < 0) return null;
        if (depth === 1 && expectKey) {
          try {
            lastKey = JSON.parse(text.slice(i, end + 1));
          } catch {
            return null;
          }
          expectKey = false;
        }
        i = end;
        break;
      }
      case 0x3a /* : */:
        if (depth === 1) recordsNext = lastKey === 'records';
        break;
      case 0x2c /* , */:
        if (depth === 1) expectKey = true;
        else if (inRecords && depth === 2) {
          if (!sawValue) return null;
          layout!.commas.push(i);
          sawValue = false;
        }
        break;
      case 0x7b /* { */:
        depth++;
        if (depth === 1) expectKey = true;
        break;
      case 0x5b /* [ */:
        depth++;
        break;
      case 0x7d /* } */:
        if (inRecords && depth === 2) return null;
        depth--;
        break;
      case 0x5d /* ] */:
        if (inRecords && depth === 2) {
          if (!sawValue && layout!.commas.length > 0) return null;
          layout!.close = i;
          layout!.count = sawValue ? layout!.commas.length + 1 : 0;
          inRecords = false;
        }
        depth--;
        break;
    }
  }
  return layout && layout.close > 0 ? layout : null;
}

/** The offset of the quote that closes the string opening at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  let at = start;
  for (;;) {
    at = text.indexOf('"', at + 1);
    if (at < 0) return -1;
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}

/** Skips JSON's whitespace (space, tab, line feed, carriage return) only. */
function skipSpace(text: string, from: number): number {
  let i = from;
  while (/[ \t\n\r]/.test(text[i] ?? '')) i++;
  return i;
}
