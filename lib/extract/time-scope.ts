/**
 * Running total or single incident. Cumulative wording ("since the invasion", "so far", "in total",
 * "the death toll has risen to") wins over incident wording ("on Friday", "in the strike").
 */
import { caseless } from './caseless';
import { RECENT_SENTENCES, RecentCache } from './recent-cache';
import { afterLastOf } from './clause-start';
import type { TimeScope } from '../claim';

const CUMULATIVE_RE = caseless(
  /\b(?:since (?:the (?:start|beginning|outbreak)(?! of (?:the |this )?(?:year|month|week|season|rainy season|monsoon|summer|winter))|the (?:full-scale )?(?:invasion|war|conflict)|(?:\p{Lu}[\p{L}'’]*\s+)?(?:full-scale )?(?:invasion|war|offensive)|(?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}))|so far|in total|to date|overall|cumulative|throughout the (?:war|conflict)|(?:(?:death )?toll|total)\b[^.;:]{0,80}?\b(?:has |had )?(?:risen|rose|climbed|reached|increased|jumped|passed|passes|surpassed|tops|topped|now stands|stands)|running total|over the course of the war|since it began|bringing (?:the|its|their|his|her) (?:[\p{L}'’-]+ ){0,5}(?:to|past))\b/iu,
);
const EVENT_RE =
  /\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:in|over|during) the (?:past|last|previous) (?:24 hours|day|night)|in a single day|in a day|in the hours (?:before|after)|at the scene|on the spot|overnight|yesterday|last night|this morning|a day earlier|in (?:the|a|an|this|that) (?:\S+ ){0,2}?(?:strike|attack|blast|explosion|shelling|bombing|airstrike|air strike|raid|ambush|shooting|crash|collision|fire|quake|earthquake|flood|landslide|stampede|assault|incident)|when (?:a|an|the) )/i;

/**
 * The scope of one figure: its own clause decides first, so "lost 1,500 troops in the past 24 hours,
 * bringing its count to more than 700,000" reads as one day's loss and then a running total.
 * Commas inside numbers ("1,500") are not clause breaks.
 */
export function timeScopeAt(sentence: string, start: number, end: number): TimeScope | null {
  const before = sentence.slice(0, start);
  const from = Math.max(afterLastOf(before, ';:—–'), lastClauseComma(before));
  const rest = sentence.slice(end);
  const stop = rest.search(/[;:—–]|,(?!\d)/);
  const clause = sentence.slice(from, stop < 0 ? sentence.length : end + stop);
  // "…the deadliest since 2001, when 60 people died in a blaze": the clause tells of one past
  // incident (not "in 2022, when the minister said 5,937 had died": a count given then).
  if (
    /^\s*when\s/i.test(clause) &&
    /\b(?:since|in) (?:19|20)\d\d,\s*$/.test(sentence.slice(0, from)) &&
    !/\b(?:said|says|acknowledged|reported|announced|put|gave|admitted)\b/i.test(clause)
  )
    return timeScopeOf(clause) ?? 'event';
  return timeScopeOf(clause) ?? timeScopeOf(sentence);
}

function lastClauseComma(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (text[i] === ',' && !/\d/.test(text[i + 1] ?? '')) return i + 1;
  return 0;
}

// Since the war or disaster began: beats any period wording in the same clause.
const WAR_LONG_RE = caseless(
  /\b(?:since the (?:[\p{L}\d]+ ){0,2}coup\b|bringing (?:the|its|their|his|her) (?:[\p{L}'’-]+ ){0,8}(?:to|past)|(?:put|puts|raised|raises|brings?) (?:the|its) (?:overall |running )?total (?:at|to)|(?:has|have) now (?:identified|risen|reached|passed|documented|recorded|counted|confirmed)|since (?:the (?:start|beginning|outbreak) of(?! (?:the |this )?(?:year|month|week|season|rainy season|monsoon|summer|winter))|the (?:full-scale )?(?:invasion|war|conflict)\b|(?:\p{Lu}[\p{L}'’]*\s+)?(?:full-scale )?(?:invasion|war)\b|it began)|throughout the (?:war|conflict)|over the course of the war|(?:so far|to date) (?:in|of) the (?:war|conflict)|since (?:october 7|7 october|oct\. 7)\b|since (?!the (?:ceasefire|truce))(?:[\p{L}'’-]+ ){1,8}(?:began|started|erupted|broke out)\b)/iu,
);
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/**
 * A total for a stated stretch that does not start with the war: "this month", "last week", "in
 * 2023", "in the first three months of the year", "since Sunday", "since the fall of Assad",
 * "between January and March", "in the past week". "In the past 24 hours" is one day: an event.
 */
const PERIOD_RE = new RegExp(
  `\\b(?:(?:this|last|past|previous) (?:week|month|year|quarter|weekend)(?!['’]s)|since (?:the (?:end|middle|start|beginning) of |late |early |mid-?)(?:${MONTHS})\\b|since the (?:start|beginning) of (?:the |this )?(?:year|month|week|season|rainy season|monsoon)|(?:first|second|third|fourth|last) quarter|(?:in|during|over) (?:the|that) (?:same )?period|(?:in|over|during) the (?:past|last|previous|first|second|third|same) (?:(?:few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+) )?(?:weeks?|months?|years?|quarters?|half)\\b|in the (?:first|second|third|fourth|last) (?:quarter|half|three months|six months|months?|weeks?)|` +
    `(?:in|during|for|throughout|over) (?:the month of )?(?:${MONTHS})\\b(?! \\d{1,2}\\b)|(?:in|during|throughout) (?:(?:${MONTHS}) )?(?:19|20)\\d\\d\\b|(?:in|during|for|over) (?:all|the whole|the entirety|the course) of (?:19|20)\\d\\d\\b|` +
    'since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last (?:week|month|year)|the (?:fall|collapse|ouster|overthrow|ceasefire|truce|start of (?:the|this) (?:year|month|week))|the beginning of (?:the|this) (?:year|month))|' +
    `between (?:\\d{1,2} )?(?:${MONTHS})(?: \\d{1,2})?(?:,? (?:19|20)\\d\\d)? and (?:\\d{1,2} )?(?:${MONTHS})|from (?:${MONTHS}) (?:to|through|until) (?:${MONTHS}))\\b`,
  'i',
);

// "…, the ministry said on Friday": when the figure was given, not when the deaths happened.
const REPORTED_ON_RE =
  /\b(?:said|says|announced|reported|added|stated|wrote|posted|confirmed|published|released|updated|told (?:\S+ ){1,2}?)(?: (?:\S+ ){0,3}?)?(?:on|late on|early on|late|early)? ?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;

const scopeMemo = new RecentCache<string, TimeScope | null>(RECENT_SENTENCES);
const WEEKDAY_RE = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;

/** Scope of a clause or sentence (kept per text: a sentence with several figures is read once). */
export function timeScopeOf(text: string): TimeScope | null {
  return scopeMemo.get(text, scopeOfText);
}

// "the toll from Tuesday's pager explosions had risen to 12": the running toll of one incident.
const INCIDENT_TOLL_RE = caseless(
  /\btoll (?:from|in|of) (?:[\p{L}'’-]+ ){0,3}?(?:strike|attack|blast|explosion|bombing|shooting|crash|collision|raid|ambush|stampede|massacre|derailment|sinking|capsizing)s?\b/iu,
);
// "In February, the president said …", "last month a Nato source put the numbers at …": when the
// figure was given, not the stretch it covers.
const REPORTED_IN_RE = new RegExp(
  // The second form only at the head of a clause: in "killed this month, the mission said" the month is the period.
  `(?:\\b(?:in|on|during) (?:${MONTHS})(?: \\d{4})?,|(?:^\\s*|[,;]\\s*|\\b(?:and|but|while|yet)\\s+)(?:last|earlier this|this) (?:week|month|year),?)\\s+[^,.;]{0,60}?\\b(?:said|says|announced|reported|told|stated|declared|wrote|put|puts|estimated|estimates)\\b`,
  'gi',
);

const AS_OF_RE = /\bas of (?:this|last) (?:week|month|year)\b/gi;

function scopeOfText(text: string): TimeScope | null {
  let sentence = WEEKDAY_RE.test(text) ? text.replace(REPORTED_ON_RE, '') : text;
  // "As of this week the list held 45,123 names": the date of the reading, not a stretch counted.
  sentence = sentence.replace(REPORTED_IN_RE, '').replace(AS_OF_RE, '');
  // (Tested once: the longest of these patterns.)
  const sinceTheWar = WAR_LONG_RE.test(sentence);
  if (INCIDENT_TOLL_RE.test(sentence) && !sinceTheWar) return 'event';
  if (sinceTheWar) return 'cumulative';
  if (PERIOD_RE.test(sentence) && !/\b(?:in|over|during) the (?:past|last) (?:24|48|twenty-four) hours\b/i.test(sentence)) return 'period';
  if (CUMULATIVE_RE.test(sentence)) return 'cumulative';
  if (EVENT_RE.test(sentence)) return 'event';
  return null;
}
