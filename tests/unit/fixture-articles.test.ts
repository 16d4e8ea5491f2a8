/**
 * Runs extractClaims over every hand-written fixture article (tests/fixtures/articles/<id>.txt with
 * gold <id>.json) and scores it the way /work/shared/eval/score.mjs does: a prediction matches a
 * gold claim when their spans overlap. Misses are printed so a failure says what went wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/extract';
import type { Claim } from '../../lib/claim';

interface GoldClaim {
  figure: string;
  quote: string;
  count: number;
  count_high: number | null;
  category: string;
  category_alt?: string[];
  required: boolean;
}
interface Gold {
  claims: GoldClaim[];
  negatives?: { figure: string; quote: string; why: string }[];
}

const dir = path.resolve(__dirname, '../fixtures/articles');
const ids = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

function span(text: string, quote: string, figure: string): [number, number] | null {
  const q = text.indexOf(quote);
  if (q < 0) return null;
  const f = text.indexOf(figure, q);
  return f < 0 ? null : [f, f + figure.length];
}
const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

function score() {
  const t = { pred: 0, matched: 0, gold: 0, found: 0, pairs: 0, category: 0, count: 0, negFlagged: 0 };
  const notes: string[] = [];
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')) as Gold;
    if (!Array.isArray(gold.claims)) continue;
    const text = readFileSync(path.join(dir, `${id}.txt`), 'utf8');
    const preds = extractClaims(text).map((c) => ({ c, hit: false }));
    const optional: [number, number][] = [];
    for (const g of gold.claims) {
      const sp = span(text, g.quote, g.figure);
      if (!g.required && sp) optional.push(sp);
      const p = sp ? preds.find((x) => !x.hit && overlaps([x.c.start, x.c.end], sp)) : undefined;
      if (g.required) t.gold++;
      if (!p) {
        if (g.required) notes.push(`${id} MISSED ${g.figure} | ${g.quote}`);
        continue;
      }
      p.hit = true;
      if (g.required) t.found++;
      t.pairs++;
      const catOk = [g.category, ...(g.category_alt ?? [])].includes(p.c.category);
      const countOk = p.c.count === g.count && (g.count_high == null || p.c.countHigh === g.count_high);
      t.category += +catOk;
      t.count += +countOk;
      if (!catOk || !countOk) notes.push(`${id} WRONG ${g.figure} | got ${p.c.category}/${p.c.count} want ${g.category}/${g.count}`);
    }
    for (const n of gold.negatives ?? []) {
      const sp = span(text, n.quote, n.figure);
      if (sp && preds.some((x) => overlaps([x.c.start, x.c.end], sp))) {
        t.negFlagged++;
        notes.push(`${id} FALSE+ ${n.figure} | ${n.quote} (${n.why})`);
      }
    }
    for (const p of preds) {
      if (p.hit) { t.pred++; t.matched++; continue; }
      if (optional.some((sp) => overlaps([p.c.start, p.c.end], sp))) continue;
      t.pred++;
      notes.push(`${id} EXTRA ${JSON.stringify(describe_(p.c))}`);
    }
  }
  return { t, notes };
}

function describe_(c: Claim) {
  return `${c.figure} (${c.category}) in: ${c.sentence.slice(0, 100)}`;
}

describe('fixture articles', () => {
  it('has fixture articles to score', () => {
    expect(ids.length).toBeGreaterThanOrEqual(25);
  });

  it('finds their casualty figures with precision and recall ≥ 0.9, right category and count ≥ 0.9, no negative flagged', () => {
    const { t, notes } = score();
    const precision = t.matched / t.pred;
    const recall = t.found / t.gold;
    const category = t.category / t.pairs;
    const count = t.count / t.pairs;
    const summary = `precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} category ${category.toFixed(3)} count ${count.toFixed(3)} negatives flagged ${t.negFlagged}`;
    console.log(`${summary}\n${notes.join('\n')}`);
    expect({ negativesFlagged: t.negFlagged, notes: notes.filter((n) => n.includes('FALSE+')) }).toEqual({ negativesFlagged: 0, notes: [] });
    expect(precision, summary).toBeGreaterThanOrEqual(0.9);
    expect(recall, summary).toBeGreaterThanOrEqual(0.9);
    expect(category, summary).toBeGreaterThanOrEqual(0.9);
    expect(count, summary).toBeGreaterThanOrEqual(0.9);
  });
});
