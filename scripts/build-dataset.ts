/**
 * Rebuilds the bundled dataset (lib/dataset/bundled/*.json) from the curated facts in data/*.csv
 * and from source snapshots in a folder: `npm run dataset:build [-- sourcesDir]`
 * (default ../shared/reference-sources). The same inputs give byte-identical files. A snapshot
 * that is missing leaves its bundled file as it is. Prints what changed per conflict against the
 * committed files (git HEAD; the files on disk when there is no repository), then runs
 * the dataset check (scripts/build-dataset/check.ts); nothing is written when the check fails.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import Papa from 'papaparse';
import * as v from 'valibot';
import { RecordSchema, type DatasetRecord } from '../lib/dataset/schema';
import { BUNDLED_HEADER } from '../lib/dataset/bundled/header';
import { checkBundled } from './build-dataset/check';
import { readCurated, readRetired } from './build-dataset/curated';
import { describeChanges } from './build-dataset/changes';
import { filesAt } from './build-dataset/git';
import { gazaRecords, genStaffRecords, lebanonRecords, westBankRecords } from './build-dataset/series';
import { ucdpRecords, type UcdpRow } from './build-dataset/ucdp';

const root = resolve(import.meta.dirname, '..');
const sources = resolve(process.argv[2] ?? join(root, '../shared/reference-sources'));
const dataDir = join(root, 'data');
const out = join(root, 'lib/dataset/bundled');

const readJson = (path: string) => JSON.parse(readFileSync(join(sources, path), 'utf8'));
const readCsv = <T>(path: string) => Papa.parse<T>(readFileSync(join(sources, path), 'utf8').replace(/\r\n?/g, '\n'), { header: true, skipEmptyLines: true }).data;

/** Each snapshot-built file: the snapshot it needs and how its records are made. */
const SNAPSHOTS: { file: string; input: string; build: () => DatasetRecord[] }[] = [
  {
    file: 'ua-genstaff.json',
    input: 'ua-genstaff-russia-losses/russia_losses_personnel.json',
    build: () => genStaffRecords(readJson('ua-genstaff-russia-losses/russia_losses_personnel.json')),
  },
  { file: 'gaza-moh.json', input: 'techforpalestine/casualties_daily.json', build: () => gazaRecords(readJson('techforpalestine/casualties_daily.json')) },
  { file: 'west-bank-ocha.json', input: 'techforpalestine/west_bank_daily.json', build: () => westBankRecords(readJson('techforpalestine/west_bank_daily.json')) },
  { file: 'lebanon-moph.json', input: 'techforpalestine/lebanon_casualties_daily.json', build: () => lebanonRecords(readJson('techforpalestine/lebanon_casualties_daily.json')) },
  { file: 'ucdp-brd.json', input: 'ucdp/BattleDeaths_v24_1.csv', build: () => ucdpRecords(readCsv<UcdpRow>('ucdp/BattleDeaths_v24_1.csv')) },
];

const FILE_ORDER = ['facts.json', ...SNAPSHOTS.map((s) => s.file)];

function readBundled(file: string): DatasetRecord[] {
  const path = join(out, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as DatasetRecord[]) : [];
}

/** Validated output has the schema's field order, so the files read the same way throughout. */
function validated(file: string, records: DatasetRecord[]): DatasetRecord[] {
  return records.map((r) => {
    const result = v.safeParse(RecordSchema, r);
    if (!result.success) throw new Error(`${file} ${r.id}: ${result.issues.map((i) => `${v.getDotPath(i)} ${i.message}`).join('; ')}`);
    return result.output;
  });
}

/** One record per line: diffs in git stay readable. */
function fileText(records: DatasetRecord[]): string {
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

const onDisk: Record<string, DatasetRecord[]> = Object.fromEntries(FILE_ORDER.map((f) => [f, readBundled(f)]));
// Changes and id stability are judged against the committed files (git HEAD) when there are any.
const committed = filesAt(root, 'HEAD', FILE_ORDER) as Record<string, DatasetRecord[]> | null;
const before = committed ?? onDisk;
const after: Record<string, DatasetRecord[]> = {};

const curated = readCurated(dataDir);
after['facts.json'] = validated(
  'facts.json',
  curated.flatMap((c) => c.records),
);
console.log(`facts.json from ${curated.map((c) => `data/${c.file} (${c.records.length})`).join(', ')}`);

if (!existsSync(sources)) console.log(`Snapshot folder ${sources} not found: keeping the snapshot-built files as they are.`);
for (const s of SNAPSHOTS) {
  if (existsSync(join(sources, s.input))) after[s.file] = validated(s.file, s.build());
  else {
    if (existsSync(sources)) console.log(`${s.input} not in ${relative(root, sources) || sources}: keeping ${s.file} as it is.`);
    after[s.file] = onDisk[s.file];
  }
}

console.log(`\nChanges against ${committed ? 'the committed files (git HEAD)' : 'the files before this run'} (records added / changed / removed):`);
for (const line of describeChanges(before, after)) console.log(`  ${line}`);

const report = checkBundled({ header: BUNDLED_HEADER, files: after, previous: before, retired: readRetired(dataDir) });
for (const w of report.warnings) console.log(`warning: ${w}`);
if (report.errors.length) {
  for (const e of report.errors) console.error(`error: ${e}`);
  console.error(`\n${report.errors.length} problem(s): nothing written.`);
  process.exit(1);
}

console.log('');
let total = 0;
for (const file of FILE_ORDER) {
  const text = fileText(after[file]);
  const path = join(out, file);
  const unchanged = existsSync(path) && readFileSync(path, 'utf8') === text;
  if (!unchanged) writeFileSync(path, text);
  total += Buffer.byteLength(text);
  console.log(`${file.padEnd(20)} ${String(after[file].length).padStart(6)} records ${String(Buffer.byteLength(text)).padStart(9)} bytes${unchanged ? ' (unchanged)' : ''}`);
}
console.log(`${'total'.padEnd(20)} ${String(report.records).padStart(6)} records ${String(total).padStart(9)} bytes`);
