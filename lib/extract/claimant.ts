/**
 * Resolves the claimant of a figure beyond its own sentence: "He said" → the last named speaker;
 * a quote whose speaker is named after it, in a later sentence of the same paragraph; and an
 * unattributed figure right after an attributed one in the same block (the report continues).
 */
import { caseless } from './caseless';
import { beforeFirst } from './clause-start';
import { RECENT_SENTENCES, RecentCache } from './recent-cache';
import { backReference, expandDefinite, findAttributions, isOutlet, openingSubject, reportedByOutlet, type Attribution } from './attribution';
import { isListItem, isListLine, listLeadOf, ON_LIST_RE, PASSAGE_REACH, POINTS_BACK_RE } from './candidates';
import type { Category } from '../claim';
import { CLAIMANT_NP_WORDS } from './lexicon';
import { pagePublisher, releasePublisher, speaksAsPublisher } from './publisher';
import { turnSpeaker } from './transcript';
import { classifyClaimant } from './claimant-type';
import { TABLE_TITLE_SOURCE_RE } from './tables';
import { sourceOfRow } from './tables';
import type { Found } from './index';
import type { Sentence } from './sentences';

/** How far back an unattributed figure may borrow the previous figure's claimant, in sentences. */
const CARRY_OVER_SENTENCES = 2;
/** How many sentences back in its paragraph a release's first person still speaks for a figure. */
const PUBLISHER_PARAGRAPH_REACH = 3;
/** How far back "He said" looks for the named speaker, in sentences. */
const PRONOUN_LOOKBACK = 15;
/** How far back "the ministry", "the same sources" look for the body named in full, in sentences. */
const SAME_SOURCE_LOOKBACK = 30;
/** How far ahead a quote may run before its speaker is named, in sentences. */
const QUOTE_LOOKAHEAD = 4;

export interface Source {
  claimant: string | null;
  context: string | null;
}

const NONE: Source = { claimant: null, context: null };

export function claimantFor(text: string, sentences: Sentence[], index: number, attribution: Attribution | null, previous: Found | null, category: Category): Source {
  const earlier = text.slice(0, sentences[index].start);
  const named = (a: Attribution): Source => {
    // "the same sources", "the sources said": the sources named fully before ("medical sources in Gaza").
    const same = SAME_SOURCE_RE.exec(a.claimant.trim());
    if (same) {
      const head = same[1].toLowerCase();
      const before = lastNamedSpeaker(
        sentences,
        index,
        SAME_SOURCE_LOOKBACK,
        (x) =>
          x !== a &&
          x.claimant.toLowerCase().split(/\s+/).includes(head) &&
          x.claimant.trim().includes(' ') &&
          !SAME_SOURCE_RE.test(x.claimant.trim()) &&
          // ("the monitor" after "the Syrian Observatory …, a war monitor, said": the name, not its description.)
          (!/^(?:monitor|observatory)$/.test(head) || /\p{Lu}/u.test(x.claimant.replace(/^the\s+/i, ''))),
      );
      // ("the agency" after "the UN agency said": the agency that one stood for, if named.)
      if (before) return { claimant: expandGeneric(before.claimant, earlier) ?? before.claimant, context: before.context };
    }
    // "a spokesperson for the office": the office named before speaks through them.
    const forBody = SPOKESPERSON_FOR_RE.exec(a.claimant.trim());
    if (forBody) {
      const body = expandGeneric(forBody[1], earlier);
      if (body) return { claimant: body, context: `${body} ${a.context}` };
    }
    if (SAME_REPORTS_RE.test(a.claimant.trim())) {
      const before = lastNamedSpeaker(sentences, index, 3, (x) => !SAME_REPORTS_RE.test(x.claimant.trim()));
      if (before) return { claimant: before.claimant, context: before.context };
    }
    const generic = expandGeneric(a.claimant, earlier);
    if (generic) return { claimant: generic, context: `${generic} ${a.context}` };
    // "…, the regional military administration said. An earlier statement had put the number at
    // four": a statement with no issuer named is the last speaker's.
    // "…, the junta-run MRTV television station reported. The broadcaster said …": the station named before.
    if (BROADCASTER_RE.test(a.claimant.trim())) {
      const station = lastNamedSpeaker(sentences, index, PRONOUN_LOOKBACK, (x) => x !== a && !BROADCASTER_RE.test(x.claimant.trim()) && STATION_RE.test(x.context));
      if (station) return { claimant: station.claimant, context: station.context };
    }
    const document = ISSUED_RE.exec(a.claimant.trim());
    if (document) {
      const issuer =
        issuerOf(sentences, index, document[1].toLowerCase()) ?? lastNamedSpeaker(sentences, index, 3, (x) => !ISSUED_RE.test(x.claimant.trim()) && /\p{L}{3}/u.test(x.claimant));
      if (issuer) return named(issuer);
    }
    const claimant = expandAcronym(expandDefinite(a.claimant, earlier), earlier);
    // "the nonprofit", "the charity": the organisation named just before.
    if (claimant === a.claimant && GENERIC_ORG_RE.test(claimant) && !/\p{Lu}/u.test(claimant.replace(/^the /i, '').replace(/\p{Lu}\p{L}+-based/u, ''))) {
      const before = lastNamedSpeaker(sentences, index, 3, (x) => /\p{Lu}/u.test(x.claimant.replace(/^(?:the|a|an)\s+/i, '')));
      if (before) {
        const resolved = expandGeneric(before.claimant, earlier) ?? before.claimant;
        return { claimant: resolved, context: `${before.context} ${a.context}` };
      }
    }
    return { claimant, context: a.context };
  };
  if (attribution && !attribution.pronoun) return named(attribution);
  // "CHIEF OKAFOR: We received 11 of the gunshot patients": a transcript turn is its speaker's.
  const turn = attribution ? null : turnSpeaker(text, sentences, index);
  if (turn) return turn;
  if (attribution?.pronoun) {
    // "according to our staff at the site" in a release: the publisher's own people.
    const publisher = /^our\b/i.test(attribution.claimant) ? pagePublisher(text) : null;
    if (publisher) return { claimant: publisher, context: `${publisher} ${attribution.context}` };
    // "The ministry's own count lists 309": the ministry named in full before, not the last speaker.
    if (/^the\s+\p{L}+$/iu.test(attribution.claimant)) {
      const resolved = named({ ...attribution, pronoun: false });
      if (resolved.claimant && resolved.claimant.toLowerCase() !== attribution.claimant.toLowerCase()) return resolved;
    }
    const subject = openingSubject(sentences[index].text, attribution.at);
    if (subject) return named({ claimant: subject, context: subject, pronoun: false, at: 0 });
    // "Police Chief Renata Okafor stood at a lectern … Four people were killed, she said": "she" is
    // the person the passage introduced, when no one named has spoken since.
    const person = /^(?:he|she)$/.test(attribution.claimant) ? introducedPerson(sentences, index, attribution.at) : null;
    if (person) return named(person);
    const speaker = lastNamedSpeaker(sentences, index);
    return speaker ? named(speaker) : NONE;
  }
  const quoted = speakerAfterQuote(sentences, index);
  if (quoted) return quoted.pronoun ? (lastNamedSpeaker(sentences, index) ?? NONE) : named(quoted);
  const intro =
    quoteIntroduction(sentences, index) ??
    headlineSource(sentences[index]) ??
    tableSource(text, sentences, index) ??
    dashTableSource(text, sentences, index) ??
    bracketedSource(sentences, index) ??
    publisherVoice(text, sentences, index);
  if (intro) return intro;
  // "It is the deadliest fire since 2001, when 60 people died": history the writer recalls, nobody's count now.
  if (HISTORY_RE.test(sentences[index].text)) return NONE;
  // "Reuters reported that 12 people were wounded": the outlet's own reporting, no other source.
  if (reportedByOutlet(sentences[index].text)) return NONE;
  const s = sentences[index];
  const from = previous ? sentences[previous.sentenceIndex] : null;
  // A headline or caption after body text starts afresh; a list of such lines continues.
  const continues = from && from.block === s.block && (!s.headline || from.headline);
  // "It includes …", "That running total passed …": the sentence is about the count just given.
  // (From another paragraph only when this one names no source before it: "Kyiv's General Staff
  // publishes a daily count …. That running total passed 1,000,000" is the General Staff's.)
  const pointsBack =
    from &&
    !s.headline &&
    index - previous!.sentenceIndex <= PASSAGE_REACH &&
    (POINTS_BACK_RE.test(s.text) || ON_LIST_RE.test(s.text)) &&
    (from.block === s.block || !namesSourceBefore(sentences, index));
  if (previous?.claim.claimant && ((continues && index - previous.sentenceIndex <= CARRY_OVER_SENTENCES) || pointsBack)) {
    return { claimant: previous.claim.claimant, context: previous.claim.claimant };
  }
  // "…Western officials told the Gazette. … The other army is estimated to have suffered around
  // 40,000 deaths":
  // an agentless "is believed", "are estimated" goes on with the estimates the passage is about.
  // Only an estimate of the same kind of loss, and not where the writer says nobody keeps a count.
  if (
    previous?.claim.claimant &&
    index - previous.sentenceIndex <= HEDGED_LOOKBACK_SENTENCES &&
    LOSSES.has(category) &&
    LOSSES.has(previous.claim.category) &&
    (HEDGED_RE.test(s.text) || AGENTLESS_COUNT_RE.test(s.text)) &&
    !NO_COUNT_RE.test(s.text)
  ) {
    return { claimant: previous.claim.claimant, context: previous.claim.claimant };
  }
  // "…the count the national government gives out daily. That number rose to 12,400": the count
  // named just before, and its source.
  const prevSentence = sentences[index - 1];
  if (ANAPHORA_RE.test(s.text) && prevSentence && prevSentence.block === s.block) {
    const prior = findAttributions(prevSentence.text).filter((a) => !a.pronoun);
    if (prior.length) return named(prior[prior.length - 1]);
  }
  // "…left 212 people dead. That count came from the rights monitor."
  const next = sentences[index + 1];
  const back = next && next.block === s.block ? backReference(next.text) : null;
  if (back) return named(back);
  // "Hospitals received three people killed by gunfire. Two more bodies were brought in, it added.":
  // whoever "added" the next sentence said this one first.
  const adder = next && next.block === s.block && !s.headline ? addedBy(next.text) : null;
  if (adder) return adder.pronoun ? named(lastNamedSpeaker(sentences, index) ?? adder) : named(adder);
  // A headline or caption names its own source or none.
  const listed = isListItem(sentences, index);
  if (s.headline && !listed) return NONE;
  // The speaker of the paragraph, or of the lead line a list hangs from, goes on until another is named.
  const lead = listed ? listLeadOf(sentences, index) : null;
  const speaker = paragraphSpeaker(sentences, lead?.index ?? index);
  if (speaker) return named(speaker);
  return reportGoesOn(sentences, index, previous, category) ?? releaseOwn(text) ?? reportSummarised(sentences, index) ?? NONE;
}

/** Whether two names are of one body: one holds the other's last word ("the mission", "UN mission in Ukraine"). */
function sameBody(a: string, b: string): boolean {
  const last = (x: string) =>
    x
      .replace(/\s*\([^)]*\)\s*$/, '')
      .split(/\s+/)
      .pop() ?? '';
  return a === b || b.includes(last(a)) || a.includes(last(b));
}

// The document a lead gives its figures from: "according to the latest monthly update from the UN
// mission", "the office said in its quarterly report".
const REPORT_DOC_RE = /\b(?:update|report|bulletin|review|situation report|sitrep|briefing note|assessment)\b/i;
/** How many sentences from the top a page's lead may be. */
const LEAD_SENTENCES = 6;
/** How far into a page a report's summary may go on, in sentences. */
const REPORT_SUMMARY_SENTENCES = 80;

/**
 * A page that summarises one report: its lead gives the figures as a UN body's or a monitor's
 * report ("… in July, according to the latest monthly update from the UN Human Rights Monitoring
 * Mission"), and the paragraphs after it go through that report's numbers without naming it again
 * ("Glide bombs killed 67 civilians and injured 209 in July"). A figure there with no source of its
 * own or of its paragraph is the report's; a party's report is not read this way (its figures stay
 * unattributed rather than be given to a side).
 */
function reportSummarised(sentences: Sentence[], index: number): Source | null {
  const s = sentences[index];
  // (An article's length at most: a page of many stories is no summary of one report.)
  if (s.headline || /[“”"]/.test(s.text) || index > REPORT_SUMMARY_SENTENCES) return null;
  for (let i = 0; i < sentences.length && i < LEAD_SENTENCES && i < index; i++) {
    if (sentences[i].headline || !REPORT_DOC_RE.test(sentences[i].text)) continue;
    const lead = findAttributions(sentences[i].text).find((a) => !a.pronoun);
    if (!lead) continue;
    const kind = classifyClaimant(lead.claimant, lead.context).claimantType;
    if (kind !== 'un' && kind !== 'independent') return null;
    // Only while the page goes on with that report: another source named since starts another count.
    const head = lead.claimant.toLowerCase();
    for (let k = i + 1; k < index; k++) {
      const other = findAttributions(sentences[k].text).some((a) => !a.pronoun && !a.owner && !sameBody(a.claimant.toLowerCase(), head));
      if (other) return null;
    }
    return { claimant: lead.claimant, context: lead.context };
  }
  return null;
}

/**
 * A figure a press release gives in its own voice, with no source of its own or of its passage
 * ("Since April 2023, the agency has registered more than 8 000 missing people", "- 1 150 of them
 * are children" under "Key facts"): the release stands behind it, so its publisher is the claimant.
 * (In a news article such a figure is the writer's, and no one's here.)
 */
function releaseOwn(text: string): Source | null {
  const publisher = pagePublisher(text);
  return publisher ? { claimant: publisher, context: publisher } : null;
}

/**
 * "our hospital received 120 wounded" in a press release, or a row under "Admissions at our
 * hospital:": the publisher's own figure.
 */
function publisherVoice(text: string, sentences: Sentence[], index: number): Source | null {
  const publisher = releasePublisher(text);
  if (!publisher) return null;
  const voiced = (i: number) => {
    const t = sentences[i];
    return speaksAsPublisher(t.text, text.slice(text.lastIndexOf('\n', t.start - 1) + 1, t.start));
  };
  const lead = index > 0 && sentences[index - 1].text.endsWith(':') && sentences[index - 1].line === sentences[index].line - 1 ? index - 1 : -1;
  // "Our own teams have not been spared. Seven staff members have been killed": the paragraph
  // goes on in the voice it opened with.
  let opener = index;
  while (opener > 0 && index - opener < PUBLISHER_PARAGRAPH_REACH && sentences[opener - 1].block === sentences[index].block) opener--;
  const paragraphVoiced = () => {
    for (let i = opener; i < index; i++) if (voiced(i)) return true;
    return false;
  };
  return voiced(index) || (lead >= 0 && voiced(lead)) || paragraphVoiced() ? { claimant: publisher, context: publisher } : null;
}

/** The speaker of a sentence's closing ", X added." (a pronoun left for the caller to resolve). */
function addedBy(sentence: string): Attribution | null {
  const closing = findAttributions(sentence).filter((a) => a.closing && /^add(?:ed|s)\b/.test(sentence.slice(a.at)));
  return closing.length ? closing[closing.length - 1] : null;
}

/** Whether a sentence of this paragraph before `index` names a source. */
function namesSourceBefore(sentences: Sentence[], index: number): boolean {
  for (let i = index - 1; i >= 0 && sentences[i].block === sentences[index].block; i--) if (findAttributions(sentences[i].text).some((a) => !a.pronoun && !a.owner)) return true;
  return false;
}

const RELATED_LINKS_RE =
  /^(?:read more|related|see also|more|also read|read also|related stories|related articles|most read|more on this story|you may also like|recommended)\s*:$/i;
const LABEL_LINE_RE = /^[^:.;!?\d]{3,80}:\s*(?:about |around |more than |over |at least )?\d/;

/** How far back, in sentences, the figures of a report that goes on may be. */
const REPORT_LOOKBACK_SENTENCES = 4;

/**
 * "…, the ministry said in its daily report. Deaths from famine: 4 in the past 24 hours. The total
 * has risen to 273": figures right after one source's, of the same kind of loss, with nobody else
 * named in between, go on with that source's report.
 */
function reportGoesOn(sentences: Sentence[], index: number, previous: Found | null, category: Category): Source | null {
  if (!previous?.claim.claimant || index - previous.sentenceIndex > REPORT_LOOKBACK_SENTENCES) return null;
  if (!LOSSES.has(category) || !LOSSES.has(previous.claim.category)) return null;
  // Only a figure set out as data ("Deaths from famine: 4 …", "• Total martyrs: 62,192"); a
  // sentence of prose with no source of its own is the writer's (its gold is nobody's).
  const lead = isListItem(sentences, index) ? listLeadOf(sentences, index) : null;
  // "Read more:" leads links to other stories, not a list of this report's figures.
  const underLead = lead !== null && !RELATED_LINKS_RE.test(lead.text);
  if (!underLead && !LABEL_LINE_RE.test(sentences[index].text)) return null;
  for (let i = previous.sentenceIndex + 1; i <= index; i++) {
    const t = sentences[i];
    // A crosshead or another story's headline starts afresh; a lead line of a list does not.
    if (t.headline && !isListItem(sentences, i) && !t.text.endsWith(':')) return null;
    // Another speaker starts another report; the owner of a count ("The ministry's breakdown:") does not.
    if (findAttributions(t.text).some((a) => !a.owner)) return null;
  }
  return { claimant: previous.claim.claimant, context: previous.claim.claimant };
}

// A source named again by its head word only: "the same sources", "these officials".
// ("The ministry gave the dead by governorate" after "the Lebanese health ministry said": the same body.)
const SAME_SOURCE_RE =
  /^(?:(?:the|these|those)\s+)?(?:same\s+)?(sources|officials|authorities|medics|doctors|rescuers|monitors?|observatory|activists|ministry|department|administration|agency|governor|headquarters)$/i;
const SPOKESPERSON_FOR_RE = /^(?:(?:an?|the)\s+)?(?:spokes(?:man|woman|person)|official|representative)\s+(?:for|of|at)\s+((?:the\s+)?\p{Ll}+)$/u;
// "The same reports put Ukrainian deaths at …": whoever the sentence before cited.
const SAME_REPORTS_RE = /^(?:(?:the|these|those)\s+)?same\s+(?:reports?|figures|estimates|data|documents?|assessments?)$/i;

// Belief or estimate with no one named as holding it: someone already named in the passage.
const HEDGED_RE =
  /\b(?:is|are|was|were) (?:(?:also|now|widely|still) )?(?:believed|estimated|thought|understood|assessed) to (?:have|be|number|total)\b(?![^.;]*\b(?:by|according to)\s+\p{Lu})/u;
// "there were 1,104 killings recorded", "12 more deaths were confirmed": counted, by no one named,
// so by the source the passage is quoting.
const AGENTLESS_COUNT_RE = /\b(?:recorded|documented|registered|counted|verified|tallied|confirmed)\b(?![^.;]*\b(?:by|according to)\s)/;
// "though there are no official or independently collated figures"
const NO_COUNT_RE = /\bno (?:official|independent(?:ly)?|reliable|verified|verifiable)\b[^.;]{0,40}\b(?:figures?|counts?|data|tall(?:y|ies)|estimates?|statistics)\b/i;
/** The counts a war's estimates are of (a handover or a hostage count is another quantity). */
const LOSSES: ReadonlySet<Category> = new Set<Category>(['killed', 'wounded', 'casualties']);
/** How far back, in sentences, the figure before an agentless estimate may be. */
const HEDGED_LOOKBACK_SENTENCES = 6;

const ANAPHORA_RE = /^(?:That|This|The same|The) (?:number|figure|count|toll|tally|total|estimate)\b/;
const CONTINUATION_RE =
  /^(?:Accordingly,|(?:The|These|Those) (?:[\p{L}-]+ )?(?:fatalities|dead|victims|casualties|figures?|deaths|wounded|injured|killed|toll) (?:also )?(?:include|included|includes|comprise|comprised|comprises|were|are)\b|Among (?:the dead|the victims|the killed|the wounded|the fatalities|them|those)\b|Of (?:those|them|these|the \d)|Additionally,|Furthermore,|In addition,|In particular,|They (?:include|included)\b|By (?:region|province|state|country|age|sex|gender|district|city|area|governorate|oblast)\b)/u;

/** How far back a figure with no source of its own looks for the speaker of its passage, in sentences. */
const SPEAKER_LOOKBACK = 3;

/**
 * The source named last before sentence `index` in its passage: this paragraph, or the paragraph
 * before when the figure's paragraph names none, never across a headline or crosshead.
 */
function paragraphSpeaker(sentences: Sentence[], index: number): Attribution | null {
  if (sentences[index].text.endsWith(':')) {
    const own = findAttributions(sentences[index].text).filter((a) => !a.pronoun);
    if (own.length) return own[own.length - 1];
  }
  let first = index;
  while (first > 0 && sentences[first - 1].block === sentences[index].block) first--;
  // A new paragraph keeps the last one's source only when it goes on about the same count.
  const continues = CONTINUATION_RE.test(sentences[first].text);
  for (let i = index - 1; i >= 0 && index - i <= SPEAKER_LOOKBACK; i--) {
    const t = sentences[i];
    if (t.headline && !isListLine(t) && !t.text.endsWith(':')) return null;
    if (t.block !== sentences[i + 1].block && !continues) return null;
    const found = findAttributions(t.text);
    const named = found.filter((a) => !a.pronoun);
    if (named.length) return named[named.length - 1];
    // "he said": resolved by the rules above, not carried further. ("The ministry's breakdown:"
    // names no speaker of its own; the search goes on to the one named before.)
    if (found.some((a) => !a.owner)) return null;
  }
  return null;
}

// "the report", "the UN agency", "the organisation": the body named earlier that issued it.
const GENERIC_SOURCE_RE =
  /^(?:(?:the|a|an|its|new|latest|recent|same|that|this|UN|U\.N\.|United Nations)\s+)*(?:report|statement|study|survey|update|agency|organi[sz]ation|mission|monitor|body|office|document|analysis|review|project|compilers|group|team|researchers)$/i;
const NAMED_BY_RE =
  /\b(?:report|statement|study|survey|update|data|figures|analysis|review)\s+(?:released\s+|published\s+|issued\s+|compiled\s+)?by\s+(?:the\s+)?([^.,;:()]{3,80}?(?:\s*\([A-Z]{2,10}\))?)(?=[.,;:]|\s+(?:on|in|said|says|which|that|released|published)\b|$)|\b(?:Released|Published|Issued|Compiled)\b[^.]{0,60}?\bby\s+(?:the\s+)?([^.,;:()]{3,80}?(?:\s*\([A-Z]{2,10}\))?)(?=[.,;:]|\s+(?:on|in|said|says|the)\b|$)/g;
const ACRONYM_DEF_RE = /((?:\p{Lu}[\p{L}'’-]*[ \t\u00A0]+(?:(?:of|for|the|in|on|and)[ \t\u00A0]+)*){1,8})\(([A-Z]{2,10})\)/gu;

// The same, for one search: exec on the global one would move the lastIndex that matchAll copies.
const ACRONYM_DEF_ONE_RE = new RegExp(ACRONYM_DEF_RE.source, 'u');
const ACRONYM_HINT_RE = /\([A-Z]{2,10}\)/;

const genericMemo = new RecentCache<string, string | null>(RECENT_SENTENCES);

export function expandGeneric(claimant: string, earlier: string): string | null {
  if (!GENERIC_SOURCE_RE.test(claimant.trim())) return null;
  const text = earlier.slice(-4000);
  const key = `${claimant}\u0000${text}`;
  return genericMemo.get(key, () => expandGenericIn(claimant, text));
}

// "the UN mission, known as BINUH, published its quarterly report": the report's publisher before it.
// "The UN mission in Ukraine published its monthly update": a body's name may hold lower-case
// institution words and the place it works in.
const PUBLISHED_ITS_RE =
  /(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|mission|office|ministry|agency|team|monitors|monitoring|commission|council|committee|observatory|network|human|rights|of|for|in|on|the)){0,6}),?\s+(?:published|released|issued|presented)\s+(?:its|a|the|their)\s+(?:[\p{L}-]+\s+){0,3}(?:report|statement|study|survey|update|analysis|review)\b/gu;

function expandGenericIn(claimant: string, text: string): string | null {
  let found: string | null = null;
  for (const m of text.matchAll(NAMED_BY_RE)) found = (m[1] ?? m[2]).trim();
  if (!found && /(?:report|statement|study|survey|update|analysis|review)$/i.test(claimant.trim()))
    for (const m of text.matchAll(PUBLISHED_ITS_RE)) {
      const name = m[1].trim().replace(/^(?:The|A|An)\s+/, '');
      if (/\p{Lu}/u.test(name) && !/^(?:The|A|An|It|They|He|She)$/.test(name)) found = name;
    }
  if (!found && /\b(?:UN|U\.N\.|United Nations|agency)\b/i.test(claimant)) {
    // ("the International Organization for Migration said …, the UN agency said": its full name too.)
    for (const m of text.matchAll(
      /\b(UN[A-Z]{2,6}|OCHA|OHCHR|HRMMU|BINUH|WHO|UNICEF|WFP|IOM|International Organization for Migration|World Health Organization|World Food Programme|UN refugee agency|UN children['’]s agency)\b/g,
    ))
      found = m[1];
  }
  // Else a body named earlier with the same head word ("the office" → "UN human rights office"),
  // the body the article spelled out with its acronym, or the last source it named.
  const head = /(\p{L}+)$/u.exec(claimant.trim())?.[1].toLowerCase();
  // Without any "(ABC)" in the text, no body was spelled out with its acronym.
  const definesAcronyms = ACRONYM_HINT_RE.test(text);
  if (!found && head && definesAcronyms)
    for (const m of text.matchAll(ACRONYM_DEF_RE)) if (new RegExp(`\\b${head}\\b`, 'i').test(m[1])) found = `${m[1].trim().replace(/^(?:The|A|An)\s+/, '')} (${m[2]})`;
  // The name must hold the head word: without it, no search (its pattern is tried from every capital).
  if (!found && head && text.includes(head.slice(1))) {
    const re = new RegExp(`(?:\\b\\p{Lu}[\\p{L}'’-]* )(?:[\\p{L}'’-]+ ){0,4}?[${head[0]}${head[0].toUpperCase()}]${head.slice(1)}\\b`, 'gu');
    // Not the page's own masthead ("Caribbean Daily Report" on its first line, "Caribbean Report
    // Online (fictional)" under the headline): the outlet is no source.
    const mastheads = mastheadLines(text);
    const firstLine = /^[^\n]*/.exec(text)?.[0].trim() ?? '';
    // "According to the statement" starts with a sentence's first word, not a name.
    // ("The UN human rights office (OHCHR) said": the name after its article.)
    for (const m of text.matchAll(re)) {
      const name = m[0].replace(/^(?:The|A|An)\s+(?=\p{Lu})/u, '');
      if (
        !/^(?:The|A|An|This|That|Its|According|In|On|At|By|From|As|After|Before|Since|With|For|Under|Citing)\s/.test(name) &&
        name !== firstLine &&
        !mastheads.some((line) => line.includes(name)) &&
        nameLike(name)
      )
        found = name;
    }
  }
  // "the mission said" after "The UN Interim Force in Lebanon (UNIFIL) said": the UN mission the
  // article named, when no name holds the word "mission" itself.
  if (!found && /\bmission$/i.test(claimant.trim()))
    for (const m of text.matchAll(/\b(UN[A-Z]{2,6}|HRMMU|BINUH|MONUSCO|MINUSCA|MINUSMA|MINURSO|UNMISS|UNAMA|UNAMI|UNSMIL)\b/g)) found = m[1];
  // A body word ("the office") stays as written unless a name with that word was found; a
  // document ("the report") is sent back to whoever issued it.
  const document = /(?:report|statement|study|survey|update|document|analysis|review|project|compilers|researchers|team)$/i.test(claimant.trim());
  if (!found && !document) return null;
  // "…, the headquarters said in a statement. According to the statement, …": whoever issued the
  // document the article last mentioned.
  // (Its issuer may be named in lower case, "the airline said in a statement": still the issuer,
  // never the last capitalised name of some other sentence.)
  if (!found && head) {
    const issuer = issuerOfLast(head, text);
    if (issuer) return issuer.replace(/\s+/g, ' ');
  }
  if (!found && definesAcronyms)
    for (const m of text.matchAll(ACRONYM_DEF_RE)) if (/\p{Ll}/u.test(m[1]) && m[1].trim().includes(' ')) found = `${m[1].trim().replace(/^(?:The|A|An)\s+/, '')} (${m[2]})`;
  if (!found) {
    for (const m of text.slice(-1500).matchAll(/([^.!?\n]*[.!?]?)/g)) {
      const named = m[1]
        ? findAttributions(m[1]).filter((a) => !a.pronoun && !GENERIC_SOURCE_RE.test(a.claimant) && /\p{Lu}/u.test(a.claimant.replace(/^(?:the|a|an)\s+/i, '')))
        : [];
      if (named.length) found = named[named.length - 1].claimant;
    }
  }
  return found && /\p{Lu}/u.test(found) ? found.replace(/\s+/g, ' ') : null;
}

/** Lines near the top that only name something (the outlet, a section): never a source's name. */
function mastheadLines(text: string): string[] {
  return text
    .slice(0, 600)
    .split('\n')
    .slice(0, 6)
    .map((l) => l.trim())
    .filter((l) => l && l.split(/\s+/).length <= 7 && !/[.!?:]$/.test(l) && !/\d/.test(l));
}

/** The named speaker of the last sentence that mentions "a statement", "its report" (the head word given). */
function issuerOfLast(head: string, text: string): string | null {
  const recent = text.slice(-1500);
  const re = new RegExp(`\\b(?:a|an|its|their|the|his|her)\\s+(?:[\\p{L}-]+\\s+)?${head}\\b`, 'giu');
  const mentions = [...recent.matchAll(re)].map((m) => m.index!);
  // Nearest first; "According to the statement" itself names no issuer, the one before may.
  for (const at of mentions.reverse()) {
    const start = Math.max(recent.lastIndexOf('. ', at), recent.lastIndexOf('\n', at)) + 1;
    const endDot = recent.indexOf('.', at);
    const sentence = recent.slice(start, endDot < 0 ? recent.length : endDot + 1);
    const named = findAttributions(sentence).filter((a) => !a.pronoun && !GENERIC_SOURCE_RE.test(a.claimant));
    if (!named.length) continue;
    const who = expandAcronym(expandDefinite(named[named.length - 1].claimant, text.slice(0, text.length - recent.length + start)), text);
    return who;
  }
  return null;
}

/**
 * A body's name: its lower-case words are those names hold ("UN mission in Lebanon", "Syrian
 * Observatory for Human Rights"), not a clause ("Both were treated at the mission").
 */
function nameLike(phrase: string): boolean {
  return phrase.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || CLAIMANT_NP_WORDS.has(w.toLowerCase()) || /^(?:of|for|the|and|in|on|on|at)$/.test(w));
}

/** "SOHR" → "Syrian Observatory for Human Rights (SOHR)" when the article spells it out. */
function expandAcronym(claimant: string, earlier: string): string {
  const c = claimant.trim().replace(/^the\s+/i, '');
  if (!/^[A-Z]{2,10}$/.test(c)) return claimant;
  const text = earlier.slice(-6000);
  // Each "(SOHR)" ends at most one spelled-out name, which starts after the bracket before it
  // (names hold no brackets): the pattern is tried on that stretch only, not on 6,000 characters,
  // and not at all for the many acronyms an article never spells out.
  const mark = `(${c})`;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
    // A name never runs over a line break (a headline above the body is not part of it).
    const from = Math.max(text.lastIndexOf('(', at - 1), text.lastIndexOf(')', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
    const m = ACRONYM_DEF_ONE_RE.exec(text.slice(from, at + mark.length));
    if (m && m[2] === c) return `${m[1].trim().replace(/^(?:The|A|An)\s+/, '')} (${c})`;
  }
  return claimant;
}

// ("… since the 2008 Mumbai attacks, in which 166 people died": the past incident named, then its toll.)
const HISTORY_RE = /\b(?:deadliest|worst|largest|biggest|bloodiest)\b[^.;]*\b(?:since|in) (?:the )?(?:19|20)\d\d\b[^.;,]{0,40},? (?:when|in which)\b/i;
const BROADCASTER_RE = /^(?:(?:the|that|this)\s+)?(?:state\s+)?(?:broadcaster|station|channel|network|news agency|agency|outlet)$/i;
const STATION_RE = /\b(?:television|TV|station|radio|broadcaster|channel|news agency|state media)\b/i;
const ISSUED_RE =
  /^(?:(?:an?|the|its|their)\s+)?(?:(?:earlier|previous|first|initial|latest|new|later|updated|second|monthly|weekly|daily|quarterly|annual)\s+)?(statement|update|report|bulletin|post|note|briefing|assessment|study|review|analysis|survey)$/i;

/**
 * "…, the UN office said in its monthly note. … at least 88 killings, the note said": a document
 * named alone is its issuer's, the speaker of an earlier sentence that gave it as theirs ("in its
 * monthly note", "the office's report", "a report by the office"), however many sentences back.
 */
function issuerOf(sentences: Sentence[], index: number, noun: string): Attribution | null {
  const owned = new RegExp(`\\b(?:its|their|his|her|['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}?${noun}\\b|\\b${noun}\\s+(?:\\p{L}+\\s+)?(?:by|from)\\b`, 'iu');
  for (let i = index - 1; i >= 0 && index - i <= PRONOUN_LOOKBACK; i--) {
    if (!sentences[i].text.toLowerCase().includes(noun) || !owned.test(sentences[i].text)) continue;
    const issuers = findAttributions(sentences[i].text).filter((x) => !x.pronoun && !ISSUED_RE.test(x.claimant.trim()) && /\p{L}{3}/u.test(x.claimant));
    if (issuers.length) return issuers[issuers.length - 1];
  }
  return null;
}
const GENERIC_ORG_RE = caseless(
  /^(?:the )?(?:[\p{Ll}-]+ |\p{Lu}\p{L}+-based ){0,2}(?:nonprofit|charity|group|organi[sz]ation|agency|monitor|watchdog|body|network|institute|ngo|post|channel|outlet|outlets|bulletin)$/iu,
);

function lastNamedSpeaker(sentences: Sentence[], index: number, lookback = PRONOUN_LOOKBACK, accept: (a: Attribution) => boolean = () => true): Attribution | null {
  for (let i = index - 1; i >= 0 && index - i <= lookback; i--) {
    const named = findAttributions(sentences[i].text).filter((a) => !a.pronoun && accept(a));
    if (named.length) return named[named.length - 1];
  }
  return null;
}

// A person brought into a passage by title or by an appositive: "Police Chief Renata Okafor",
// "Dr Samiullah Wardak", "Gul Rahman, a 46-year-old farmer".
const PERSON_INTRO_RE =
  /\b((?:(?:Police|Fire|Deputy|Assistant|Regional|District)\s+)?(?:Chief|Dr\.?|Gov\.?|Governor|Mayor|Sheriff|Gen\.?|Col\.?|Capt\.?|Sgt\.?|Prof\.?|Commissioner)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})|\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?:a|an)\s+(?:\d+-year-old\s+|[\p{Ll}-]+\s+){0,2}?(?:farmer|teacher|doctor|surgeon|nurse|resident|man|woman|mother|father|survivor|witness|volunteer|officer|official|spokes(?:man|woman|person)|driver|worker|shopkeeper|student|engineer|medic|paramedic|director|commander|chief)\b/gu;
/** How far back a person introduced in the passage may be, in sentences. */
const INTRODUCED_LOOKBACK = 6;

/**
 * The person last introduced before a "he said"/"she said" at `at` in sentence `index`, when no named
 * speaker comes between them: the one the pronoun means, though no verb of saying introduced them.
 */
function introducedPerson(sentences: Sentence[], index: number, at: number): Attribution | null {
  for (let i = index; i >= 0 && index - i <= INTRODUCED_LOOKBACK; i--) {
    const text = i === index ? sentences[i].text.slice(0, at) : sentences[i].text;
    if (i < index && findAttributions(text).some((a) => !a.pronoun)) return null;
    const people = [...text.matchAll(PERSON_INTRO_RE)];
    const last = people[people.length - 1];
    if (last) {
      const name = (last[1] ?? last[2]).trim();
      return { claimant: name, context: last[0], pronoun: false, at: 0 };
    }
  }
  return null;
}

/** Inside an open quotation, the attribution that follows its closing mark on the same line. */
function speakerAfterQuote(sentences: Sentence[], index: number): Attribution | null {
  const s = sentences[index];
  const opens = (t: string) => (t.match(/[“]/g) ?? []).length - (t.match(/[”]/g) ?? []).length + ((t.match(/"/g) ?? []).length % 2);
  let depth = 0;
  for (let i = index; i >= 0 && sentences[i].line === s.line; i--) depth += opens(sentences[i].text);
  if (depth <= 0) return null;
  for (let i = index + 1; i < sentences.length && i - index <= QUOTE_LOOKAHEAD && sentences[i].line === s.line; i++) {
    const m = /[”"]/.exec(sentences[i].text);
    if (!m) continue;
    const after = findAttributions(sentences[i].text).filter((a) => a.at > m.index);
    return after[0] ?? null;
  }
  return null;
}

const SOURCE_PREFIX_RE = /^([^:]{2,40}):\s/;
const AGENT_WORD_RE =
  /\b(?:[Ss]taff|[Mm]inistry|[Cc]oastguard|[Pp]olice|[Gg]overnor|monitors?|UN|U\.N\.|army|military|police|officials?|governor|mayor|president|minister|agency|mission|observatory|spokes\w+|IDF|ICRC|OCHA|WHO|UNICEF|Kremlin|Pentagon)\b/;

/** A quoted paragraph introduced by the line before it ("Alexei Smirnov, acting governor, on Monday:"). */
function quoteIntroduction(sentences: Sentence[], index: number): Source | null {
  let first = index;
  while (first > 0 && sentences[first - 1].line === sentences[index].line) first--;
  if (!/^[“"]/.test(sentences[first].text) || first === 0) return null;
  const intro = sentences[first - 1];
  if (intro.line !== sentences[first].line - 1 || !/:\s*$/.test(intro.text)) return null;
  const named = findAttributions(intro.text).filter((a) => !a.pronoun);
  if (named.length) return { claimant: named[named.length - 1].claimant, context: intro.text };
  const lead = beforeFirst(intro.text, /[,:]|\s(?:on|in|at|via|from|to)\s/).trim();
  return /\p{Lu}/u.test(lead) && lead.split(/\s+/).length <= 6 ? { claimant: lead, context: intro.text } : null;
}

// "- Hodeidah strikes: 38 killed, 102 wounded (Houthi-run health ministry)": an at-a-glance line
// naming its source in brackets at its end.
// "… (Houthi-run health ministry)", "… [OHCHR]": a source in brackets closing the line.
const BRACKETED_SOURCE_RE = /(?:\(([^():\d]{2,60})\)|\[([^[\]:\d]{2,60})\])\s*[.;]?\s*$/;
const SOURCE_WORD_RE =
  /\p{Lu}{2,}|\b(?:[Mm]inistry|[Aa]gency|[Oo]ffice|[Oo]fficials|[Aa]uthorities|[Pp]olice|[Aa]rmy|[Mm]ilitary|[Mm]onitor|[Oo]bservatory|[Gg]overnment|[Gg]overnor|[Hh]eadquarters|[Dd]epartment|[Ss]ervice|[Aa]dministration)\b/u;
// A bullet opening a line of a situation report or a list.
const BULLET_LINE_RE = /^[*•·▪◦‣–—-]\s/;

/**
 * The source a headline or list line names in brackets at its end; on a bullet of a situation
 * report the bracket closes the whole bullet, so it speaks for each sentence of that line.
 */
function bracketedSource(sentences: Sentence[], index: number): Source | null {
  const s = sentences[index];
  let first = index;
  while (first > 0 && sentences[first - 1].line === s.line) first--;
  let last = index;
  while (last + 1 < sentences.length && sentences[last + 1].line === s.line) last++;
  const bullet = BULLET_LINE_RE.test(sentences[first].text);
  if (!s.headline && !isListLine(s) && !bullet) return null;
  const closing = bullet ? sentences[last] : s;
  const m = BRACKETED_SOURCE_RE.exec(closing.text);
  const name = m ? (m[1] ?? m[2]).trim() : '';
  if (!m || !SOURCE_WORD_RE.test(name) || isOutlet(name, closing.text)) return null;
  return { claimant: name, context: name };
}

/** "General Staff: Russia lost 1,830 troops in a day": a headline naming its source first. */
function headlineSource(s: Sentence): Source | null {
  if (!s.headline) return null;
  const m = SOURCE_PREFIX_RE.exec(s.text);
  return m && AGENT_WORD_RE.test(m[1]) ? { claimant: m[1].trim(), context: m[1].trim() } : null;
}

// "| Category (Observatory count) | Figure |", "Source: UN OCHA": a table naming its source.
const TABLE_SOURCE_RE = /\(([^()]{2,60}?)\s+(?:count|counts|figures|data|tally|estimates?)\)|^\s*(?:Source|Sources|Figures)\s*:\s*([^\n|]{2,80})$/im;
// A row of a table: opening with a pipe, or cells between two pipes or more ("Punjab | 64 | 201 | 412").
const TABLE_ROW_RE = /^\s*\||^[^|\n]+\|[^|\n]+\|/;

const SEPARATOR_ROW_RE = /^\s*\|?\s*:?-{2,}/;
const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|');

/**
 * "| Side | Source | Killed |" over "| Ukraine | Zelensky, Feb 2025 | more than 46,000 |": a row's
 * figure is the source the row names in the table's source column (tables.ts).
 */
function sourceColumn(text: string, rowStart: number, row: string): Source | null {
  let header: string | null = null;
  let from = rowStart;
  for (let n = 0; n < TABLE_LOOKBACK_LINES && from > 0; n++) {
    const lineStart = text.lastIndexOf('\n', from - 2) + 1;
    const line = text.slice(lineStart, from).trim();
    if (!TABLE_ROW_RE.test(line)) break;
    if (!SEPARATOR_ROW_RE.test(line)) header = line;
    from = lineStart;
  }
  const name = header ? sourceOfRow(cells(header), cells(row)) : null;
  return name ? { claimant: name, context: name } : null;
}
/** How far above a table row its header or source line may be, in lines. */
const TABLE_LOOKBACK_LINES = 12;

/** The source a table names in its header or a "Source:" line, for a figure in one of its rows. */
// "Estimate - Source - Date": the header of a table set out in lines, its cells between spaced dashes.
const DASH_CELL_SEPARATOR_RE = /\s+[-–—]\s+/;
const SOURCE_HEADER_RE = /^(?:sources?|claimant|by|who says|according to)$/i;

/**
 * A row of a table written as lines of cells between spaced dashes, under a header naming a
 * "Source" column: "About 120,000 Russian deaths - Mediazona and Meduza - mid-2024".
 */
function dashTableSource(text: string, sentences: Sentence[], index: number): Source | null {
  const s = sentences[index];
  let first = index;
  while (first > 0 && sentences[first - 1].block === s.block) first--;
  if (first === index) return null;
  const header = sentences[first].text.split(DASH_CELL_SEPARATOR_RE);
  const column = header.findIndex((cell) => SOURCE_HEADER_RE.test(cell.trim()));
  if (column < 0 || header.length < 2) return null;
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = text.indexOf('\n', s.start);
  const cells = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).split(DASH_CELL_SEPARATOR_RE);
  const name = cells.length === header.length ? cells[column].trim() : '';
  return name && !/\d/.test(name) ? { claimant: name, context: name } : null;
}

function tableSource(text: string, sentences: Sentence[], index: number): Source | null {
  const s = sentences[index];
  if (!s.headline || !TABLE_ROW_RE.test(s.text)) return null;
  const column = sourceColumn(text, s.start, s.text);
  if (column) return column;
  let from = s.start;
  for (let n = 0; n < TABLE_LOOKBACK_LINES && from > 0; n++) {
    const lineStart = text.lastIndexOf('\n', from - 2) + 1;
    const line = text.slice(lineStart, from).trim();
    if (!line) break;
    const title = TABLE_ROW_RE.test(line) ? null : TABLE_TITLE_SOURCE_RE.exec(line);
    if (title) return { claimant: title[1].trim(), context: line };
    const m = TABLE_SOURCE_RE.exec(line);
    if (m) {
      const name = (m[1] ?? m[2]).trim().replace(/^(?:the|an?)\s+/i, '');
      // "(Observatory count)" → "Syrian Observatory for Human Rights" named earlier.
      const expanded = /^\S+$/.test(name) ? expandDefinite(name.toLowerCase(), text.slice(0, lineStart)) : name;
      const claimant = expanded.includes(' ') ? expanded : name;
      return { claimant, context: claimant };
    }
    from = lineStart;
  }
  return null;
}
