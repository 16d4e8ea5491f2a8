/**
 * UCDP battle-related deaths, summed per conflict (or country) and calendar year from the dyadic
 * file. Each year becomes a running total over that year: periodStart YYYY-01-01, asOf YYYY-12-31.
 */
import type { DatasetRecord } from '../../lib/dataset/schema';

export interface UcdpRow {
  dyad_id: string;
  location_inc: string;
  side_a: string;
  side_b: string;
  year: string;
  bd_best: string;
  bd_low: string;
  bd_high: string;
}

interface Slot {
  conflict: string;
  country: string | null;
  region?: string;
}

/**
 * Which conflict slug a dyad-year belongs to. Named wars from lib/conflicts.ts get their slug for the
 * years they cover; everything else is filed under its country (e.g. `dr-congo`, `afghanistan`).
 */
export function slotFor(row: UcdpRow): Slot {
  const where = row.location_inc;
  const year = Number(row.year);
  if (/Ukraine/.test(where)) return { conflict: 'russia-ukraine', country: 'Ukraine' };
  if (where === 'Israel' && /Hezbollah/.test(row.side_b)) return { conflict: 'israel-lebanon', country: null, region: 'Israel and Lebanon' };
  if (/Israel, Lebanon|^Lebanon$/.test(where) && /Israel/.test(row.side_a + row.side_b)) return { conflict: 'israel-lebanon', country: null, region: 'Israel and Lebanon' };
  if (where === 'Israel')
    return year >= 2023
      ? { conflict: 'israel-gaza', country: null, region: 'Israel and Palestine' }
      : { conflict: 'israel-palestine', country: null, region: 'Israel and Palestine' };
  if (where === 'Ethiopia' && /TPLF/.test(row.side_b) && year >= 2020) return { conflict: 'ethiopia-tigray', country: 'Ethiopia' };
  const country = where.replace(/ \([^)]*\)/g, '');
  return { conflict: slug(country), country: country.includes(',') ? null : country, ...(country.includes(',') ? { region: country } : {}) };
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Years before this are left out: news copy rarely cites them and the bundle must stay small. */
export const FIRST_YEAR = 2010;

export function ucdpRecords(rows: UcdpRow[]): DatasetRecord[] {
  rows = rows.filter((row) => Number(row.year) >= FIRST_YEAR);
  const groups = new Map<string, { slot: Slot; year: string; best: number; low: number; high: number; opponents: Set<string> }>();
  for (const row of rows) {
    const slot = slotFor(row);
    const key = `${slot.conflict}|${row.year}`;
    const g = groups.get(key) ?? { slot, year: row.year, best: 0, low: 0, high: 0, opponents: new Set<string>() };
    g.best += Number(row.bd_best);
    g.low += Number(row.bd_low);
    g.high += Number(row.bd_high);
    g.opponents.add(`${row.side_a} vs ${row.side_b}`);
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => a.slot.conflict.localeCompare(b.slot.conflict) || a.year.localeCompare(b.year))
    .map((g) => ({
      id: `ucdp-brd-${g.slot.conflict}-${g.year}`,
      conflict: g.slot.conflict,
      country: g.slot.country,
      ...(g.slot.region ? { region: g.slot.region } : {}),
      category: 'killed',
      population: 'all',
      side: 'all',
      best: g.best,
      low: Math.min(g.low, g.best),
      high: Math.max(g.high, g.best),
      time: { kind: 'cumulative', periodStart: `${g.year}-01-01`, asOf: `${g.year}-12-31` },
      claimant: 'Uppsala Conflict Data Program (UCDP)',
      claimantType: 'independent',
      figureKind: 'statistical_estimate',
      source: { name: 'UCDP Battle-Related Deaths Dataset v24.1', url: 'https://ucdp.uu.se/downloads/', published: null },
      caveat: 'Battle deaths in state-based conflict that calendar year; excludes one-sided violence.',
      note: `Sum over ${g.opponents.size} dyad(s), e.g. ${[...g.opponents][0]}.`,
    }));
}
