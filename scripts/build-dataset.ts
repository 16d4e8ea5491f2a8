/**
 * One-off conversion of ../shared/reference-sources into the bundled dataset files
 * (lib/dataset/bundled/*.json). Those committed files are the source of truth afterwards: nothing
 * at build or test time runs this script. Run: `npx tsx scripts/build-dataset.ts [sourcesDir]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import * as v from 'valibot';
import { DatasetSchema, RecordSchema, type DatasetRecord } from '../lib/dataset/schema';
import { BUNDLED_HEADER } from '../lib/dataset/bundled/header';
import { factToRecord, type FactRow } from './build-dataset/facts';
import { gazaRecords, genStaffRecords, lebanonRecords, westBankRecords } from './build-dataset/series';
import { ucdpRecords, type UcdpRow } from './build-dataset/ucdp';

const root = resolve(import.meta.dirname, '..');
const sources = resolve(process.argv[2] ?? join(root, '../shared/reference-sources'));
const out = join(root, 'lib/dataset/bundled');

const readJson = (path: string) => JSON.parse(readFileSync(join(sources, path), 'utf8'));
const readCsv = <T>(path: string) => Papa.parse<T>(readFileSync(join(sources, path), 'utf8').replace(/\r\n?/g, '\n'), { header: true, skipEmptyLines: true }).data;

const files: Record<string, DatasetRecord[]> = {
  'facts.json': readCsv<FactRow>('FACTS.csv').flatMap((row) => factToRecord(row) ?? []),
  'ua-genstaff.json': genStaffRecords(readJson('ua-genstaff-russia-losses/russia_losses_personnel.json')),
  'gaza-moh.json': gazaRecords(readJson('techforpalestine/casualties_daily.json')),
  'west-bank-ocha.json': westBankRecords(readJson('techforpalestine/west_bank_daily.json')),
  'lebanon-moph.json': lebanonRecords(readJson('techforpalestine/lebanon_casualties_daily.json')),
  'ucdp-brd.json': ucdpRecords(readCsv<UcdpRow>('ucdp/BattleDeaths_v24_1.csv')),
};

let total = 0;
const all: DatasetRecord[] = [];
for (const [name, records] of Object.entries(files)) {
  // Validated output has the schema's field order, so the files read the same way throughout.
  const checked = records.map((r) => {
    const result = v.safeParse(RecordSchema, r);
    if (!result.success) throw new Error(`${name} ${r.id}: ${result.issues.map((i) => `${v.getDotPath(i)} ${i.message}`).join('; ')}`);
    return result.output;
  });
  const text = `[\n${checked.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
  writeFileSync(join(out, name), text);
  all.push(...checked);
  total += Buffer.byteLength(text);
  console.log(`${name.padEnd(20)} ${String(checked.length).padStart(6)} records ${String(Buffer.byteLength(text)).padStart(9)} bytes`);
}
v.parse(DatasetSchema, { ...BUNDLED_HEADER, records: all });
const ids = new Set(all.map((r) => r.id));
if (ids.size !== all.length) throw new Error('duplicate record ids');
console.log(`${'total'.padEnd(20)} ${String(all.length).padStart(6)} records ${String(total).padStart(9)} bytes`);
