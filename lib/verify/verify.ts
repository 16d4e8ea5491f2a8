/**
 * One claim → one verdict. A claim and a record are compared only when they measure the same
 * quantity: the same conflict, side, population and subset, the same category, and the same
 * stretch of time (a running total current at the article's date, a period total published just
 * before it, the same incident or handover). Then:
 * - corroborated: a comparable record independent of the claimant agrees;
 * - disputed: every comparable independent record at that time contradicts it, beyond rounding,
 *   and the claim lies outside the range they span;
 * - unverified: only a party to the conflict, or nobody named, stands behind it;
 * - no_data: anything else (an independent figure TollCheck has no comparable record of, an
 *   incident, a disaster, a war the dataset does not cover).
 */
import type { Claim } from '../claim';
import { ALL_SIDES, CONFLICTS, conflictName } from '../conflicts';
import type { PageContext, Verdict } from '../verdict';
import { agrees, contradicts, reportsFaithfully, topRelevant } from './agreement';
import { dayNumber, formatDate, isoOfDay } from './dates';
import { cite, comparableBecause, describeOwnFigure, describeRecord, describeScope } from './describe';
import { agreementInterval, claimInterval, formatRange, meets, roundsTo } from './interval';
import { claimSideOf, isIndependentOf, isSameParty, restsOnPartyWord } from './parties';
import { seriesName, type IndexedRecord, type RecordGroup, type RecordIndex } from './record-index';
import { handoverChart, runningChart, type VerdictChart } from '../charts/verdict-chart';
import { elsewhereReason, HANDOVER_CATEGORIES, quantityOf, speaksOfHandover, type Quantity } from './scope';
import { eventCandidates, periodCandidates, runningCandidates, SAME_EVENT_DAYS, undatedCandidates, type Fits, type Frame } from './time-window';
import { namedEventFrame } from './date-window';

/**
 * The page's context, plus the conflict of the claim's own paragraph when it differs from the
 * page's, and for an undated page the window its text allows (lib/verify/date-window.ts).
 */
export type ClaimContext = PageContext & { conflict?: string | null; window?: Frame | null };

const MAX_REFERENCES = 5;
/** An incident far smaller than a running total is about something else, not a rival figure. */
const INCIDENT_SHARE = 0.1;
/** With no date at all, agreeing records must all come from about one month to single out one figure. */
const UNIQUE_SPAN_DAYS = 31;
/** The dataset's newest record for a conflict this much older than the article: say it may be out of date. */
const OUTDATED_DAYS = 60;

interface Sorted {
  agreeing: IndexedRecord[];
  /** Independent records that rule the claim out and may dispute it (current running totals, the same handover). */
  disputing: IndexedRecord[];
  /** Independent records that may dispute but neither agree nor rule it out (a verified floor below the claim). */
  compatible: IndexedRecord[];
  /** Independent records of the same quantity that cannot dispute (another day's handover, a period total). */
  others: IndexedRecord[];
  party: IndexedRecord[];
}

export function verify(claim: Claim, context: ClaimContext, index: RecordIndex): Verdict {
  const conflict = context.conflict !== undefined ? context.conflict : (context.conflicts[0] ?? null);
  if (!conflict) return noData('No conflict covered by the reference dataset is recognised here, so there is nothing to check this figure against.');
  const elsewhere = elsewhereReason(claim, conflict);
  if (elsewhere) return noData(elsewhere);
  if (!index.conflicts.has(conflict)) return noData(`The reference dataset has no figures for the ${conflictName(conflict)}.`);

  const frame = frameOf(context);
  const articleDay = frame && frame.basis === null ? frame.from : null;
  const q = quantityOf(claim);
  const claimSide = claimSideOf(claim);
  const sorted = sortCandidates(claim, q, conflict, frame, index, claimSide);
  const prefix = framing(context, frame);
  // The chart is drawn at the article's date (or the end of its window); with no date, none is drawn.
  const chartDay = articleDay ?? frame?.to ?? null;
  const withChart = (v: Verdict, own?: IndexedRecord): Verdict => {
    const chart = chartDay === null ? null : chartOf(claim, q, chartDay, own ? { ...sorted, party: [own, ...sorted.party] } : sorted, index);
    return chart ? { ...v, chart } : v;
  };

  if (sorted.agreeing.length > 0 && (frame !== null || uniqueInTime(sorted.agreeing))) {
    const ranked = topRelevant(claim, sorted.agreeing, articleDay, MAX_REFERENCES);
    const rest = topRelevant(claim, [...sorted.disputing, ...sorted.compatible, ...sorted.others], articleDay, MAX_REFERENCES - ranked.length);
    const best = ranked[0];
    return withChart(verdict('corroborated', `${prefix}It agrees with ${describeRecord(best, articleDay)}: ${comparableBecause(best, claim)}.`, [...ranked, ...rest]));
  }

  const own = ownFigure(claim, claimSide, conflict, q, frame, articleDay, index, sorted.party);
  const dispute = disputeOf(claim, sorted, frame);
  if (dispute) {
    const ranked = topRelevant(claim, sorted.disputing, articleDay, MAX_REFERENCES);
    const ownNote = own ? `; ${own.sentence}` : '';
    const span = formatRange(dispute.low, dispute.high);
    const what =
      sorted.disputing.length === 1
        ? `The only comparable independent record, ${describeRecord(ranked[0], articleDay)}, contradicts it`
        : `Every comparable independent record at the time contradicts it: they put it at ${span} (${ranked
            .slice(0, 2)
            .map((e) => cite(e, articleDay))
            .join('; ')})`;
    return withChart(verdict('disputed', `${prefix}${what}${ownNote}.`, [...ranked, ...(own ? [own.entry] : [])]), own?.entry);
  }

  const manyTimes =
    sorted.agreeing.length > 0
      ? ` It matches records from ${formatDate(isoOfDay(minDay(sorted.agreeing)))} to ${formatDate(isoOfDay(maxDay(sorted.agreeing)))}, so without the article’s date it cannot be tied to one.`
      : '';
  const outdated = outdatedNote(index, conflict, frame);
  const references = [
    ...(own ? [own.entry] : []),
    ...topRelevant(claim, [...sorted.agreeing, ...sorted.disputing, ...sorted.compatible, ...sorted.others], articleDay, MAX_REFERENCES),
  ];

  // An independent claimant relaying a party's count ("the UN says more than 40,000", the Gaza
  // ministry's 40,005) has only that party's word behind the number.
  // Only when the article's time is known: with no date, a growing count passes through any figure.
  const relayed = !restsOnPartyWord(claim) && frame !== null && own?.verbatim === true;
  if (restsOnPartyWord(claim) || relayed) {
    const who = relayed
      ? `${claim.claimant} relays the count of ${own!.entry.record.claimant}, a party to the conflict`
      : claim.claimant
        ? `Only the source quoted (${claim.claimant}) stands behind this figure`
        : 'No named source stands behind this figure';
    const missing =
      q.scope === 'event' || HANDOVER_CATEGORIES.has(q.category) ? 'no independent record of the same event matches' : 'no comparable independent record at the time matches';
    const ownNote = own ? `; ${own.sentence}` : '';
    return withChart(verdict('unverified', `${prefix}${who}; ${missing}${ownNote}.${manyTimes}${outdated}`, references), own?.entry);
  }
  const incident = q.scope === 'event' && !HANDOVER_CATEGORIES.has(q.category) ? 'incident-level ' : '';
  const what = claim.side ? describeScope(q.category, claim.side, conflict, claim.subset) : `figures for this group in the ${conflictName(conflict)}`;
  const ownNote = own ? ` (${own.sentence})` : '';
  return withChart(
    {
      status: 'no_data',
      reason: `${prefix}TollCheck has no record of this count: the reference dataset holds no comparable ${incident}${what} to check it against${attribution(claim)}${ownNote}.${manyTimes}${outdated}`,
      references: dedupe(references),
    },
    own?.entry,
  );
}

/**
 * The tooltip's chart: for a handover, the recent exchanges to the same side with the matching one
 * marked; for a running figure, the series of the records compared (independent first, then the
 * party's own), from the two years before the article.
 */
function chartOf(claim: Claim, q: Quantity, day: number, sorted: Sorted, index: RecordIndex): VerdictChart | null {
  if (HANDOVER_CATEGORIES.has(q.category)) {
    const matched = sorted.agreeing.find((e) => e.kind === 'event') ?? sorted.party.find((e) => e.kind === 'event');
    const side = matched?.record.side ?? claim.side;
    if (!side) return null;
    const conflict = matched?.record.conflict ?? sorted.others.concat(sorted.disputing)[0]?.record.conflict;
    return conflict ? handoverChart(claim, day, index.group(conflict, q.category, side).event, matched) : null;
  }
  if (q.scope === 'event' || q.scope === 'period') return null;
  const compared = [...sorted.agreeing, ...sorted.disputing, ...sorted.compatible, ...sorted.party, ...sorted.others].filter((e) => e.kind === 'cumulative');
  return runningChart(
    claim,
    day,
    compared,
    (e) =>
      index.group(e.record.conflict, e.record.category, e.record.side).series.get(seriesName(e)) ??
      index.reportedAs(e.record.conflict, claim.category, e.record.side).series.get(seriesName(e)),
  );
}

/** The article's date as a one-day frame, else the window its text allows, else null. */
function frameOf(context: ClaimContext): Frame | null {
  if (context.published) {
    const day = dayOf(context.published);
    return { from: day, to: day, basis: null };
  }
  return context.window ?? null;
}

/** Says how the article's time was judged, in front of the reason, when its date is not given. */
function framing(context: ClaimContext, frame: Frame | null): string {
  if (context.published) return '';
  if (!frame) return 'The article’s date is unknown and its text does not tell, so records of every date were compared and only one that matches a single time could back it: ';
  return `The article’s date is not given; judging by ${frame.basis}, it was written between ${formatDate(isoOfDay(frame.from))} and ${formatDate(isoOfDay(frame.to))}. `;
}

/** Every candidate record of the claim's quantity, sorted by what it says about the claim. */
function sortCandidates(claim: Claim, q: Quantity, conflict: string, frame: Frame | null, index: RecordIndex, claimSide: string | null): Sorted {
  const out: Sorted = { agreeing: [], disputing: [], compatible: [], others: [], party: [] };
  const interval = claimInterval(claim);
  const reach = agreementInterval(claim);
  const fits: Fits = (e) => (claim.population === null || e.record.population === claim.population) && e.subset === claim.subset;
  // A small figure of unknown scope may be one incident's toll: never set against a running total.
  const fitsRunning: Fits = q.scope === null ? (e) => fits(e) && claim.count >= e.record.low * INCIDENT_SHARE : fits;
  const sides = claim.side ? sidesFor(conflict, claim.side) : index.sides(conflict, q.category);
  const disputable = claim.side !== null && (claim.population !== null || HANDOVER_CATEGORIES.has(q.category)) && frame !== null;
  // An incident or handover whose sentence names its day is matched on that day, not the article's.
  const eventFrame = q.scope === 'event' || HANDOVER_CATEGORIES.has(q.category) ? (namedEventFrame(claim.sentence, frame) ?? frame) : frame;
  for (const side of sides) {
    const group = index.group(conflict, q.category, side);
    for (const e of candidatesOf(group, claim, q, frame, eventFrame, reach, fits, fitsRunning)) {
      if (!isIndependentOf(e.trust, claimSide)) out.party.push(e);
      else if (agrees(claim, reach, e.record)) out.agreeing.push(e);
      else if (!disputable || !mayDispute(e, q, e.kind === 'event' ? eventFrame : frame)) out.others.push(e);
      else if (contradictsAtTheTime(interval, e, frame!)) out.disputing.push(e);
      else out.compatible.push(e);
    }
  }
  return out;
}

/** The records a claim of this scope is compared with: like with like (see time-window.ts). */
function candidatesOf(
  group: RecordGroup,
  claim: Claim,
  q: Quantity,
  frame: Frame | null,
  eventFrame: Frame | null,
  reach: ReturnType<typeof agreementInterval>,
  fits: Fits,
  fitsRunning: Fits,
): IndexedRecord[] {
  const handover = HANDOVER_CATEGORIES.has(q.category);
  const running = handover ? q.scope === 'cumulative' : q.scope === 'cumulative' || q.scope === null;
  const events = handover ? speaksOfHandover(claim.sentence) : q.scope === 'event' || q.scope === null;
  // A period total meets a claim about a period; one of unknown scope only when it counts the same
  // subset or is a growing count since a recent date (a province's toll "since Sunday").
  const periodOk: Fits = q.scope === 'period' ? fits : q.scope === null && !handover ? (e) => fits(e) && (e.subset !== null || e.growing) : () => false;
  const periods = q.scope === 'cumulative' || q.scope === 'event' || handover ? [] : periodCandidates(group.periods, claim, frame, fits, periodOk);
  if (!frame) {
    const undated = undatedCandidates(group, claim, reach, fits, { running, events: events && !eventFrame }).filter((e) => e.kind !== 'cumulative' || fitsRunning(e));
    return [...undated, ...periods, ...(events && eventFrame ? eventCandidates(group.event, eventFrame, fits) : [])];
  }
  const out = periods;
  if (running) out.push(...runningCandidates(group.series, frame, fitsRunning));
  if (events) out.push(...eventCandidates(group.event, eventFrame ?? frame, fits));
  return out;
}

/**
 * Whether a comparable record may contradict the claim: a running total current at the time, or a
 * handover on the same day. A period total never does (which period the claim means is never
 * certain), nor an incident record (another incident may be meant).
 */
function mayDispute(e: IndexedRecord, q: Quantity, frame: Frame | null): boolean {
  if (!frame) return false;
  // A running total dated after the article may agree with it (the same update), never rule it out.
  if (e.kind === 'cumulative') return e.day <= frame.to;
  if (e.kind === 'period') return false;
  // "more than 12,000 bodies brought home since the invasion" may be one day's handover only if it
  // equals it; a handover of 1,212 never rules out a running total.
  return (
    HANDOVER_CATEGORIES.has(q.category) &&
    q.scope !== 'cumulative' &&
    frame.to - frame.from <= SAME_EVENT_DAYS &&
    e.day >= frame.from - SAME_EVENT_DAYS &&
    e.day <= frame.to + SAME_EVENT_DAYS
  );
}

/** An estimate this many days older than the article still bounds it from above; a count does only on its own day. */
const SAME_TIME_DAYS = 3;

/**
 * Whether a record rules the claim out at the article's time. A war's running total only grows:
 * a count published before the article is a floor for it (a higher claim may be the toll since,
 * even one day on), and bounds it from above only on the article's own day; an estimate of the
 * same few days (a range of what the toll could be) bounds it both ways.
 */
function contradictsAtTheTime(interval: ReturnType<typeof claimInterval>, e: IndexedRecord, frame: Frame): boolean {
  if (e.kind === 'cumulative' && e.day < frame.to) {
    const estimateOfTheTime = e.record.figureKind === 'statistical_estimate' && frame.to - e.day <= SAME_TIME_DAYS;
    if (!estimateOfTheTime) return !meets(interval, e.record.low, Infinity);
  }
  return contradicts(interval, e.record);
}

/** Disputed only when every comparable independent record contradicts the claim and it lies outside their span. */
function disputeOf(claim: Claim, sorted: Sorted, frame: Frame | null): { low: number; high: number } | null {
  if (!frame || sorted.disputing.length === 0 || sorted.compatible.length > 0 || sorted.agreeing.length > 0) return null;
  const low = Math.min(...sorted.disputing.map((e) => e.record.low));
  const high = Math.max(...sorted.disputing.map((e) => (e.record.figureKind === 'verified_floor' ? e.record.low : e.record.high)));
  // Records that disagree among themselves on either side of the claim do not rule it out.
  if (meets(claimInterval(claim), low, high)) return null;
  return { low, high };
}

function uniqueInTime(entries: readonly IndexedRecord[]): boolean {
  return maxDay(entries) - minDay(entries) <= UNIQUE_SPAN_DAYS;
}

const minDay = (entries: readonly IndexedRecord[]) => entries.reduce((m, e) => Math.min(m, e.day), Infinity);
const maxDay = (entries: readonly IndexedRecord[]) => entries.reduce((m, e) => Math.max(m, e.day), -Infinity);

/**
 * The figure of the party behind the claim, when the dataset has it: for a party's own claim, whether
 * the article reports the party's running figure faithfully; for a figure relayed by someone else
 * (the UN quoting a health ministry) or unattributed, the party count it matches, if any. Records the
 * press reports under the claim's category (`reportedAs`: "personnel losses" reported as killed)
 * count too, and the reason names what they really count.
 */
function ownFigure(
  claim: Claim,
  claimSide: string | null,
  conflict: string,
  q: Quantity,
  frame: Frame | null,
  articleDay: number | null,
  index: RecordIndex,
  partyRecords: IndexedRecord[],
) {
  const fits: Fits = (e) => (claim.population === null || e.record.population === claim.population) && e.subset === claim.subset;
  const aliasGroup = claim.side ? index.reportedAs(conflict, claim.category, claim.side) : null;
  const aliases = !aliasGroup
    ? []
    : frame
      ? runningCandidates(aliasGroup.series, frame, fits)
      : undatedCandidates(aliasGroup, claim, agreementInterval(claim), fits, { running: true, events: false });
  const pool = partyRecords.concat(q.scope === 'event' ? [] : aliases);
  if (pool.length === 0) return null;
  const interval = agreementInterval(claim);
  const speaksForParty = claimSide !== null && restsOnPartyWord(claim);
  const theirs = speaksForParty
    ? pool.filter((e) => isSameParty(e.trust, claimSide))
    : pool.filter((e) => e.trust.kind !== 'independent' && reportsFaithfully(claim, interval, e.record));
  if (theirs.length === 0) return null;
  const faithful = topRelevant(
    claim,
    theirs.filter((e) => reportsFaithfully(claim, interval, e.record)),
    articleDay,
    1,
  )[0];
  // Without any date, a party's figure that matches at many times says nothing about this one.
  if (!frame && faithful === undefined) return null;
  const entry = faithful ?? topRelevant(claim, theirs, articleDay, 1)[0];
  const sentence = `${faithful ? 'it matches' : 'it does not match'} the figure that ${entry.record.claimant} gave: ${describeOwnFigure(entry, articleDay, claim.category)}`;
  // The very figure, or its rounding: not merely within an approximate figure's reach.
  const verbatim = faithful !== undefined && (claim.count === entry.record.best || roundsTo(claim.count, entry.record.best));
  return { entry, sentence, verbatim };
}

function outdatedNote(index: RecordIndex, conflict: string, frame: Frame | null): string {
  const newest = index.newestDay(conflict);
  if (!frame || newest === undefined || frame.from - newest <= OUTDATED_DAYS) return '';
  return ` TollCheck’s newest figure for the ${conflictName(conflict)} is of ${formatDate(isoOfDay(newest))}, ${frame.from - newest} days before the article: the dataset may be out of date (update it on the options page).`;
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

function attribution(claim: Claim): string {
  return claim.claimant ? ` (the figure is attributed to ${claim.claimant})` : '';
}

function noData(reason: string): Verdict {
  return { status: 'no_data', reason, references: [] };
}

function dedupe(entries: IndexedRecord[]): Verdict['references'] {
  const references: Verdict['references'] = [];
  for (const e of entries) {
    if (references.length === MAX_REFERENCES) break;
    if (!references.includes(e.record)) references.push(e.record);
  }
  return references;
}

function verdict(status: Verdict['status'], reason: string, entries: IndexedRecord[]): Verdict {
  return { status, reason, references: dedupe(entries) };
}
