/**
 * The release builds carry none of the test build's hooks (the isolated-world tooltip hook, the
 * lowered tab budget), and the content script names no custom element a page could define.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildRelease, type ReleaseBuild } from './built-release';

let builds: ReleaseBuild[];
beforeAll(async () => void (builds = await buildRelease()), 300_000);

test.each(['chrome', 'firefox'] as const)('%s: no test hooks, no page-definable UI element, a closed shadow root', (target) => {
  const build = builds.find((b) => b.target === target)!;
  const read = (file: string) => fs.readFileSync(path.join(build.dir, file), 'utf8');
  const scripts = build.files.filter((f) => f.endsWith('.js'));
  for (const file of scripts) {
    const code = read(file);
    expect(code, file).not.toContain('__tollcheckTest');
    expect(code, file).not.toContain('tollcheckTabBudget');
  }
  const content = read(build.files.find((f) => /content-scripts\/content\.js$/.test(f))!);
  expect(content).not.toContain('tollcheck-ui');
  expect(content).toMatch(/mode:\s*"closed"/);
  expect(content).not.toMatch(/mode:\s*"open"/);
});
