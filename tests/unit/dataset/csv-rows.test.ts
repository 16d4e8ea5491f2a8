/** Tokenizing a CSV a batch of lines at a time gives the rows of one parse of the whole text, and yields between batches. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BATCH_LINES, csvRowsSteps } from '../../../lib/dataset/csv';
import { runNow } from '../../../lib/dataset/slices';

const whole = (lines: string[]) => Papa.parse<string[]>(lines.join('\n'), { header: false, skipEmptyLines: 'greedy' }).data;

/** Rows with quoted cells that hold line breaks, escaped quotes and delimiters, some across a batch's end. */
function awkwardLines(delimiter: string, rows: number): string[] {
  const text = [`id${delimiter}note${delimiter}best`];
  for (let i = 0; i < rows; i++) {
    if (i % 7 === 3) text.push(`r${i}${delimiter}"first line`, `second line, with ""quotes""${delimiter} too"${delimiter}${i}`);
    else if (i % 11 === 5) text.push(`r${i}${delimiter}"a ""quoted"" word"${delimiter}${i}`, '');
    else text.push(`r${i}${delimiter}plain${delimiter}${i}`);
  }
  return text;
}

describe('csvRowsSteps', () => {
  it.each([',', ';', '\t'])('gives the rows of one parse, with %j between cells and quoted line breaks across batch ends', (delimiter) => {
    const lines = awkwardLines(delimiter, 3 * CSV_BATCH_LINES);
    expect(runNow(csvRowsSteps(lines))).toEqual(whole(lines));
  });

  it('keeps a cell whose quote never closes as one parse reads it', () => {
    const lines = [...awkwardLines(',', CSV_BATCH_LINES + 10), 'r-last,"never closed', ...Array.from({ length: CSV_BATCH_LINES }, (_, i) => `x${i},y,1`)];
    expect(runNow(csvRowsSteps(lines))).toEqual(whole(lines));
  });

  it('yields between batches, so a long file is read in slices', () => {
    const lines = awkwardLines(',', 5 * CSV_BATCH_LINES);
    const work = csvRowsSteps(lines);
    const checkpoints: number[] = [];
    for (let next = work.next(); !next.done; next = work.next()) checkpoints.push(next.value.done);
    expect(checkpoints.length).toBeGreaterThanOrEqual(5);
    expect(checkpoints).toEqual([...checkpoints].sort((a, b) => a - b));
    expect(checkpoints.at(-1)).toBeLessThan(lines.length);
  });

  it('reads an empty text as no rows', () => {
    expect(runNow(csvRowsSteps(['']))).toEqual([]);
  });
});
