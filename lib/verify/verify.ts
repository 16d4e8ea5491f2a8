/**
 * One claim → one verdict. The order of the tests is the order of the statuses' meaning:
 * an independent record that agrees (corroborated), independent records of the same scope that all
 * disagree (disputed), only a party's or an unnamed word (unverified), nothing to check (no_data).
 */
import type { Category, Claim, Population, TimeScope } from '../claim';
import { ALL_SIDES, CONFLICTS, conflictName } from '../conflicts';
import type { PageContext, Verdict } from '../verdict';
import { agrees, contradicts, reportsFaithfully, topRelevant } from './agreement';
import { dayNumber } from './dates';
import { cite, describeOwnFigure, describeRecord, describeScope } from './describe';
import { agreementInterval, claimInterval, formatRange, type Interval } from './interval';
import { claimSideOf, isIndependentOf, isSameParty, restsOnPartyWord } from './parties';
import type { IndexedRecord, RecordGroup, RecordIndex } from './record-index';
import { HANDOVER_CATEGORIES, lookupCategory, timeScopeOf } from './scope';
import { candidatesFor, periodCandidates, undatedEventPicks, undatedPicks } from './time-window';

/** The page's context, plus the conflict of the claim's own paragraph when it differs from the page's. */
export type ClaimContext = PageContext & { conflict?: string | null };

const MAX_REFERENCES = 5;
/** A running total older than this cannot dispute a claim: the toll may have moved on since. */
const STALE_DAYS = 90;
/** A handover can only dispute a claim about a handover on the same day (give or take one). */
const SAME_EVENT_DAYS = 1;
/** An incident far smaller than a running total is about something else, not a rival figure. */
const INCIDENT_SHARE = 0.1;

export function verify(claim: Claim, context: ClaimContext, index: RecordIndex): Verdict {
  const conflict = context.conflict !== undefined ? context.conflict : (context.conflicts[0] ?? null);
  const articleDay = context.published ? dayOf(context.published) : null;
  if (!conflict) return noData('No conflict covered by the reference dataset is recognised in this article, so there is nothing to check this figure against.');
  if (!index.conflicts.has(conflict)) return noData(`The reference dataset has no figures for the ${conflictName(conflict)}.`);

  const category = lookupCategory(claim);
  const scope = timeScopeOf(claim, category);
  const interval = claimInterval(claim);
  const reach = agreementInterval(claim);
  const claimSide = claimSideOf(claim);
  // Whose dead decides the series. When the text does not say, any side's record may still agree
  // (the reason names whose figure it is), but none can dispute: it may be about someone else.
  const sides = claim.side ? sidesFor(conflict, claim.side) : index.sides(conflict, category);
  const disputable = claim.side !== null && (claim.population !== null || HANDOVER_CATEGORIES.has(category));

  // One pass over the candidates: most claims touch dozens of records, so each test must be cheap.
  const agreeing: IndexedRecord[] = [];
  const disputing: IndexedRecord[] = [];
  const others: IndexedRecord[] = [];
  const partyRecords: IndexedRecord[] = [];
  let periodsCompared = false;
  for (const side of sides) {
    const group = index.group(conflict, category, side);
    const records = articleDay === null ? undatedCandidates(group, scope, claim, reach, interval) : cachedCandidates(group, scope, articleDay, claim.population);
    const periods = scope === 'event' ? [] : periodCandidates(group.periods, claim, articleDay);
    periodsCompared ||= periods.length > 0;
    for (const e of periods.length ? records.concat(periods) : records) {
      if (!isIndependentOf(e.trust, claimSide)) partyRecords.push(e);
      else if (agrees(claim, reach, e.record)) agreeing.push(e);
      else if (disputable && canDispute(claim, scope, category, e, articleDay) && contradicts(interval, e.record)) disputing.push(e);
      else others.push(e);
    }
  }

  if (agreeing.length > 0) {
    const ranked = topRelevant(claim, agreeing, articleDay, MAX_REFERENCES);
    const rest = ranked.length < MAX_REFERENCES ? topRelevant(claim, disputing.concat(others), articleDay, MAX_REFERENCES - ranked.length) : [];
    return verdict('corroborated', say(articleDay, `It agrees with ${describeRecord(ranked[0], articleDay)}.`), ranked.concat(rest));
  }

  const own = ownFigure(claim, claimSide, conflict, scope, articleDay, index, partyRecords);
  if (disputing.length > 0) {
    const ranked = topRelevant(claim, disputing, articleDay, MAX_REFERENCES);
    const low = Math.min(...disputing.map((e) => e.record.low));
    const high = Math.max(...disputing.map((e) => e.record.high));
    const ownNote = own ? `; ${own.sentence}` : '';
    return verdict('disputed', say(articleDay, `Independent figures at the time put it at ${formatRange(low, high)} (${ranked.slice(0, 2).map((e) => cite(e, articleDay)).join('; ')})${ownNote}.`), [...ranked, ...(own ? [own.entry] : [])]);
  }

  const who = !claim.claimant ? 'No named source stands behind this figure' : restsOnPartyWord(claim) ? `Only the source quoted (${claim.claimant}) stands behind this figure` : null;
  if (own) {
    const body = `${who ? `${who}; no` : 'No'} independent record at the time matches; ${own.sentence}.`;
    return verdict('unverified', say(articleDay, body), [own.entry, ...topRelevant(claim, others, articleDay, MAX_REFERENCES - 1)]);
  }

  const covered = periodsCompared || hasRecords(index, conflict, category, sides);
  if (!restsOnPartyWord(claim) || !covered) {
    const what = claim.side ? describeScope(category, claim.side, conflict) : `figures for this group in the ${conflictName(conflict)}`;
    return noData(`The reference dataset holds no ${scope === 'event' && !HANDOVER_CATEGORIES.has(category) ? 'incident-level ' : ''}${what} to check this against${attribution(claim)}.`);
  }
  const missing = scope === 'event' ? 'no independent record of the same event matches' : 'no independent record at the time matches';
  return verdict('unverified', say(articleDay, `${who ?? 'No named source stands behind this figure'}; ${missing}.`), topRelevant(claim, others, articleDay, MAX_REFERENCES));
}

/**
 * Every claim on a page shares the page's date, and most share a handful of series: the records in
 * a claim's time window are looked up once per (series, date, scope, population) and reused.
 */
const CACHE_DATES = 64;
type WindowCache = Map<number | null, Map<TimeScope | null, Map<Population | null, IndexedRecord[]>>>;
const candidateCache = new WeakMap<RecordGroup, WindowCache>();

function cachedCandidates(group: RecordGroup, scope: TimeScope | null, articleDay: number | null, population: Population | null): IndexedRecord[] {
  let byDay = candidateCache.get(group);
  if (!byDay) candidateCache.set(group, (byDay = new Map()));
  if (byDay.size > CACHE_DATES) byDay.clear(); // a long-lived index sees many pages' dates
  let byScope = byDay.get(articleDay);
  if (!byScope) byDay.set(articleDay, (byScope = new Map()));
  let byPopulation = byScope.get(scope);
  if (!byPopulation) byScope.set(scope, (byPopulation = new Map()));
  let found = byPopulation.get(population);
  if (!found) {
    const all = candidatesFor(group, scope, articleDay);
    byPopulation.set(population, (found = population === null ? all : all.filter((e) => e.record.population === population)));
  }
  return found;
}

/**
 * Candidates for a page without a date: events as usual, and from each running total only the
 * records that can decide the verdict (see undatedPicks), so a long daily series is not read whole.
 */
function undatedCandidates(group: RecordGroup, scope: TimeScope | null, claim: Claim, reach: Interval, interval: Interval): IndexedRecord[] {
  const fits = (e: IndexedRecord) => claim.population === null || e.record.population === claim.population;
  const out = scope === 'cumulative' ? [] : undatedEventPicks(group.event, claim, reach, MAX_REFERENCES).filter(fits);
  if (scope === 'event') return out;
  for (const series of group.series.values()) {
    if (claim.population !== null && series[0]?.record.population !== claim.population) continue;
    for (const e of undatedPicks(series, claim, reach, interval, MAX_REFERENCES)) out.push(e);
  }
  return out;
}

/**
 * Whether an independent record that disagrees may dispute the claim: a handover only on the same
 * day (another handover may be meant), a running total only when recent, and not when the claim is
 * far smaller than the total and might be about one incident.
 */
function canDispute(claim: Claim, scope: TimeScope | null, category: Category, e: IndexedRecord, articleDay: number | null): boolean {
  if (e.kind === 'period') return false; // which period the claim means is never certain enough
  if (e.kind === 'event') return HANDOVER_CATEGORIES.has(category) && articleDay !== null && Math.abs(e.day - articleDay) <= SAME_EVENT_DAYS;
  if (scope === null && claim.count < e.record.low * INCIDENT_SHARE) return false;
  return scope !== 'event' && (articleDay === null || articleDay - e.day <= STALE_DAYS);
}

/**
 * The figure of the party behind the claim, when the dataset has it: for a party's own claim, whether
 * the article reports the party's running figure faithfully; for a figure relayed by someone else
 * (the UN quoting a health ministry) or unattributed, the party count it matches, if any. Records the
 * press reports under the claim's category (`reportedAs`: "personnel losses" reported as killed)
 * count too, and the reason names what they really count.
 */
function ownFigure(claim: Claim, claimSide: string | null, conflict: string, scope: TimeScope | null, articleDay: number | null, index: RecordIndex, partyRecords: IndexedRecord[]) {
  const aliases = claim.side ? candidatesFor(index.reportedAs(conflict, claim.category, claim.side), scope, articleDay) : [];
  const pool = partyRecords.concat(aliases);
  if (pool.length === 0) return null;
  const interval = agreementInterval(claim);
  const speaksForParty = claimSide !== null && restsOnPartyWord(claim);
  const theirs = speaksForParty ? pool.filter((e) => isSameParty(e.trust, claimSide)) : pool.filter((e) => e.trust.kind !== 'independent' && reportsFaithfully(claim, interval, e.record));
  if (theirs.length === 0) return null;
  // With no article date a daily series offers hundreds of records: pick the best one, never sort all.
  const faithful = topRelevant(claim, theirs.filter((e) => reportsFaithfully(claim, interval, e.record)), articleDay, 1)[0];
  const entry = faithful ?? topRelevant(claim, theirs, articleDay, 1)[0];
  const sentence = `${faithful ? 'it matches' : 'it does not match'} the figure ${entry.record.claimant} itself gave: ${describeOwnFigure(entry, articleDay, claim.category)}`;
  return { entry, sentence };
}

let lastPublished = '';
let lastDay = NaN;
/** The page's date as a day number; every claim of a page asks for the same one. */
function dayOf(published: string): number {
  if (published !== lastPublished) [lastPublished, lastDay] = [published, dayNumber(published)];
  return lastDay;
}

/** Conflicts with a single side (a civil war's "Sudanese" dead): whole-conflict records are theirs too. */
const SINGLE_SIDED = new Set(CONFLICTS.filter((c) => c.sides.length === 1).map((c) => c.slug));

/** The record sides a claim about `side`'s dead may be compared with. */
function sidesFor(conflict: string, side: string): string[] {
  return SINGLE_SIDED.has(conflict) && side !== ALL_SIDES ? [side, ALL_SIDES] : [side];
}

/** Says when the article's date is unknown, in front of the reason. */
function say(articleDay: number | null, body: string): string {
  return articleDay === null ? `The article’s date is unknown, so records from all dates were compared: ${body.charAt(0).toLowerCase()}${body.slice(1)}` : body;
}

function hasRecords(index: RecordIndex, conflict: string, category: Category, sides: readonly string[]): boolean {
  for (const side of sides) {
    const g = index.group(conflict, category, side);
    if (g.series.size + g.event.length > 0) return true;
  }
  return false;
}

function attribution(claim: Claim): string {
  return claim.claimant ? ` (the figure is attributed to ${claim.claimant})` : '';
}

function noData(reason: string): Verdict {
  return { status: 'no_data', reason, references: [] };
}

function verdict(status: Verdict['status'], reason: string, entries: IndexedRecord[]): Verdict {
  const references: Verdict['references'] = [];
  for (const e of entries) {
    if (references.length === MAX_REFERENCES) break;
    if (!references.includes(e.record)) references.push(e.record);
  }
  return { status, reason, references };
}
