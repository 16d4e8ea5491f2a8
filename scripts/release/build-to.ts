/**
 * Builds (and optionally zips) the release extension into a directory of your choice, leaving
 * .output/ (release builds and the test builds the real-browser tests load) untouched.
 * Usage: tsx scripts/release/build-to.ts <chrome|firefox> <outDir> [--zip]
 */
import { build, zip } from 'wxt';

const [browser, outDir, flag] = process.argv.slice(2);
if ((browser !== 'chrome' && browser !== 'firefox') || !outDir) {
  console.error('usage: tsx scripts/release/build-to.ts <chrome|firefox> <outDir> [--zip]');
  process.exit(2);
}
const config = { browser, outDir, mode: 'production', logger: undefined } as const;
if (flag === '--zip') await zip(config);
else await build(config);
