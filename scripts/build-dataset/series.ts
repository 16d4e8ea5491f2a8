/**
 * Daily series converted in full: Ukraine's General Staff claim of Russian personnel losses, and
 * the Gaza, West Bank and Lebanon counts collected by Tech For Palestine. Only values the original
 * body published that day are used (never Tech For Palestine's gap-filled `ext_*` values).
 */
import type { DatasetRecord } from '../../lib/dataset/schema';

// Record strings are repeated thousands of times: kept short so the bundle stays well under 3 MB.
const GENSTAFF_URL = 'https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset';

interface GenStaffDay {
  date: string;
  personnel: number;
  'personnel*'?: string;
}

export function genStaffRecords(days: GenStaffDay[]): DatasetRecord[] {
  return days.map((d) => ({
    id: `ua-gs-${d.date}`,
    conflict: 'russia-ukraine',
    country: 'Ukraine',
    category: 'casualties',
    reportedAs: ['killed'],
    population: 'military',
    side: 'russia',
    best: d.personnel,
    low: d.personnel,
    high: d.personnel,
    time: { kind: 'cumulative', periodStart: null, asOf: d.date },
    claimant: 'General Staff of the Armed Forces of Ukraine',
    claimantType: 'belligerent',
    figureKind: 'party_claim',
    source: { name: 'Ukraine General Staff, via P. Ivaniuk', url: GENSTAFF_URL, published: d.date },
    caveat: 'Party claim; "personnel losses" may include wounded.',
    ...(d['personnel*'] === 'more' ? { note: 'Published as "more than" this figure.' } : {}),
  }));
}

const TFP = 'https://data.techforpalestine.org/api/v2';
const GAZA_CAVEAT = 'Hamas-run ministry; civilians and combatants not separated.';

interface GazaDay {
  report_date: string;
  report_source: string;
  killed_cum?: number;
  injured_cum?: number;
}

export function gazaRecords(days: GazaDay[]): DatasetRecord[] {
  return dropRepeats(days).flatMap((d) => {
    const base = {
      conflict: 'israel-gaza',
      country: 'Palestine',
      population: 'all' as const,
      side: 'palestinians',
      claimant: 'Gaza Ministry of Health',
      claimantType: 'official' as const,
      figureKind: 'reported' as const,
      source: { name: 'Gaza MoH, via Tech For Palestine', url: `${TFP}/casualties_daily.json`, published: d.report_date },
      caveat: GAZA_CAVEAT,
      ...(d.report_source === 'gmotel' ? { note: 'Relayed by the Gaza Government Media Office.' } : {}),
      time: { kind: 'cumulative' as const, periodStart: null, asOf: d.report_date },
    };
    return countPair(d.report_date, 'gaza-moh', base, d.killed_cum, d.injured_cum);
  });
}

interface WestBankDay {
  report_date: string;
  flash_source?: string;
  killed_cum?: number;
  injured_cum?: number;
}

/** Only days with a new OCHA flash update: the other days carry the last figure forward. */
export function westBankRecords(days: WestBankDay[]): DatasetRecord[] {
  return dropRepeats(days.filter((d) => d.flash_source === 'un')).flatMap((d) => {
    const base = {
      conflict: 'israel-west-bank',
      country: 'Palestine',
      population: 'all' as const,
      side: 'palestinians',
      claimant: 'UN OCHA (occupied Palestinian territory)',
      claimantType: 'un' as const,
      figureKind: 'reported' as const,
      source: { name: 'OCHA flash update, via Tech For Palestine', url: `${TFP}/west_bank_daily.json`, published: d.report_date },
      caveat: 'Flash-update figure; verified figures lag and may differ.',
      time: { kind: 'cumulative' as const, periodStart: null, asOf: d.report_date },
    };
    return countPair(d.report_date, 'wb-ocha', base, d.killed_cum, d.injured_cum);
  });
}

interface LebanonDay {
  report_date: string;
  phase: number;
  report_source: string;
  killed_cum_reported?: number;
  injured_cum_reported?: number;
}

/** The ministry restarted its count on 2 March 2026 (phase 2): those totals start there. */
export function lebanonRecords(days: LebanonDay[]): DatasetRecord[] {
  const reported = days.map((d) => ({ ...d, killed_cum: d.killed_cum_reported, injured_cum: d.injured_cum_reported }));
  return dropRepeats(reported).flatMap((d) => {
    const relay = d.report_source === 'moph_lb' ? '' : ` (${d.report_source.toUpperCase()} relay)`;
    const base = {
      conflict: 'israel-lebanon',
      country: 'Lebanon',
      population: 'all' as const,
      side: 'lebanon',
      claimant: 'Lebanon Ministry of Public Health',
      claimantType: 'official' as const,
      figureKind: 'reported' as const,
      source: { name: `Lebanon MoPH${relay}, via Tech For Palestine`, url: 'https://data.techforpalestine.org/api/v3/lebanon_casualties_daily.json', published: d.report_date },
      caveat: 'Civilians and combatants not separated.',
      time: { kind: 'cumulative' as const, periodStart: d.phase === 2 ? '2026-03-02' : '2023-10-08', asOf: d.report_date },
      ...(d.phase === 2 ? { note: 'Count restarted 2 Mar 2026 (earlier count closed at 4,047 killed).' } : {}),
    };
    return countPair(d.report_date, `lb-moph-p${d.phase}`, base, d.killed_cum_reported, d.injured_cum_reported);
  });
}

interface CountDay {
  killed_cum?: number;
  injured_cum?: number;
}

/**
 * A day whose totals equal the previous report's adds nothing: the earlier record already answers
 * "the latest figure on or before this date". Dropping repeats keeps the bundle small.
 */
function dropRepeats<T extends CountDay>(days: T[]): T[] {
  let killed: number | undefined;
  let injured: number | undefined;
  return days.flatMap((d) => {
    const day = { ...d };
    if (day.killed_cum !== undefined && day.killed_cum === killed) delete day.killed_cum;
    else killed = day.killed_cum ?? killed;
    if (day.injured_cum !== undefined && day.injured_cum === injured) delete day.injured_cum;
    else injured = day.injured_cum ?? injured;
    return day.killed_cum === undefined && day.injured_cum === undefined ? [] : [day];
  });
}

type Shared = Omit<DatasetRecord, 'id' | 'category' | 'best' | 'low' | 'high'>;

function countPair(date: string, prefix: string, base: Shared, killed?: number, injured?: number): DatasetRecord[] {
  const out: DatasetRecord[] = [];
  if (killed !== undefined) out.push({ id: `${prefix}-killed-${date}`, category: 'killed', best: killed, low: killed, high: killed, ...base });
  if (injured !== undefined) out.push({ id: `${prefix}-wounded-${date}`, category: 'wounded', best: injured, low: injured, high: injured, ...base });
  return out;
}
