/**
 * The release builds these tests inspect: `wxt build` (production mode, not the test build the
 * browser tests load) for Chrome and Firefox, written under test-output/release-build/ so .output/
 * stays as other tests left it. Built once per state of the sources: the test files share it
 * (a lock directory makes the others wait), and later runs with unchanged sources reuse it.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export type Target = 'chrome' | 'firefox';

export interface ReleaseBuild {
  target: Target;
  dir: string;
  manifest: Record<string, any>;
  /** Every file of the build, relative to `dir`. */
  files: string[];
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

// Everything a release build is made from.
const INPUTS = ['entrypoints', 'components', 'lib', 'public', 'scripts/release', 'wxt.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const CACHE = path.join(ROOT, 'test-output/release-build');
const STALE_LOCK_MS = 10 * 60_000;

function inputsHash(): string {
  const hash = crypto.createHash('sha256');
  for (const input of INPUTS) {
    const full = path.join(ROOT, input);
    if (!fs.existsSync(full)) continue;
    const files = fs.statSync(full).isDirectory()
      ? listFiles(full)
          .sort()
          .map((f) => path.join(input, f))
      : [input];
    for (const f of files)
      hash
        .update(f)
        .update('\0')
        .update(fs.readFileSync(path.join(ROOT, f)))
        .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function readBuild(out: string, target: Target): ReleaseBuild {
  const dir = path.join(out, target, `${target}-mv3`);
  return { target, dir, manifest: JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')), files: listFiles(dir) };
}

/** Both targets built from the current sources (about a minute when not cached). */
export async function buildRelease(): Promise<ReleaseBuild[]> {
  const out = path.join(CACHE, inputsHash());
  const done = path.join(out, 'done');
  const lock = `${out}.lock`;
  fs.mkdirSync(CACHE, { recursive: true });
  while (!fs.existsSync(done)) {
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another test file is building; a lock this old was left by a run that died.
      const lockedAt = fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (lockedAt !== undefined && Date.now() - lockedAt > STALE_LOCK_MS) fs.rmSync(lock, { recursive: true, force: true });
      await new Promise((ok) => setTimeout(ok, 500));
      continue;
    }
    try {
      // Older builds are of sources that no longer exist.
      for (const old of fs.readdirSync(CACHE)) if (!old.endsWith('.lock') && path.join(CACHE, old) !== out) fs.rmSync(path.join(CACHE, old), { recursive: true, force: true });
      fs.rmSync(out, { recursive: true, force: true });
      for (const target of ['chrome', 'firefox'] as const) {
        execFileSync('npx', ['tsx', 'scripts/release/build-to.ts', target, path.join(out, target)], { cwd: ROOT, stdio: 'pipe' });
      }
      fs.writeFileSync(done, new Date().toISOString());
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return (['chrome', 'firefox'] as const).map((target) => readBuild(out, target));
}

/** The text of the README section under `## <title>`, up to the next `## `. */
export function readmeSection(title: string): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) return '';
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** Source files the extension is built from (not tests, scripts or node_modules). */
export function extensionSources(): string[] {
  return ['entrypoints', 'components', 'lib'].flatMap((dir) =>
    listFiles(path.join(ROOT, dir))
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .map((f) => fs.readFileSync(path.join(ROOT, dir, f), 'utf8')),
  );
}
