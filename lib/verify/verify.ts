/**
 * One claim → one verdict. The order of the tests is the order of the statuses' meaning:
 * an independent record that agrees (corroborated), independent records of the same scope that all
 * disagree (disputed), only a party's or an unnamed word (unverified), nothing to check (no_data).
 */
import type { Claim } from '../claim';
import { conflictName } from '../conflicts';
import type { PageContext, Verdict } from '../verdict';
import { agrees, byRelevance, contradicts, reportsFaithfully } from './agreement';
import { dayNumber } from './dates';
import { cite, describeOwnFigure, describeRecord, describeScope } from './describe';
import { claimInterval, formatRange } from './interval';
import { isIndependentOf, isSameParty, restsOnPartyWord } from './parties';
import type { IndexedRecord, RecordIndex } from './record-index';
import { HANDOVER_CATEGORIES, lookupCategory, timeScopeOf } from './scope';
import { candidatesFor } from './time-window';

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
  const articleDay = context.published ? dayNumber(context.published) : null;
  const say = (body: string) => (articleDay === null ? `The article’s date is unknown, so records from all dates were compared: ${body.charAt(0).toLowerCase()}${body.slice(1)}` : body);
  if (!conflict) return noData('No conflict covered by the reference dataset is recognised in this article, so there is nothing to check this figure against.');
  if (!index.conflicts.has(conflict)) return noData(`The reference dataset has no figures for the ${conflictName(conflict)}.`);

  const category = lookupCategory(claim);
  const scope = timeScopeOf(claim, category);
  const interval = claimInterval(claim);
  // Whose dead decides the series. When the text does not say, any side's record may still agree
  // (the reason names whose figure it is), but none can dispute: it may be about someone else.
  const sides = claim.side ? [claim.side] : index.sides(conflict, category);
  const fits = (e: IndexedRecord) => claim.population === null || e.record.population === claim.population;
  const candidates = sides.flatMap((side) => candidatesFor(index.group(conflict, category, side), scope, articleDay)).filter(fits);
  const independent = candidates.filter((e) => isIndependentOf(e.record, claim));

  const agreeing = byRelevance(claim, independent.filter((e) => agrees(claim, interval, e.record)));
  if (agreeing.length > 0) {
    const best = agreeing[0];
    return verdict('corroborated', say(`It agrees with ${describeRecord(best, articleDay)}.`), [...agreeing, ...independent.filter((e) => !agreeing.includes(e))]);
  }

  const canDispute = (e: IndexedRecord) => {
    if (claim.side === null || (claim.population === null && !HANDOVER_CATEGORIES.has(category))) return false;
    if (e.kind === 'event') return HANDOVER_CATEGORIES.has(category) && articleDay !== null && Math.abs(e.day - articleDay) <= SAME_EVENT_DAYS;
    if (scope === null && claim.count < e.record.low * INCIDENT_SHARE) return false;
    return scope !== 'event' && (articleDay === null || articleDay - e.day <= STALE_DAYS);
  };
  const disputing = independent.filter((e) => canDispute(e) && contradicts(interval, e.record));
  const own = ownFigure(claim, conflict, scope, articleDay, index, candidates);

  if (disputing.length > 0) {
    const low = Math.min(...disputing.map((e) => e.record.low));
    const high = Math.max(...disputing.map((e) => e.record.high));
    const ownNote = own ? `; ${own.sentence}` : '';
    return verdict('disputed', say(`Independent figures at the time put it at ${formatRange(low, high)} (${disputing.slice(0, 2).map((e) => cite(e, articleDay)).join('; ')})${ownNote}.`), [...disputing, ...(own ? [own.entry] : [])]);
  }

  const covered = sides.some((side) => {
    const g = index.group(conflict, category, side);
    return g.cumulative.length + g.event.length > 0;
  });
  if (!restsOnPartyWord(claim) || (!covered && !own)) {
    const what = claim.side ? describeScope(category, claim.side, conflict) : `figures for this group in the ${conflictName(conflict)}`;
    return noData(`The reference dataset holds no ${scope === 'event' && !HANDOVER_CATEGORIES.has(category) ? 'incident-level ' : ''}${what} to check this against${attribution(claim)}.`);
  }

  const who = claim.claimant ? `Only the source quoted (${claim.claimant}) stands behind this figure` : 'No named source stands behind this figure';
  const missing = independent.length > 0 || covered ? (scope === 'event' ? '; no independent record of the same event matches' : '; no independent record at the time matches') : '';
  return verdict('unverified', say(`${who}${missing}${own ? `; ${own.sentence}` : ''}.`), own ? [own.entry, ...independent] : independent);
}

/**
 * The claimant's own running figure, when the dataset has it: says whether the article reports it
 * faithfully. Records the press reports under the claim's category (`reportedAs`, e.g. "personnel
 * losses" reported as killed) count too, and the reason names what they really count.
 */
function ownFigure(claim: Claim, conflict: string, scope: ReturnType<typeof timeScopeOf>, articleDay: number | null, index: RecordIndex, candidates: IndexedRecord[]) {
  if (!claim.side || !restsOnPartyWord(claim)) return null;
  const pool = [...candidates, ...candidatesFor(index.reportedAs(conflict, claim.category, claim.side), scope, articleDay)];
  const interval = claimInterval(claim);
  const theirs = byRelevance(claim, pool.filter((e) => !isIndependentOf(e.record, claim) && isSameParty(e.record, claim)));
  if (theirs.length === 0) return null;
  const faithful = theirs.find((e) => reportsFaithfully(claim, interval, e.record));
  const entry = faithful ?? theirs[0];
  const sentence = `${faithful ? 'it matches' : 'it does not match'} the figure ${entry.record.claimant} itself gave: ${describeOwnFigure(entry, articleDay, claim.category)}`;
  return { entry, sentence };
}

function attribution(claim: Claim): string {
  return claim.claimant ? ` (the figure is attributed to ${claim.claimant})` : '';
}

function noData(reason: string): Verdict {
  return { status: 'no_data', reason, references: [] };
}

function verdict(status: Verdict['status'], reason: string, entries: IndexedRecord[]): Verdict {
  const unique = [...new Set(entries)];
  return { status, reason, references: unique.slice(0, MAX_REFERENCES).map((e) => e.record) };
}
