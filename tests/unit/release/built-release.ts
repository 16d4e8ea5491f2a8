/**
 * The release builds these tests inspect: `wxt build` (production mode, not the test build the
 * browser tests load) for Chrome and Firefox, written to a temporary folder so .output/ stays
 * as other tests left it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export type Target = 'chrome' | 'firefox';

export interface ReleaseBuild {
  target: Target;
  dir: string;
  manifest: Record<string, any>;
  /** Every file of the build, relative to `dir`. */
  files: string[];
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** Builds both targets (about 10 s) and returns them; `cleanup` removes the folder. */
export function buildRelease(): { builds: ReleaseBuild[]; cleanup(): void } {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tollcheck-release-'));
  const builds = (['chrome', 'firefox'] as const).map((target) => {
    execFileSync('npx', ['tsx', 'scripts/release/build-to.ts', target, path.join(out, target)], { cwd: ROOT, stdio: 'pipe' });
    const dir = path.join(out, target, `${target}-mv3`);
    return { target, dir, manifest: JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')), files: listFiles(dir) };
  });
  return { builds, cleanup: () => fs.rmSync(out, { recursive: true, force: true }) };
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
    listFiles(path.join(ROOT, dir)).filter((f) => /\.(ts|tsx)$/.test(f)).map((f) => fs.readFileSync(path.join(ROOT, dir, f), 'utf8')),
  );
}
