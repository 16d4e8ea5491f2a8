/**
 * Throughput on real news text: the articles of ../shared/corpus (real published excerpts, read
 * here only, never copied into the repository) repeated to 1 MB, timed for extraction, the whole
 * page pipeline (extract + conflicts + date window + verify: what the extension and `scan` run on
 * a page), each against compromise over the same text in the same run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nlp from 'compromise/three';
import { BUNDLED_DATASET } from '../../lib/dataset/bundled';
import { extractClaims } from '../../lib/extract';
import { checkPage } from '../../lib/pipeline';
import { buildIndex } from '../../lib/verify';
import { mbPerSecond, time, type BenchSection } from './section';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const TARGET_CHARS = 1_000_000;

function realText(): { text: string; articles: number; uniqueChars: number } | null {
  if (!existsSync(CORPUS)) return null;
  const texts = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(CORPUS, f), 'utf8'));
  if (texts.length === 0) return null;
  const unique = texts.join('\n\n');
  const parts: string[] = [];
  let length = 0;
  while (length < TARGET_CHARS) {
    parts.push(unique);
    length += unique.length + 2;
  }
  return { text: parts.join('\n\n'), articles: texts.length, uniqueChars: unique.length };
}

/**
 * `npm run scan` on the text saved as a 1 MB and a 4 MB file, in a child process as a user runs it:
 * the difference is what each further megabyte costs, without the start-up both runs pay.
 */
function scanMarginal(text: string): { oneMb: number; fourMb: number; perMb: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tollcheck-bench-scan-'));
  try {
    const run = (copies: number): number => {
      const file = path.join(dir, `page-${copies}.txt`);
      writeFileSync(file, Array.from({ length: copies }, () => text).join('\n\n'));
      const t0 = performance.now();
      execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/scan.ts'), '--json', file], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
        maxBuffer: 1 << 30,
      });
      return performance.now() - t0;
    };
    const oneMb = Math.min(run(1), run(1));
    const fourMb = Math.min(run(4), run(4));
    return { oneMb, fourMb, perMb: (fourMb - oneMb) / 3 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const section: BenchSection = {
  title: 'Real news text (../shared/corpus repeated to 1 MB)',
  run() {
    const real = realText();
    if (!real) return ['skipped: ../shared/corpus is not here (the benchmark reads real articles from it; the repository never holds them)'];
    const { text } = real;
    const index = buildIndex(BUNDLED_DATASET.records);
    const page = { title: '', published: null };
    const claims = extractClaims(text).length;
    const extraction = time(() => extractClaims(text), 3);
    const pipeline = time(() => checkPage(page, text, index), 3);
    const naive = time(() => nlp(text).numbers().json(), 1, false);
    const scan = scanMarginal(text);
    const rate = (t: { cpuMs: number }) => `${mbPerSecond(text.length, t.cpuMs).toFixed(2)} MB/s CPU`;
    return [
      `text: ${real.articles} real articles (${(real.uniqueChars / 1000).toFixed(0)} KB) repeated to ${(text.length / 1e6).toFixed(2)} MB, ${claims} casualty figures (${(claims / (text.length / 1000)).toFixed(2)} per KB)`,
      `extractClaims:                  ${rate(extraction)}  (best of 3: ${extraction.cpuMs.toFixed(0)} ms CPU)`,
      `checkPage (extract + verify):   ${rate(pipeline)}  (best of 3: ${pipeline.cpuMs.toFixed(0)} ms CPU)`,
      `npm run scan (child process, wall): 1 MB file ${scan.oneMb.toFixed(0)} ms, 4 MB file ${scan.fourMb.toFixed(0)} ms → ${(1000 / scan.perMb).toFixed(2)} MB/s for each further MB`,
      `compromise nlp(text).numbers(): ${rate(naive)}  (one pass: ${naive.cpuMs.toFixed(0)} ms CPU)`,
      `ratio to compromise: extraction ${(naive.cpuMs / extraction.cpuMs).toFixed(0)}×, whole pipeline ${(naive.cpuMs / pipeline.cpuMs).toFixed(0)}× (targets: checkPage ≥ 5 MB/s and ≥ 75×)`,
    ];
  },
};
export default section;
