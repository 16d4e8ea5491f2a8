/**
 * No remote code and no code built from strings: MV3 forbids both, and the stores reject them.
 * Scans every script and page of the release builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildRelease, extensionSources, type ReleaseBuild } from './built-release';

const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval(', /(^|[^\w$.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['Function constructor by name', /\bFunction\s*\(\s*["'`]/],
  ['string timer', /set(Timeout|Interval)\s*\(\s*["'`]/],
  ['remote script import', /import\s*\(\s*["'`]https?:|importScripts\s*\(\s*["'`]https?:/],
  ['script source from a string', /new\s+Blob\s*\(\s*\[\s*["'`](var|function|importScripts|\()/],
];
const REMOTE_SCRIPT_TAG = /<script[^>]+src\s*=\s*["']?(https?:)?\/\//i;

let builds: ReleaseBuild[];
beforeAll(async () => void (builds = await buildRelease()), 300_000);

test.each(['chrome', 'firefox'] as const)('%s: no script evaluates strings or loads remote code', (target) => {
  const build = builds.find((b) => b.target === target)!;
  const scripts = build.files.filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const findings: string[] = [];
  for (const file of scripts) {
    const code = fs.readFileSync(path.join(build.dir, file), 'utf8');
    for (const [what, pattern] of FORBIDDEN) {
      const m = pattern.exec(code);
      if (m) findings.push(`${file}: ${what} at …${code.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
    }
  }
  for (const file of build.files.filter((f) => f.endsWith('.html'))) {
    if (REMOTE_SCRIPT_TAG.test(fs.readFileSync(path.join(build.dir, file), 'utf8'))) findings.push(`${file}: remote <script src>`);
  }
  expect(findings).toEqual([]);
});

test('the scanner would catch what it looks for', () => {
  const samples = ['x=eval("1")', 'new Function("a","return a")', 'setTimeout("go()", 1)', 'import("https://cdn.example/x.js")', 'new Blob(["var global = this"])'];
  for (const sample of samples)
    expect(
      FORBIDDEN.some(([, p]) => p.test(sample)),
      sample,
    ).toBe(true);
  expect(FORBIDDEN.some(([, p]) => p.test('const evaluate = retrieval(x); obj.eval(y)'))).toBe(false);
});

// web-ext lint warns about Preact's own `innerHTML` line (its dangerouslySetInnerHTML support).
// That warning is harmless only while our code never uses it: page text and dataset text
// reach the DOM as text, never as markup.
test('the extension never writes markup from strings into the DOM', () => {
  const markup = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/;
  expect(
    extensionSources()
      .filter((source) => markup.test(source))
      .map((source) => source.slice(0, 80)),
  ).toEqual([]);
});
