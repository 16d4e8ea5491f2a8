/**
 * A deterministic ≥ 1 MB corpus of news-like text, recombined from our own sentence templates
 * (no article text). Most sentences carry numbers that are not casualties — dates, money, drones,
 * troop strength — as real pages do; about one in ten carries a casualty figure, which gives about
 * the density of figures of the seed articles (≈ 1.3 per KB).
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Kharkiv', 'Khan Younis', 'El Fasher', 'Sagaing', 'Idlib', 'Hodeidah', 'Goma', 'Derna', 'Herat', 'Port-au-Prince'];
const SOURCES = ['the health ministry', 'local officials', 'the regional governor', 'the UN agency', 'police', 'the civil defence service', 'a hospital director', 'the army'];
const VICTIMS = ['people', 'civilians', 'soldiers', 'children', 'residents', 'workers', 'fighters'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

const CASUALTY: ((r: () => number) => string)[] = [
  (r) => `An attack on ${pick(r, PLACES)} killed at least ${n(r, 2, 90)} ${pick(r, VICTIMS)} and wounded ${n(r, 5, 200)}, ${pick(r, SOURCES)} said.`,
  (r) => `The death toll from the floods in ${pick(r, PLACES)} has risen to ${n(r, 10, 3000).toLocaleString('en-US')}, according to ${pick(r, SOURCES)}.`,
  (r) => `${pick(r, SOURCES).replace(/^./, (c) => c.toUpperCase())} said ${n(r, 3, 60)} ${pick(r, VICTIMS)} were still missing after the landslide.`,
  (r) => `Rescuers recovered the bodies of ${n(r, 2, 40)} ${pick(r, VICTIMS)} from the rubble on ${pick(r, MONTHS)} ${n(r, 1, 28)}.`,
  (r) => `"We have buried ${n(r, 3, 50)} people this week," a volunteer in ${pick(r, PLACES)} told reporters.`,
];

const NOISE: ((r: () => number) => string)[] = [
  (r) => `The air force said it had shot down ${n(r, 5, 140)} drones and ${n(r, 1, 12)} missiles overnight.`,
  (r) => `About ${n(r, 1, 30).toLocaleString('en-US')},000 troops are training near ${pick(r, PLACES)}, officials said on ${pick(r, MONTHS)} ${n(r, 1, 28)}.`,
  (r) => `Donors pledged $${n(r, 2, 900)} million for reconstruction at a conference in ${pick(r, PLACES)}.`,
  (r) => `The talks, the ${n(r, 2, 9)}th round since ${n(r, 2014, 2024)}, ended after ${n(r, 2, 14)} hours without agreement.`,
  (r) => `Prices of flour rose by ${n(r, 5, 60)} per cent in ${pick(r, MONTHS)}, the market monitor reported.`,
  (r) => `The convoy of ${n(r, 10, 90)} trucks travelled ${n(r, 20, 400)} kilometres to reach ${pick(r, PLACES)}.`,
  (r) => `Aid workers said the situation in ${pick(r, PLACES)} remained tense as families waited for news.`,
  (r) => `Negotiators met again in the capital, where the government promised a new plan before the winter.`,
  (r) => `Schools reopened in ${pick(r, PLACES)} with ${n(r, 200, 3000)} pupils returning to classes.`,
  (r) => `The parliament voted ${n(r, 100, 300)} to ${n(r, 10, 90)} to extend martial law for ${n(r, 30, 90)} days.`,
];

function n(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}
function pick<T>(r: () => number, xs: T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

/** News-like text of at least `minChars`, paragraphs of 3–6 sentences, with a headline every few. */
export function buildCorpus(minChars = 1_100_000, seed = 20240601): string {
  const r = mulberry32(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < minChars) {
    const paragraph: string[] = [];
    for (let i = n(r, 3, 6); i > 0; i--) paragraph.push(r() < 1 / 10 ? pick(r, CASUALTY)(r) : pick(r, NOISE)(r));
    if (r() < 0.2) paragraph.unshift(`Fighting flares near ${pick(r, PLACES)}\n`);
    const text = paragraph.join(' ');
    parts.push(text);
    size += text.length + 2;
  }
  return parts.join('\n\n');
}
