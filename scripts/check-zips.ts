/**
 * Proves the release zips are reproducible: takes the committed tree (git HEAD), builds the
 * Chrome zip and the Firefox zip + sources zip twice, each time from a clean checkout, and
 * compares the bytes; then rebuilds the Firefox zip from the sources zip, as a store reviewer
 * would. Prints each zip's size and SHA-256; exits 1 if anything differs.
 * Run: `npm run check:zips` (commit first — uncommitted changes are not part of a release).
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

const ROOT = path.resolve(import.meta.dirname, '..');

/** A fresh copy of one commit with the project's installed node_modules linked in. */
function cleanCheckout(commit: string, dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', commit], { cwd: ROOT, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}

function zipAll(dir: string): Map<string, Buffer> {
  for (const script of ['zip', 'zip:firefox']) {
    execFileSync('npm', ['run', '--silent', script], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const outDir = path.join(dir, '.output');
  const zips = fs
    .readdirSync(outDir)
    .filter((f) => f.endsWith('.zip'))
    .sort();
  if (zips.length < 3) throw new Error(`Expected the Chrome, Firefox and sources zips in ${outDir}, found: ${zips.join(', ') || 'none'}`);
  return new Map(zips.map((f) => [f, fs.readFileSync(path.join(outDir, f))]));
}

/** What an AMO reviewer does: unpack the sources zip, build the Firefox zip from it. */
async function rebuildFromSources(sourcesZip: Buffer, dir: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(sourcesZip);
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), await entry.async('nodebuffer'));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  execFileSync('npm', ['run', '--silent', 'zip:firefox'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const built = fs.readdirSync(path.join(dir, '.output')).find((f) => f.endsWith('-firefox.zip'));
  if (!built) throw new Error(`Building from the sources zip gave no Firefox zip in ${dir}/.output`);
  return fs.readFileSync(path.join(dir, '.output', built));
}

const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

/** The entries whose content differs between two zips, or that only one of them has. */
async function differingEntries(a: Buffer, b: Buffer): Promise<string[]> {
  const [za, zb] = await Promise.all([JSZip.loadAsync(a), JSZip.loadAsync(b)]);
  const names = [...new Set([...Object.keys(za.files), ...Object.keys(zb.files)])].sort();
  const out: string[] = [];
  for (const name of names) {
    const [fa, fb] = [za.files[name], zb.files[name]];
    if (!fa || !fb) out.push(`${name} (only in build ${fa ? 1 : 2})`);
    else if (!(await fa.async('nodebuffer')).equals(await fb.async('nodebuffer'))) out.push(name);
    else if (fa.date.getTime() !== fb.date.getTime()) out.push(`${name} (timestamp)`);
  }
  return out;
}

// Pinned once: others may commit while the two builds run.
const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tollcheck-zips-'));
try {
  console.log(`commit ${commit}`);
  const runs = [1, 2].map((n) => {
    const dir = path.join(work, `build-${n}`);
    cleanCheckout(commit, dir);
    console.log(`build ${n}: ${dir}`);
    return zipAll(dir);
  });
  let differing = 0;
  for (const [name, first] of runs[0]) {
    const second = runs[1].get(name);
    const same = second !== undefined && first.equals(second);
    if (!same) differing++;
    console.log(`${same ? 'identical' : 'DIFFERENT'}  ${name}  ${(first.length / 1024).toFixed(1)} KiB  sha256 ${sha256(first).slice(0, 16)}…`);
    if (!same && second) for (const entry of await differingEntries(first, second)) console.log(`    differs: ${entry}`);
  }
  const sources = [...runs[0].keys()].find((f) => f.endsWith('-sources.zip'))!;
  const firefox = [...runs[0].keys()].find((f) => f.endsWith('-firefox.zip'))!;
  const rebuilt = await rebuildFromSources(runs[0].get(sources)!, path.join(work, 'from-sources'));
  const reviewerSame = rebuilt.equals(runs[0].get(firefox)!);
  if (!reviewerSame) differing++;
  console.log(`${reviewerSame ? 'identical' : 'DIFFERENT'}  ${firefox} rebuilt from ${sources}`);
  if (differing > 0) {
    console.error(`${differing} zip(s) differ between two clean builds of the same commit.`);
    process.exitCode = 1;
  } else console.log('All release zips are byte-identical across two clean builds, and the sources zip rebuilds the Firefox zip exactly.');
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
