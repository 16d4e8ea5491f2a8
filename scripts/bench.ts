/**
 * npm run bench — runs every benchmark section in scripts/bench/*.section.ts (file-name order)
 * and prints its figures. Add a section by adding a file; nothing here needs to change.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchSection } from './bench/section';

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'bench');

async function main() {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.section.ts'))
    .sort();
  for (const f of files) {
    const section = (await import(pathToFileURL(path.join(dir, f)).href)).default as BenchSection;
    console.log(`\n== ${section.title} ==`);
    for (const line of await section.run()) console.log(line);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
