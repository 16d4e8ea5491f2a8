/**
 * Locks the whole page pipeline's output on every hand-written fixture article: each claim's
 * fields and verdict (status, reason, record), so a change made for speed proves it changes no
 * result. A change that is meant to alter results updates the snapshots with `vitest -u` and the
 * diff shows exactly which figures changed. Charts are left out: they are layout, tested apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../lib/dataset/bundled';
import { checkPage } from '../../lib/pipeline';
import { buildIndex } from '../../lib/verify';
import { FIXTURE_DIR, fixtureIds, fixtureText } from './fixture-list';

const ids = fixtureIds();
const index = buildIndex(BUNDLED_DATASET.records);

/** The gold file beside each article records its publication date (null when the page has none). */
function publishedOf(id: string): string | null {
  const gold = JSON.parse(readFileSync(path.join(FIXTURE_DIR, `${id}.json`), 'utf8')) as { published?: string | null };
  return /^\d{4}-\d{2}-\d{2}$/.test(gold.published ?? '') ? (gold.published as string) : null;
}

describe('pipeline output is unchanged on the fixture articles', () => {
  // Each article twice: dated (the verifier's usual path) and undated (the inferred date window).
  it.each(ids.flatMap((id) => [[id, true] as const, [id, false] as const]))('%s dated=%s', async (id, dated) => {
    const text = fixtureText(id);
    const report = checkPage({ title: '', published: dated ? publishedOf(id) : null }, text, index);
    // One line per claim: every field but the sentence (its span says where it is),
    // and the records by id (the records themselves are the dataset's, checked elsewhere).
    const lines = report.claims.map(({ chart: _chart, sentence: _sentence, references, ...rest }) => JSON.stringify({ ...rest, references: references.map((r) => r.id) }));
    await expect([`conflicts: ${report.conflicts.join(', ')}`, ...lines, ''].join('\n')).toMatchFileSnapshot(`pipeline-snapshots/${id}${dated ? '' : '.undated'}.jsonl`);
  });
});
