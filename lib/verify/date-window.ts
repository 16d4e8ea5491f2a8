/**
 * When was an undated article written? A reader works it out from the text: the latest date it
 * mentions (it was written on or after it, usually within weeks), or a running figure it quotes
 * that a party or monitor published on one known day ("11,000", the General Staff's count of
 * 7 March 2022). The window found this way lets verification compare the records of that time,
 * and the reason says how the window was found.
 */
import type { Claim } from '../claim';
import { CONFLICTS } from '../conflicts';
import { dateOfMatch, WRITTEN_DATE } from '../context/parse-date';
import { dayNumber, formatDate } from './dates';
import { formatCount } from './interval';
import type { IndexedRecord, RecordIndex } from './record-index';
import { lookupCategory } from './scope';
import type { Frame } from './time-window';

/** An article is written on or after the latest date it mentions, and rarely much later. */
const AFTER_LATEST_MENTION_DAYS = 30;
/** An article quoting a running figure was written in the days after it was published. */
const AFTER_ANCHOR_DAYS = 14;
/** A figure pins a date only when a series held it for at most this many days. */
const ANCHOR_SPAN_DAYS = 3;
/** Small figures recur in many series at many dates; only large exact ones identify a day. */
const ANCHOR_MIN_COUNT = 1000;

const MONTH_YEAR_RE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b/g;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export interface AnchorCandidate {
  claim: Claim;
  conflict: string | null;
}

/**
 * The window an undated text allows, or null when it gives no clue. A quoted running figure that
 * identifies a day wins over the dates mentioned (a text may cite an old date in passing).
 */
export function inferDateWindow(text: string, claims: readonly AnchorCandidate[], index: RecordIndex, today: string = new Date().toISOString().slice(0, 10)): Frame | null {
  return handoverWindow(claims, index) ?? anchorWindow(claims, index) ?? mentionedWindow(text, today);
}

/** Days within this distance count as one exchange (a handover announced the next day). */
const SAME_EXCHANGE_DAYS = 1;

/**
 * The handovers a page reports ("1,000 bodies to Ukraine, 19 to Russia") often match only one
 * recorded exchange together, though each figure alone recurs: the days every handover figure
 * matches, when they come down to one exchange, date the page.
 */
function handoverWindow(claims: readonly AnchorCandidate[], index: RecordIndex): Frame | null {
  let days: number[] | null = null;
  const figures: number[] = [];
  for (const { claim, conflict } of claims) {
    const category = lookupCategory(claim);
    if (!conflict || (category !== 'bodies' && category !== 'captured') || claim.qualifier !== 'exact') continue;
    const sides = claim.side ? [claim.side] : index.sides(conflict, category);
    const matched = sides.flatMap((side) =>
      index
        .group(conflict, category, side)
        .event.filter((e) => e.record.best === claim.count)
        .map((e) => e.day),
    );
    if (matched.length === 0) continue;
    figures.push(claim.count);
    days = days === null ? matched : days.filter((d) => matched.some((m) => Math.abs(m - d) <= SAME_EXCHANGE_DAYS));
    if (days.length === 0) return null; // the figures belong to different exchanges: no single date
  }
  if (!days || days.length === 0 || Math.max(...days) - Math.min(...days) > SAME_EXCHANGE_DAYS) return null;
  const day = Math.min(...days);
  const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
  const what = figures.length === 1 ? `the handover of ${formatCount(figures[0])} it reports` : `the handovers it reports (${[...new Set(figures)].map(formatCount).join(', ')})`;
  return { from: day, to: day + AFTER_ANCHOR_DAYS, basis: `${what}, which match only the exchange of ${formatDate(iso)}` };
}

/** Days of the wars' starts: "since February 24, 2022" recalls the invasion, it does not date the article. */
const WAR_STARTS = CONFLICTS.flatMap((c) => (c.began ? [dayNumber(c.began)] : []));
const NEAR_WAR_START_DAYS = 7;

/**
 * The latest date the text mentions that can date it: not a war's start (recalled in "since the
 * invasion on 24 February 2022"), not the start of a count ("since 13 July"), not after today.
 */
function latestDatingMention(text: string, today: string): string | null {
  let latest: string | null = null;
  for (const m of text.matchAll(WRITTEN_DATE)) {
    const date = dateOfMatch(m);
    if (!date || date > today || (latest !== null && date <= latest)) continue;
    const day = dayNumber(date);
    if (WAR_STARTS.some((start) => Math.abs(start - day) <= NEAR_WAR_START_DAYS)) continue;
    if (/\bsince\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
    latest = date;
  }
  return latest;
}

function mentionedWindow(text: string, today: string): Frame | null {
  const latest = latestDatingMention(text, today);
  let from = latest ? dayNumber(latest) : NaN;
  let basis = latest ? `the latest date it mentions, ${formatDate(latest)}` : '';
  for (const m of text.matchAll(MONTH_YEAR_RE)) {
    const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
    const first = `${m[2]}-${String(month).padStart(2, '0')}-01`;
    const day = dayNumber(first);
    if (first > today || day <= from || WAR_STARTS.some((start) => Math.abs(start - day) <= 31)) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    // A full date ("13 July 2025") was weighed above; "since July 2025" starts a count.
    if (/\d(?:st|nd|rd|th)?\s+$/.test(before) || /\bsince\s+(?:the\s+)?$/i.test(before)) continue;
    from = day;
    basis = `the latest month it mentions, ${m[1]} ${m[2]}`;
  }
  if (Number.isNaN(from)) return null;
  const todayDay = dayNumber(today);
  return { from, to: Math.min(from + AFTER_LATEST_MENTION_DAYS, Math.max(from, todayDay)), basis };
}

/** The day a quoted figure identifies, when every such figure on the page points to the same fortnight. */
function anchorWindow(claims: readonly AnchorCandidate[], index: RecordIndex): Frame | null {
  let found: { day: number; basis: string } | null = null;
  for (const { claim, conflict } of claims) {
    // Only a specific figure (not "more than 20,000", not a round number) can name one publication.
    if (!conflict || claim.count < ANCHOR_MIN_COUNT || claim.qualifier !== 'exact' || claim.count % 100 === 0 || !claim.side) continue;
    const category = lookupCategory(claim);
    const day = anchorDay(claim, index.group(conflict, category, claim.side).series) ?? anchorDay(claim, index.reportedAs(conflict, category, claim.side).series);
    if (!day) continue;
    if (found && Math.abs(found.day - day.day) > AFTER_ANCHOR_DAYS) return null; // figures of different times: no single date
    if (!found || day.day > found.day) found = day;
  }
  return found ? { from: found.day, to: found.day + AFTER_ANCHOR_DAYS, basis: found.basis } : null;
}

function anchorDay(claim: Claim, series: ReadonlyMap<string, IndexedRecord[]>): { day: number; basis: string } | null {
  let match: IndexedRecord[] = [];
  for (const records of series.values()) {
    const hits = recordsWithBest(records, claim.count);
    if (hits.length === 0) continue;
    if (match.length > 0) return null; // two series hold it: it names no one publication
    match = hits;
  }
  if (match.length === 0 || match[match.length - 1].day - match[0].day > ANCHOR_SPAN_DAYS) return null;
  const e = match[match.length - 1];
  const t = e.record.time;
  const date = t.kind === 'cumulative' ? t.asOf : t.eventDate;
  return { day: match[0].day, basis: `its figure of ${formatCount(claim.count)}, which ${e.record.claimant} gave as of ${formatDate(date)}` };
}

/** Records whose best figure is exactly `count` (binary search when the series only grows). */
function recordsWithBest(records: readonly IndexedRecord[], count: number): IndexedRecord[] {
  const grows = records.every((e, i) => i === 0 || e.record.best >= records[i - 1].record.best);
  if (!grows) return records.filter((e) => e.record.best === count);
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (records[mid].record.best < count) lo = mid + 1;
    else hi = mid;
  }
  const out: IndexedRecord[] = [];
  for (let i = lo; i < records.length && records[i].record.best === count; i++) out.push(records[i]);
  return out;
}

const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const MONTH_WORD = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** "7 October", "October 7", "Oct. 7" with no year. */
const DAY_MONTH_RE = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD}|${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?!,?\\s*\\d{4})`, 'gi');

/**
 * The day an incident or handover happened when its sentence names it ("killed in the attack of
 * 7 October 2023", "the bodies returned on 14 June"), as a one-day frame; a date without a year
 * is the latest such day on or before the article. Null when the sentence names no day, or one
 * after the article.
 */
export function namedEventFrame(sentence: string, frame: Frame | null): Frame | null {
  let best: number | null = null;
  for (const m of sentence.matchAll(WRITTEN_DATE)) {
    const date = dateOfMatch(m);
    const day = date ? dayNumber(date) : NaN;
    if (!Number.isNaN(day) && (frame === null || day <= frame.to) && (best === null || day > best)) best = day;
  }
  if (best === null && frame !== null) {
    const articleYear = new Date(frame.to * 86_400_000).getUTCFullYear();
    for (const m of sentence.matchAll(DAY_MONTH_RE)) {
      const dayOfMonth = Number(m[1] ?? m[4]);
      const month = MONTH_INDEX[(m[2] ?? m[3]).slice(0, 3).toLowerCase()];
      for (const year of [articleYear, articleYear - 1]) {
        const iso = `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
        const day = dayNumber(iso);
        if (!Number.isNaN(day) && day <= frame.to && new Date(day * 86_400_000).toISOString().slice(0, 10) === iso) {
          if (best === null || day > best) best = day;
          break;
        }
      }
    }
  }
  return best === null ? null : { from: best, to: best, basis: null };
}
