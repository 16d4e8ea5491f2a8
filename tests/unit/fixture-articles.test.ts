/**
 * Runs extractClaims over every hand-written fixture article (tests/fixtures/articles/<id>.txt with
 * gold <id>.json) and scores it the way /work/shared/eval/score.mjs does: a prediction matches a
 * gold claim when their spans overlap. Misses are printed so a failure says what went wrong.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/extract';
import type { Claim } from '../../lib/claim';
import { FIXTURE_DIR, fixtureIds, fixtureText } from './fixture-list';

interface GoldClaim {
  figure: string;
  quote: string;
  count: number;
  count_high: number | null;
  category: string;
  category_alt?: string[];
  party?: string | null;
  claimant?: string | null;
  subset?: string | null;
  time_scope?: string | null;
  required: boolean;
}
interface Gold {
  claims: GoldClaim[];
  negatives?: { figure: string; quote: string; why: string }[];
}

const dir = FIXTURE_DIR;
const ids = fixtureIds();

function span(text: string, quote: string, figure: string): [number, number] | null {
  const q = text.indexOf(quote);
  if (q < 0) return null;
  const f = text.indexOf(figure, q);
  return f < 0 ? null : [f, f + figure.length];
}
const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

// Names match the way ../shared/eval/score.mjs matches claimants: a shared word of three letters
// or more, a capitalised acronym, or one name's acronym equal to the other's initials.
const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'its', 'his', 'her', 'their', 'this', 'that', 'said', 'says', 'according']);
function nameWords(s: string | null | undefined): Set<string> {
  const str = String(s ?? '');
  const out = new Set((str.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !STOP.has(w)));
  for (const a of str.match(/\b[A-Z]{2,}\b/g) ?? []) out.add(a.toLowerCase());
  for (const run of str.match(/[A-Z][\w’'-]*(?:\s+(?:(?:of|for|the|and|in|on)\s+)*[A-Z][\w’'-]*)+/g) ?? []) {
    out.add(
      run
        .split(/\s+/)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w[0])
        .join('')
        .toLowerCase(),
    );
  }
  return out;
}
const sameName = (p: string | null, g: string | null | undefined) => (g == null ? p == null || p === '' : [...nameWords(g)].some((w) => nameWords(p).has(w)));

interface ArticleScore {
  recall: number;
  precision: number;
  category: number;
  claimant: number;
  party: number;
}
const ratio = (a: number, b: number) => (b ? a / b : 1);
const floorsFile = path.join(dir, 'floors.json');

function score() {
  const t = { pred: 0, matched: 0, gold: 0, found: 0, pairs: 0, category: 0, count: 0, negFlagged: 0, claimant: 0, party: 0, subsetPairs: 0, subset: 0, scopePairs: 0, scope: 0 };
  const notes: string[] = [];
  const perArticle: Record<string, ArticleScore> = {};
  for (const id of ids) {
    const a = { pred: 0, matched: 0, gold: 0, found: 0, pairs: 0, category: 0, claimant: 0, party: 0 };
    const gold = JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')) as Gold;
    if (!Array.isArray(gold.claims)) continue;
    const text = fixtureText(id);
    const preds = extractClaims(text).map((c) => ({ c, hit: false }));
    const optional: [number, number][] = [];
    for (const g of gold.claims) {
      const sp = span(text, g.quote, g.figure);
      if (!g.required && sp) optional.push(sp);
      const p = sp ? preds.find((x) => !x.hit && overlaps([x.c.start, x.c.end], sp)) : undefined;
      if (g.required) {
        t.gold++;
        a.gold++;
      }
      if (!p) {
        if (g.required) notes.push(`${id} MISSED ${g.figure} | ${g.quote}`);
        continue;
      }
      p.hit = true;
      if (g.required) {
        t.found++;
        a.found++;
      }
      t.pairs++;
      a.pairs++;
      const catOk = [g.category, ...(g.category_alt ?? [])].includes(p.c.category);
      const countOk = p.c.count === g.count && (g.count_high == null || p.c.countHigh === g.count_high);
      const claimantOk = g.claimant === undefined || sameName(p.c.claimant, g.claimant);
      // Party: gold null means the text does not say whose; anything readable is then fine.
      const partyOk = g.party == null || sameName(p.c.party, g.party);
      t.category += +catOk;
      t.count += +countOk;
      t.claimant += +claimantOk;
      t.party += +partyOk;
      a.category += +catOk;
      a.claimant += +claimantOk;
      a.party += +partyOk;
      if (!catOk || !countOk) notes.push(`${id} WRONG ${g.figure} | got ${p.c.category}/${p.c.count} want ${g.category}/${g.count}`);
      if (!claimantOk) notes.push(`${id} CLAIMANT ${g.figure} | got ${p.c.claimant} want ${g.claimant}`);
      if (!partyOk) notes.push(`${id} PARTY ${g.figure} | got ${p.c.party} want ${g.party}`);
      if (g.subset !== undefined) {
        t.subsetPairs++;
        const ok = (p.c.subset ?? null) === g.subset;
        t.subset += +ok;
        if (!ok) notes.push(`${id} SUBSET ${g.figure} | got ${p.c.subset} want ${g.subset}`);
      }
      if (g.time_scope !== undefined) {
        t.scopePairs++;
        const ok = (p.c.timeScope ?? null) === g.time_scope;
        t.scope += +ok;
        if (!ok) notes.push(`${id} SCOPE ${g.figure} | got ${p.c.timeScope} want ${g.time_scope}`);
      }
    }
    for (const n of gold.negatives ?? []) {
      const sp = span(text, n.quote, n.figure);
      if (sp && preds.some((x) => overlaps([x.c.start, x.c.end], sp))) {
        t.negFlagged++;
        notes.push(`${id} FALSE+ ${n.figure} | ${n.quote} (${n.why})`);
      }
    }
    for (const p of preds) {
      if (p.hit) {
        t.pred++;
        t.matched++;
        a.pred++;
        a.matched++;
        continue;
      }
      if (optional.some((sp) => overlaps([p.c.start, p.c.end], sp))) continue;
      t.pred++;
      a.pred++;
      notes.push(`${id} EXTRA ${JSON.stringify(describe_(p.c))}`);
    }
    perArticle[id] = {
      recall: ratio(a.found, a.gold),
      precision: ratio(a.matched, a.pred),
      category: ratio(a.category, a.pairs),
      claimant: ratio(a.claimant, a.pairs),
      party: ratio(a.party, a.pairs),
    };
  }
  return { t, notes, perArticle };
}

function describe_(c: Claim) {
  return `${c.figure} (${c.category}) in: ${c.sentence.slice(0, 100)}`;
}

const round = (x: number) => Math.floor(x * 1000) / 1000;

describe('fixture articles', () => {
  it('keeps every article at or above its recorded score (floors.json; UPDATE_FLOORS=1 records the current ones)', () => {
    const { perArticle, notes } = score();
    if (process.env.UPDATE_FLOORS) {
      const floors = Object.fromEntries(Object.entries(perArticle).map(([id, s]) => [id, Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v)]))]));
      writeFileSync(floorsFile, `${JSON.stringify(floors, null, 1)}\n`);
    }
    expect(existsSync(floorsFile)).toBe(true);
    const floors = JSON.parse(readFileSync(floorsFile, 'utf8')) as Record<string, ArticleScore>;
    const below: string[] = [];
    for (const id of ids) {
      const floor = floors[id];
      const now = perArticle[id];
      if (!now) continue;
      if (!floor) {
        below.push(`${id}: no floor recorded`);
        continue;
      }
      for (const k of Object.keys(floor) as (keyof ArticleScore)[]) {
        if (round(now[k]) < floor[k]) below.push(`${id} ${k} ${round(now[k])} < ${floor[k]}\n  ${notes.filter((n) => n.startsWith(`${id} `)).join('\n  ')}`);
      }
    }
    expect(below).toEqual([]);
  });

  it('has fixture articles to score', () => {
    expect(ids.length).toBeGreaterThanOrEqual(25);
  });

  it('finds their casualty figures with precision and recall ≥ 0.9, right category and count ≥ 0.9, no negative flagged', () => {
    const { t, notes } = score();
    const precision = t.matched / t.pred;
    const recall = t.found / t.gold;
    const category = t.category / t.pairs;
    const count = t.count / t.pairs;
    const summary = `precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} category ${category.toFixed(3)} count ${count.toFixed(3)} claimant ${(t.claimant / t.pairs).toFixed(3)} party ${(t.party / t.pairs).toFixed(3)} subset ${t.subset}/${t.subsetPairs} scope ${t.scope}/${t.scopePairs} negatives flagged ${t.negFlagged}`;
    console.log(`${summary}\n${notes.join('\n')}`);
    expect({ negativesFlagged: t.negFlagged, notes: notes.filter((n) => n.includes('FALSE+')) }).toEqual({ negativesFlagged: 0, notes: [] });
    expect(precision, summary).toBeGreaterThanOrEqual(0.9);
    expect(recall, summary).toBeGreaterThanOrEqual(0.9);
    expect(category, summary).toBeGreaterThanOrEqual(0.9);
    expect(count, summary).toBeGreaterThanOrEqual(0.9);
  });
});
