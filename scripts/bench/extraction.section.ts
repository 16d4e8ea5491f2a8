/** Throughput of extractClaims against running compromise over the whole text. */
import nlp from 'compromise/three';
import { extractClaims } from '../../lib/extract';
import { buildCorpus } from './corpus';
import { mbPerSecond, timePerRun, type BenchSection } from './section';

const section: BenchSection = {
  title: 'Extraction throughput',
  run() {
    const corpus = buildCorpus();
    const claims = extractClaims(corpus).length;
    const oursMs = timePerRun(() => extractClaims(corpus), 3000);
    // The naive approach: tag the whole page with compromise and read its numbers.
    const t0 = performance.now();
    nlp(corpus).numbers().json();
    const naiveMs = performance.now() - t0;
    const ours = mbPerSecond(corpus.length, oursMs);
    const naive = mbPerSecond(corpus.length, naiveMs);
    return [
      `corpus: ${(corpus.length / 1e6).toFixed(2)} MB of generated news-like text, ${claims} casualty figures found (${(claims / (corpus.length / 1000)).toFixed(2)} per KB)`,
      `extractClaims:                 ${ours.toFixed(2)} MB/s  (${oursMs.toFixed(0)} ms per pass)`,
      `compromise nlp(text).numbers(): ${naive.toFixed(3)} MB/s  (${naiveMs.toFixed(0)} ms, one pass)`,
      `ratio: ${(ours / naive).toFixed(0)}× faster than the naive approach`,
    ];
  },
};
export default section;
