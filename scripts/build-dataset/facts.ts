/**
 * Converts the hand-curated FACTS.csv rows into dataset records. Rows that duplicate a full series
 * converted elsewhere (General Staff, Tech For Palestine, UCDP) are skipped; the series are the
 * better record of the same numbers.
 */
import type { DatasetRecord, FigureKind, RecordTime } from '../../lib/dataset/schema';
import { CONFLICT_SLUGS, FACTS_PARTIES, PERIOD_STARTS, PLACES, SKIPPED_PARTIES } from './facts-maps';

export interface FactRow {
  id: string; conflict: string; region: string; as_of_date: string; event_date: string; kind: string;
  category: string; party: string; count: string; count_low: string; count_high: string;
  claimant: string; claimant_type: string; source_name: string; source_url: string; note: string;
}

const SERIES_SOURCES = /PetroIvaniuk|TechForPalestine|Tech For Palestine|Uppsala Conflict Data Program/;

export function isCoveredBySeries(row: FactRow): boolean {
  return SERIES_SOURCES.test(`${row.source_name} ${row.source_url} ${row.claimant}`);
}

export function factToRecord(row: FactRow): DatasetRecord | null {
  if (isCoveredBySeries(row) || SKIPPED_PARTIES.has(row.party)) return null;
  const party = FACTS_PARTIES[row.party];
  if (!party) throw new Error(`${row.id}: no side mapping for party ${row.party}`);
  const conflict = row.region === 'West Bank' ? 'israel-west-bank' : CONFLICT_SLUGS[row.conflict];
  const place = PLACES[row.region] ?? { country: row.region, region: null };
  const { best, low, high, bound } = figures(row);
  const claimantType = row.claimant_type === 'government' ? 'official' : (row.claimant_type as DatasetRecord['claimantType']);
  const genStaff = isGenStaffPersonnel(row);
  const caveat = genStaff ? GENSTAFF_CAVEAT : caveatOf(row, bound);
  return {
    id: row.id,
    conflict,
    country: place.country,
    ...(place.region ? { region: place.region } : {}),
    category: genStaff ? 'casualties' : row.category === 'bodies_returned' ? 'bodies' : (row.category as DatasetRecord['category']),
    ...(genStaff ? { reportedAs: ['killed' as const] } : {}),
    population: party.population,
    side: party.side,
    best, low, high,
    time: timeOf(row),
    claimant: row.claimant,
    claimantType,
    figureKind: figureKindOf(row),
    source: { name: row.source_name, url: row.source_url, published: dateInText(row.source_name) },
    ...(caveat ? { caveat } : {}),
    ...(row.note ? { note: plainText(row.note) } : {}),
  };
}

const GENSTAFF_CAVEAT = 'Party claim; "personnel losses" may include wounded.';

/**
 * Relays of the General Staff's daily "personnel" figure: filed like the daily series (killed and
 * wounded, reported as killed) so both agree; see docs/dataset.md.
 */
function isGenStaffPersonnel(row: FactRow): boolean {
  return row.party === 'russian_military' && row.category === 'killed' && /^(General Staff of the Armed Forces of Ukraine|Ministry of Defence of Ukraine)$/.test(row.claimant);
}

/** A range without a best figure takes its midpoint; "up to X" keeps X as all three, with a caveat. */
function figures(row: FactRow): { best: number; low: number; high: number; bound: string | null } {
  const count = row.count ? Number(row.count) : null;
  const low = row.count_low ? Number(row.count_low) : null;
  const high = row.count_high ? Number(row.count_high) : null;
  if (count === null && low !== null && high !== null) return { best: Math.round((low + high) / 2), low, high, bound: 'The source gives only a range; best is its midpoint.' };
  if (count === null) throw new Error(`${row.id}: no count`);
  if (low === null && high === count) return { best: count, low: count, high: count, bound: 'Upper bound ("up to" / "as many as").' };
  return { best: count, low: low ?? count, high: high ?? count, bound: null };
}

function timeOf(row: FactRow): RecordTime {
  const periodStart = PERIOD_STARTS[row.id];
  if (row.kind === 'event' && periodStart === undefined) return { kind: 'event', eventDate: row.event_date };
  return { kind: 'cumulative', periodStart: periodStart ?? null, asOf: row.as_of_date || row.event_date };
}

/** What kind of number it is, from who published it and how it was made (see docs/dataset.md). */
function figureKindOf(row: FactRow): FigureKind {
  const who = row.claimant;
  if (row.category === 'bodies_returned') return 'exchange_record';
  if (row.claimant_type === 'belligerent') return 'party_claim';
  if (row.claimant_type === 'un') return /OHCHR|HRMMU/.test(who) ? 'verified_floor' : 'statistical_estimate';
  if (/named|UALosses|AAPP|Assistance Association/.test(who)) return 'verified_floor';
  if (/SOHR|ACLED|INSS|AFP|media\/medical|Ministry of Public Health/.test(who)) return 'reported';
  return 'statistical_estimate';
}

const UN_FLOOR = 'Verified minimum: the UN says the actual numbers are considerably higher.';

function caveatOf(row: FactRow, bound: string | null): string | null {
  const parts: string[] = [];
  if (/OHCHR|HRMMU/.test(row.claimant) && row.claimant_type === 'un') parts.push(UN_FLOOR);
  else if (row.claimant_type === 'belligerent' && row.category !== 'bodies_returned') parts.push('Claim by a party to the conflict; not independently verified.');
  if (bound) parts.push(bound);
  if (/approximate|approx\./i.test(row.note)) parts.push('Date or figure approximate (see note).');
  return parts.length ? parts.join(' ') : null;
}

/** The format refuses < and > (markup guard); FACTS notes use them only as "more/less than". */
function plainText(s: string): string {
  return s.replace(/>\s*/g, 'more than ').replace(/<\s*/g, 'less than ');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Kyiv Independent 18 Oct 2024" → 2024-10-18; null when the name carries no full date. */
export function dateInText(text: string): string | null {
  const m = /\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b/.exec(text);
  if (!m) return null;
  return `${m[3]}-${String(MONTHS.indexOf(m[2].toLowerCase()) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}
