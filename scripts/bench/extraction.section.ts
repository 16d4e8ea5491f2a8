/** Throughput of extractClaims against running compromise over the whole text. */
import nlp from 'compromise/three';
import { extractClaims } from '../../lib/extract';
import { buildCorpus } from './corpus';
import { mbPerSecond, time, type BenchSection } from './section';

const section: BenchSection = {
  title: 'Extraction throughput',
  run() {
    const corpus = buildCorpus();
    const claims = extractClaims(corpus).length;
    const ours = time(() => extractClaims(corpus), 8);
    // The naive approach: tag the whole page with compromise and read its numbers (one run: it is slow).
    const naive = time(() => nlp(corpus).numbers().json(), 1, false);
    const rate = (t: { cpuMs: number; wallMs: number }) =>
      `${mbPerSecond(corpus.length, t.cpuMs).toFixed(3)} MB/s CPU, ${mbPerSecond(corpus.length, t.wallMs).toFixed(3)} MB/s wall`;
    return [
      `corpus: ${(corpus.length / 1e6).toFixed(2)} MB of generated news-like text, ${claims} casualty figures found (${(claims / (corpus.length / 1000)).toFixed(2)} per KB)`,
      `extractClaims:                  ${rate(ours)}  (best of 8: ${ours.cpuMs.toFixed(0)} ms CPU per pass)`,
      `compromise nlp(text).numbers(): ${rate(naive)}  (one pass: ${naive.cpuMs.toFixed(0)} ms CPU)`,
      `ratio: ${(naive.cpuMs / ours.cpuMs).toFixed(0)}× (CPU time), ${(naive.wallMs / ours.wallMs).toFixed(0)}× (wall time)`,
      'CPU time is the steadier figure when other processes share the cores.',
    ];
  },
};
export default section;
