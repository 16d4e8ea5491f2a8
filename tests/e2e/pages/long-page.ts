/**
 * Builds long article pages for the size tests and `npm run bench:page`: original filler prose
 * (deterministic, no randomness) with a casualty figure every few paragraphs.
 */

const OPENERS = ['Residents said', 'Local officials noted', 'Aid workers reported', 'Witnesses described how', 'The council explained that', 'Engineers warned that'];
const MIDDLES = [
  'the bridge over the river had been closed for repairs since the spring',
  'queues for water formed before dawn near the old market',
  'the night trains were running again after a week of delays',
  'schools in the district would reopen on a shortened timetable',
  'a field kitchen was serving several hundred meals a day',
  'the power cuts were now shorter but still came most evenings',
  'volunteers had cleared rubble from two streets near the station',
  'the regional hospital had moved its maternity ward to the basement',
];
const CLOSERS = [
  'according to a statement issued on Tuesday.',
  'though the details could not be confirmed.',
  'as winter approached.',
  'in remarks to reporters.',
  'despite the cold weather.',
];
const FIGURES = [
  'The UN human rights monitoring mission in Ukraine said at least 14,534 civilians had been killed since February 2022.',
  'Regional authorities in Kharkiv said 3 people were wounded when a drone hit a bus depot.',
  'Ukrainian officials said 1,000 bodies had been returned to Ukraine in the latest repatriation.',
  "Russia's defence ministry claimed that more than 400,000 Ukrainian soldiers had been killed.",
];

function paragraph(i: number): string {
  const sentences = [0, 1, 2].map((k) => `${OPENERS[(i + k) % OPENERS.length]} ${MIDDLES[(i * 3 + k) % MIDDLES.length]}, ${CLOSERS[(i + 2 * k) % CLOSERS.length]}`);
  if (i % 4 === 0) sentences.splice(1, 0, FIGURES[(i / 4) % FIGURES.length]);
  return `<p>${sentences.join(' ')}</p>`;
}

/** An article page of about `bytes` bytes. Figures appear in every fourth paragraph. */
export function longPage(bytes: number, title = 'Winter in the east: a long report'): string {
  const head =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>` +
    '<meta property="article:published_time" content="2025-11-20T09:00:00Z">' +
    '<style>body{font:17px/1.6 Georgia,serif;max-width:760px;margin:32px auto;padding:0 16px}</style></head><body><article>' +
    `<h1>${title}</h1>`;
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes - 40; i++) {
    const p = i % 12 === 11 ? `<h2>Part ${(i + 1) / 12 + 1}</h2>${paragraph(i)}` : paragraph(i);
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></body></html>');
  return parts.join('\n');
}
