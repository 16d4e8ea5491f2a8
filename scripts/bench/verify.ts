/**
 * Verification benchmark: 50,000 synthetic records and the claims of a ~1 MB synthetic page; prints
 * how long building the index and checking every claim take (target: all claims < 50 ms).
 * Standalone: `tsx scripts/bench/verify.ts`; `scripts/bench.ts` can call `benchVerify()` as a section.
 */
import { pathToFileURL } from 'node:url';
import type { Category, Population } from '../../lib/claim';
import { conflictAt, pageConflicts } from '../../lib/context';
import type { DatasetRecord } from '../../lib/dataset/schema';
import { extractClaims } from '../../lib/extract';
import { buildIndex, verify } from '../../lib/verify';

const RECORDS = 50_000;
const PAGE_BYTES = 1_000_000;
const RUNS = 5;

/** Deterministic pseudo-random numbers, so every run measures the same work. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
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
    const best = category === 'bodies' ? 50 + Math.floor(rand() * 900) : 100 + d * 40 + Math.floor(rand() * 500);
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

export function benchVerify(): string[] {
  const records = syntheticRecords();
  const text = syntheticPage();
  const claims = extractClaims(text);
  const published = '2024-03-14';

  const buildTimes: number[] = [];
  let index = buildIndex(records);
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    index = buildIndex(records);
    buildTimes.push(performance.now() - t);
  }

  const contextTimes: number[] = [];
  const verifyTimes: number[] = [];
  const statuses = new Map<string, number>();
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const { conflicts, paragraphs } = pageConflicts(text);
    const perClaim = claims.map((c) => conflictAt(paragraphs, c.start) ?? conflicts[0] ?? null);
    contextTimes.push(performance.now() - t);
    t = performance.now();
    for (let k = 0; k < claims.length; k++) {
      const v = verify(claims[k], { published, conflicts, conflict: perClaim[k] }, index);
      if (i === 0) statuses.set(v.status, (statuses.get(v.status) ?? 0) + 1);
    }
    verifyTimes.push(performance.now() - t);
  }
  const mb = (text.length / 1e6).toFixed(2);
  return [
    `verification: ${records.length.toLocaleString('en-GB')} records, ${claims.length.toLocaleString('en-GB')} claims from a ${mb} MB page (median of ${RUNS} runs)`,
    `  build index         ${median(buildTimes).toFixed(1)} ms (once per dataset)`,
    `  conflicts of page   ${median(contextTimes).toFixed(1)} ms (article + per paragraph)`,
    `  verify all claims   ${median(verifyTimes).toFixed(1)} ms (target < 50 ms)`,
    `  verdicts            ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of benchVerify()) console.log(line);
}
