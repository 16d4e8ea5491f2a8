/**
 * The curated facts: every `data/*.csv` at the repo top, in the dataset's own CSV columns
 * (docs/dataset.md, "CSV"). Files are read in name order and rows in file order, so the bundled
 * facts.json comes out the same for the same files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDatasetCsv } from '../../lib/dataset/csv';
import type { DatasetRecord } from '../../lib/dataset/schema';

export interface CuratedFile {
  file: string;
  records: DatasetRecord[];
}

/** The CSV files that hold records (data/retired-ids.csv is the list of withdrawn ids, not records). */
export function curatedFiles(dataDir: string): string[] {
  return readdirSync(dataDir)
    .filter((f) => f.endsWith('.csv') && f !== RETIRED_FILE)
    .sort();
}

export const RETIRED_FILE = 'retired-ids.csv';

export function readCurated(dataDir: string): CuratedFile[] {
  return curatedFiles(dataDir).map((file) => {
    const text = readFileSync(join(dataDir, file), 'utf8');
    // The date only fills a header the build ignores; fixed so nothing depends on the clock.
    const result = parseDatasetCsv(text, { today: '2000-01-01' });
    if (!result.ok) throw new Error(`data/${file}:\n  ${result.problems.join('\n  ')}`);
    return { file, records: result.dataset.records };
  });
}

/** `id,reason` rows: ids deliberately withdrawn from the dataset, never to be reused. */
export function readRetired(dataDir: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(join(dataDir, RETIRED_FILE), 'utf8');
  } catch {
    return new Map();
  }
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const comma = line.indexOf(',');
    out.set((comma < 0 ? line : line.slice(0, comma)).trim(), comma < 0 ? '' : line.slice(comma + 1).trim());
  }
  return out;
}
