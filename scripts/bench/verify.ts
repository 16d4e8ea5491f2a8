/**
 * Verification benchmark: 50,000 synthetic records and the claims of a ~1 MB synthetic page; prints
 * how long building the index and checking every claim take (target: all claims < 50 ms).
 * Standalone: `tsx scripts/bench/verify.ts`; `npm run bench` runs it through verify.section.ts.
 */
import { pathToFileURL } from 'node:url';
import type { Category, Population } from '../../lib/claim';
import { conflictAt, pageConflicts } from '../../lib/context';
import type { DatasetRecord } from '../../lib/dataset/schema';
import { extractClaims } from '../../lib/extract';
import { buildIndex, verify } from '../../lib/verify';
import { buildCorpus } from './corpus';
import type { BenchSection } from './section';

const RECORDS = 50_000;
const PAGE_BYTES = 1_000_000;
const RUNS = 5;

/** Deterministic pseudo-random numbers, so every run measures the same work. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const SERIES: { conflict: string; side: string; population: Population }[] = [
  { conflict: 'russia-ukraine', side: 'ukraine', population: 'civilian' },
  { conflict: 'russia-ukraine', side: 'russia', population: 'military' },
  { conflict: 'russia-ukraine', side: 'ukraine', population: 'military' },
  { conflict: 'israel-gaza', side: 'palestinians', population: 'all' },
  { conflict: 'sudan', side: 'sudan', population: 'civilian' },
  { conflict: 'myanmar', side: 'myanmar', population: 'all' },
];
const KINDS = [
  { claimant: 'UN monitors', claimantType: 'un', figureKind: 'verified_floor' },
  { claimant: 'Independent researchers', claimantType: 'independent', figureKind: 'statistical_estimate' },
  { claimant: 'Ministry of Defence', claimantType: 'belligerent', figureKind: 'party_claim' },
] as const;
const CATEGORIES: Category[] = ['killed', 'wounded', 'casualties', 'bodies'];

function day(n: number): string {
  return new Date(Date.UTC(2022, 1, 24) + n * 86_400_000).toISOString().slice(0, 10);
}

export function syntheticRecords(count = RECORDS): DatasetRecord[] {
  const rand = random(1);
  return Array.from({ length: count }, (_, i): DatasetRecord => {
    const series = SERIES[i % SERIES.length];
    const kind = KINDS[Math.floor(rand() * KINDS.length)];
    const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)];
    const d = Math.floor(rand() * 1500);
    // Running totals grow with time, as real series do; handovers vary.
    const best = category === 'bodies' ? 50 + Math.floor(rand() * 900) : 100 + d * 40 + KINDS.indexOf(kind) * 7;
    const ranged = kind.figureKind === 'statistical_estimate';
    return {
      id: `bench-${i}`,
      ...series,
      country: null,
      category,
      best,
      low: ranged ? Math.floor(best * 0.8) : best,
      high: ranged ? Math.ceil(best * 1.2) : best,
      time: category === 'bodies' ? { kind: 'event', eventDate: day(d) } : { kind: 'cumulative', periodStart: null, asOf: day(d) },
      claimant: kind.claimant,
      claimantType: kind.claimantType,
      figureKind: category === 'bodies' ? 'exchange_record' : kind.figureKind,
      source: { name: 'Synthetic', url: 'https://example.org/bench', published: null },
    };
  });
}

const PARAGRAPHS = [
  (n: number) => `Kyiv said more than ${n.toLocaleString('en-GB')} Russian troops have been killed since the invasion, a figure Moscow disputes.`,
  (n: number) => `The UN monitoring mission said at least ${n} civilians had been killed in Ukraine since February 2022, and ${n * 2} injured.`,
  (n: number) => `Ukraine received the bodies of ${n} soldiers on Friday in a handover brokered near Donetsk, officials said.`,
  (n: number) => `The health ministry in Gaza said ${n.toLocaleString('en-GB')} people had been killed in Rafah and Khan Younis since the war began.`,
  (n: number) => `Aid groups in Darfur said about ${n} people were killed when the RSF shelled El Fasher on Tuesday.`,
  (n: number) => `Residents said ${n} drones flew over the town for 3 hours on 12 May, but nobody was hurt; the 37th brigade held its positions.`,
];

/** A ~1 MB page of news-like paragraphs, about several conflicts. */
export function syntheticPage(bytes = PAGE_BYTES): string {
  const rand = random(2);
  const parts: string[] = ['Live updates\n\n14 March 2024, 10:00\n'];
  let length = parts[0].length;
  while (length < bytes) {
    const p = PARAGRAPHS[Math.floor(rand() * PARAGRAPHS.length)](10 + Math.floor(rand() * 30_000));
    parts.push(p);
    length += p.length + 2;
  }
  return parts.join('\n\n');
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

interface PageTiming {
  claims: number;
  mb: number;
  contextMs: number;
  verifyMs: number;
  /** CPU time of the verify pass: what the work costs, whatever else the machine is running. */
  verifyCpuMs: number;
  statuses: Map<string, number>;
}

/**
 * Times one page: its conflicts (article and paragraphs) and then every claim's verdict. Each run
 * gets a fresh index so the per-page window cache starts cold, as it does for a new page.
 */
function timePage(text: string, published: string | null, records: DatasetRecord[]): PageTiming {
  const claims = extractClaims(text);
  const contextTimes: number[] = [];
  const verifyTimes: number[] = [];
  const verifyCpuTimes: number[] = [];
  const statuses = new Map<string, number>();
  // Indexes built up front, so collecting one index's garbage does not land inside a timed pass.
  const indexes = Array.from({ length: RUNS + 1 }, () => buildIndex(records));
  for (let run = 0; run <= RUNS; run++) {
    const index = indexes[run];
    let t = performance.now();
    const { conflicts, paragraphs } = pageConflicts(text);
    const perClaim = claims.map((c) => conflictAt(paragraphs, c.start) ?? conflicts[0] ?? null);
    const contextMs = performance.now() - t;
    t = performance.now();
    const cpu = process.cpuUsage();
    for (let k = 0; k < claims.length; k++) {
      const v = verify(claims[k], { published, conflicts, conflict: perClaim[k] }, index);
      if (run === 0) statuses.set(v.status, (statuses.get(v.status) ?? 0) + 1);
    }
    const verifyMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const verifyCpuMs = (used.user + used.system) / 1000;
    if (run === 0) continue; // warm-up: the first pass also compiles the code
    contextTimes.push(contextMs);
    verifyTimes.push(verifyMs);
    verifyCpuTimes.push(verifyCpuMs);
  }
  return { claims: claims.length, mb: text.length / 1e6, contextMs: median(contextTimes), verifyMs: median(verifyTimes), verifyCpuMs: median(verifyCpuTimes), statuses };
}

function describe(name: string, t: PageTiming): string[] {
  return [
    `${name}: ${t.mb.toFixed(2)} MB, ${t.claims.toLocaleString('en-GB')} claims`,
    `  conflicts of page   ${t.contextMs.toFixed(1)} ms (article + per paragraph)`,
    `  verify all claims   ${t.verifyCpuMs.toFixed(1)} ms CPU, ${t.verifyMs.toFixed(1)} ms wall (target < 50 ms); ${((t.verifyCpuMs / Math.max(1, t.claims)) * 1000).toFixed(1)} µs CPU per claim`,
    `  verdicts            ${[...t.statuses].map(([s, n]) => `${s} ${n}`).join(', ')}`,
  ];
}

/** A fixed CPU-bound loop, so figures from a busy machine can be read against its speed at the time. */
function referenceLoopMs(): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now();
    let x = 0;
    for (let i = 0; i < 1e7; i++) x += Math.sqrt(i);
    times.push(performance.now() - t + (x < 0 ? 1 : 0)); // uses x so the loop is not optimised away
  }
  return median(times);
}

export function benchVerify(): string[] {
  const records = syntheticRecords();
  const builds: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    buildIndex(records);
    builds.push(performance.now() - t);
  }
  return [
    `${records.length.toLocaleString('en-GB')} synthetic records; build index ${median(builds).toFixed(1)} ms (once per dataset); medians of ${RUNS} runs`,
    `machine speed: a fixed reference loop (10 million square roots) took ${referenceLoopMs().toFixed(0)} ms here; timings scale with it on a loaded machine`,
    ...describe('dense page (a figure in every paragraph)', timePage(syntheticPage(), '2024-03-14', records)),
    ...describe('news-like corpus (scripts/bench/corpus.ts)', timePage(buildCorpus(), '2024-03-14', records)),
    // Without a date every record of a series is a candidate: the slow case, shown for honesty.
    ...describe('news-like corpus, article date unknown', timePage(buildCorpus(), null, records)),
  ];
}

const section: BenchSection = { title: 'Verification lookup (50,000 records)', run: benchVerify };
export default section;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of benchVerify()) console.log(line);
}
