/**
 * The dataset's CSV form. A CSV holds records only; the dataset header (name, version, …) travels as
 * optional `# key: value` comment lines before the header row, with defaults when they are absent.
 */
import Papa from 'papaparse';
import { checkDatasetSteps, fail, FORBIDDEN_KEYS, type Locator, type ParseResult } from './check';
import { columnForPath, CSV_COLUMNS, LIST_SEPARATOR, recordToRow } from './csv-columns';
import { DATASET_FORMAT, type Dataset } from './schema';
import { CHECKPOINT_EVERY, runNow, type Steps } from './slices';

const HEADER_KEYS = ['format', 'name', 'version', 'published', 'licence', 'description'] as const;
const KNOWN = new Set<string>(CSV_COLUMNS.map((c) => c.name));

export interface CsvOptions {
  /** Publication date used when the file carries no `# published:` line (YYYY-MM-DD). */
  today?: string;
}

export function parseDatasetCsv(text: string, options: CsvOptions = {}): ParseResult {
  return runNow(parseDatasetCsvSteps(text, options));
}

/** `parseDatasetCsv` as steps (lib/dataset/slices.ts), the CSV tokenizer included. */
export function* parseDatasetCsvSteps(text: string, options: CsvOptions = {}): Steps<ParseResult> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const commentCount = lines.findIndex((line) => !isCommentLine(line));
  const comments = lines.slice(0, commentCount < 0 ? lines.length : commentCount).map(unquoteLine);
  const bodyLines = lines.slice(comments.length);
  if (bodyLines.every((line) => line.trim() === '') && comments.length === 0) return fail(['The file is empty.']);
  const [columns, ...rows] = yield* csvRowsSteps(bodyLines);
  if (!columns) return fail(['The CSV has no header row: the first row must name the columns (id, conflict, category, …).']);
  const headerLine = comments.length + 1;
  const problems = [...columnProblems(columns), ...rows.flatMap((row, i) => rowShapeProblem(row, columns.length, headerLine + 1 + i))];
  if (problems.length) return fail(problems);
  const header = readHeaderComments(comments, options.today ?? new Date().toISOString().slice(0, 10));
  const records: Record<string, unknown>[] = [];
  for (const [index, row] of rows.entries()) {
    if (index % CHECKPOINT_EVERY === 0) yield { step: 'reading', done: index, total: rows.length };
    records.push(rowToRecord(columns, row));
  }
  const locate: Locator = { record: (index) => `row ${headerLine + 1 + index}`, field: columnForPath };
  return yield* checkDatasetSteps({ ...header, records }, locate);
}

/** Lines per call of the CSV tokenizer: a few ms each, so a 50,000-row file is read in slices too. */
export const CSV_BATCH_LINES = 2000;

/**
 * The rows of CSV lines, tokenized a batch of lines at a time. A batch ends only between two rows:
 * where the quotes so far are balanced, since a quoted cell may hold a line break ("" inside a
 * quoted cell is two quotes, so it keeps the count even). Every batch is read with the first
 * batch's delimiter, so the rows equal one Papa.parse of the whole text (a unit test compares them).
 */
export function* csvRowsSteps(lines: string[]): Steps<string[][]> {
  const rows: string[][] = [];
  let delimiter: string | undefined;
  let from = 0;
  let quotes = 0;
  for (let i = 0; i < lines.length; i++) {
    for (let at = lines[i].indexOf('"'); at >= 0; at = lines[i].indexOf('"', at + 1)) quotes++;
    const last = i === lines.length - 1;
    if (!last && (i + 1 - from < CSV_BATCH_LINES || quotes % 2 === 1)) continue;
    const parsed = Papa.parse<string[]>(lines.slice(from, i + 1).join('\n'), { header: false, skipEmptyLines: 'greedy', delimiter });
    delimiter ??= parsed.meta.delimiter;
    for (const row of parsed.data) rows.push(row);
    from = i + 1;
    if (!last) yield { step: 'reading', done: from, total: lines.length };
  }
  return rows;
}

function columnProblems(columns: string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of columns) {
    if (FORBIDDEN_KEYS.has(name) || !KNOWN.has(name)) problems.push(`header row: unknown column \`${name}\`. Known columns: ${[...KNOWN].join(', ')}.`);
    else if (seen.has(name)) problems.push(`header row: column \`${name}\` appears twice.`);
    seen.add(name);
  }
  const missing = CSV_COLUMNS.filter((c) => c.required && !seen.has(c.name)).map((c) => `\`${c.name}\``);
  if (missing.length) problems.push(`header row: missing required column(s) ${missing.join(', ')}. The first row must name the columns of a TollCheck dataset.`);
  return problems;
}

function rowShapeProblem(row: string[], width: number, line: number): string[] {
  return row.length === width ? [] : [`row ${line}: has ${row.length} cells but the header row has ${width}. Check for a missing or extra comma, or an unclosed quote.`];
}

function readHeaderComments(comments: string[], today: string): Record<string, unknown> {
  const header: Record<string, unknown> = {
    format: DATASET_FORMAT,
    name: 'Imported CSV dataset',
    version: '0',
    published: today,
    licence: 'unknown',
    description: 'Imported from a CSV file without a description.',
    sources: [] as { name: string; url: string }[],
  };
  for (const comment of comments) {
    const match = /^#\s*([a-z]+)\s*:\s*(.*)$/i.exec(comment);
    if (!match) continue;
    const key = match[1].toLowerCase() === 'license' ? 'licence' : match[1].toLowerCase();
    const value = match[2].trim();
    if (key === 'source') {
      const [name, url] = value.split(' | ');
      (header.sources as unknown[]).push({ name: name?.trim(), url: url?.trim() });
    } else if ((HEADER_KEYS as readonly string[]).includes(key)) {
      header[key] = key === 'format' && /^\d+$/.test(value) ? Number(value) : value;
    }
  }
  return header;
}

function rowToRecord(columns: string[], row: string[]): Record<string, unknown> {
  const cell = (name: string): string => {
    const i = columns.indexOf(name);
    return i < 0 ? '' : unescapeFormula(row[i].trim());
  };
  const optional = (name: string) => cell(name) || undefined;
  const best = toCount(cell('count_best'));
  const kind = cell('time_kind');
  const time =
    kind === 'event'
      ? { kind, eventDate: optional('event_date') }
      : kind === 'cumulative'
        ? { kind, periodStart: cell('period_start') || null, asOf: optional('as_of') }
        : { kind: kind || undefined };
  const reportedAs = cell('reported_as')
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    id: cell('id'),
    conflict: cell('conflict'),
    country: cell('country') || null,
    region: optional('region'),
    category: cell('category'),
    ...(reportedAs.length ? { reportedAs } : {}),
    population: cell('population'),
    side: cell('side'),
    subset: optional('subset'),
    best,
    low: cell('count_low') ? toCount(cell('count_low')) : best,
    high: cell('count_high') ? toCount(cell('count_high')) : best,
    time,
    claimant: cell('claimant'),
    claimantType: cell('claimant_type'),
    figureKind: cell('figure_kind'),
    source: { name: cell('source_name'), url: cell('source_url'), published: cell('source_published') || null },
    caveat: optional('caveat'),
    note: optional('note'),
  };
}

/** Numbers become numbers (also "1,000"); anything else stays text so the error can quote it. */
function toCount(raw: string): number | string | undefined {
  if (raw === '') return undefined;
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (/^\d{1,3}(,\d{3})+$/.test(raw)) return Number(raw.replace(/,/g, ''));
  return raw;
}

/** Exports prefix cells starting with = + - @ with an apostrophe so spreadsheets do not run them. */
function unescapeFormula(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/**
 * A header line is a `# key: value` comment; written out, it is one CSV cell like any other: quoted
 * when it holds a separator or a quote (so `# name: Evil,=HYPERLINK(…)` stays one cell that starts
 * with `#`, never a formula cell), and never a raw line break.
 */
function isCommentLine(line: string): boolean {
  return line.startsWith('#') || line.startsWith('"#');
}

function unquoteLine(line: string): string {
  return line.startsWith('"#') && line.endsWith('"') && line.length > 2 ? line.slice(1, -1).replace(/""/g, '"') : line;
}

/** Line breaks and other controls become spaces: a header line is always one line. */
const oneLine = (s: string) =>
  s
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();

export function headerLine(content: string): string {
  const line = oneLine(content);
  return /[",;\t]/.test(line) ? `"${line.replace(/"/g, '""')}"` : line;
}

export function datasetToCsv(dataset: Dataset): string {
  const comments = [
    `# format: ${dataset.format}`,
    ...HEADER_KEYS.filter((k) => k !== 'format').map((k) => `# ${k}: ${String(dataset[k])}`),
    ...dataset.sources.map((s) => `# source: ${s.name} | ${s.url}`),
  ].map(headerLine);
  const fields = CSV_COLUMNS.map((c) => c.name);
  const table = Papa.unparse({ fields, data: dataset.records.map((r) => fields.map((f) => recordToRow(r)[f])) }, { escapeFormulae: true, newline: '\n' });
  return `${comments.join('\n')}\n${table}\n`;
}
