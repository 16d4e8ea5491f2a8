/** Proves the pre-filter loses nothing: identical claims with and without it on real and fixture articles. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaimsWith } from '../../lib/extract';
import type { BenchSection } from './section';

const DIRS = [process.env.SEEDS_DIR ?? path.resolve('../shared/seeds'), path.resolve('tests/fixtures/articles')];

const section: BenchSection = {
  title: 'Pre-filter check',
  run() {
    const lines: string[] = [];
    for (const dir of DIRS) {
      if (!existsSync(dir)) {
        lines.push(`${dir}: not found, skipped`);
        continue;
      }
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      const differing: string[] = [];
      let claims = 0;
      for (const f of files) {
        const text = readFileSync(path.join(dir, f), 'utf8');
        const fast = extractClaimsWith(text, { prefilter: true });
        const full = extractClaimsWith(text, { prefilter: false });
        claims += full.length;
        if (JSON.stringify(fast) !== JSON.stringify(full)) differing.push(f);
      }
      lines.push(`${dir}: ${files.length} articles, ${claims} claims — ${differing.length ? `DIFFERENT in ${differing.join(', ')}` : 'identical with and without the pre-filter'}`);
    }
    return lines;
  },
};
export default section;
