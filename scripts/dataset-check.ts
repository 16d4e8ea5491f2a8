/**
 * `npm run dataset:check [-- --against REF]`: validates the bundled dataset files
 * (lib/dataset/bundled/*.json) with the runtime schema and the maintainer rules in
 * scripts/build-dataset/check.ts. Ids are compared with the files at git REF (default HEAD):
 * an id may not disappear unless data/retired-ids.csv lists it, nor name another figure.
 * Exits 1 when there are errors; warnings (http sources, repeated figures) are printed only.
 */
import { join, resolve } from 'node:path';
import { BUNDLED_FILES, BUNDLED_HEADER } from '../lib/dataset/bundled';
import { checkBundled } from './build-dataset/check';
import { readRetired } from './build-dataset/curated';
import { filesAt } from './build-dataset/git';

const root = resolve(import.meta.dirname, '..');
const refArg = process.argv.indexOf('--against');
const ref = refArg >= 0 ? process.argv[refArg + 1] : 'HEAD';

const previous = filesAt(root, ref, Object.keys(BUNDLED_FILES));
const report = checkBundled({ header: BUNDLED_HEADER, files: BUNDLED_FILES, previous, retired: readRetired(join(root, 'data')) });
if (!previous) console.log(`warning: no committed version at ${ref} to compare ids with`);
for (const w of report.warnings) console.log(`warning: ${w}`);
for (const e of report.errors) console.error(`error: ${e}`);
console.log(
  `${report.records} records in ${Object.keys(BUNDLED_FILES).length} files, version ${BUNDLED_HEADER.version}: ${report.errors.length} error(s), ${report.warnings.length} warning(s)`,
);
process.exit(report.errors.length ? 1 : 0);
