/**
 * Shapes of numbers that are never casualty counts whatever words surround them: dates, times,
 * ages, percentages, money, compound modifiers ("50-day", "two-child"), vote tallies, years.
 */
import { CASUALTY_NOUNS, CASUALTY_STATES, PERSON_NOUNS } from './lexicon';
import type { NumberExpr } from './numbers';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_BEFORE_RE = new RegExp(`\\b${MONTH}\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|to|or|-|–|,)\\s*)?$`, 'i');
const MONTH_AFTER_RE = new RegExp(`^\\s+${MONTH}\\b`, 'i');
const AFTER_RE =
  /^(?:[-–]\p{L}|\/\d|\s*(?:%|percent\b|per\s+cent\b|°|degrees\b|[CF]\b)|:\d\d|\s*(?:a\.?m\.?|p\.?m\.?|gmt|utc|edt|est|bst|cet|o['’]clock)\b|\s*(?:years?|yrs?)[\s-]+old\b|(?:th|st|nd|rd)\b|\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred|hundred|a\s+thousand)\b)/iu;
const BEFORE_RE =
  /(?:[$£€¥₴₽]\s*|\b(?:aged|age|ages|age of|ages of|no\.|(?<!\b(?:that|this|the|a|total|same)\s)number|vote[sd]?|voting|by a vote of|page|chapter|article|resolution|route|flight)\s+|\b(?:Sector|Block|Zone|Gate|Ward|Platform|Camp|Building|Hall|Checkpoint|Unit|Highway|Road|Street|District|Area|Phase|Level|Terminal|Bay|Grid)\s+)$/i;
const AGE_APPOSITION_BEFORE_RE = /\p{L},\s*$/u;
// "three men, aged 24, 31 and 45": every number of the list is an age.
const AGED_LIST_RE = /\b(?:aged|ages)\s+(?:between\s+)?(?:\d{1,3}\s*(?:,|and|to|or|-|–)\s*)+$/i;
// "Star dead at 69", "dies at 84", "died aged 90": an age.
const DIED_AT_RE = /\b(?:dead|dies|died|death|passes away|passed away)\s+(?:at|aged)\s+$/i;

const AGE_BOUND_BEFORE_RE =
  /\b(?:people|persons|those|men|women|residents|adults|patients|victims|anyone|children|kids|infants|everyone|civilians)\s+(?:aged\s+)?(?:over|under|above|below|older than|younger than|over the age of|under the age of)\s*$/i;

const YEAR_PREPOSITION_RE = /\b(?:in|since|during|until|till|by|from|before|after|through|throughout)\s+(?:early\s+|late\s+|mid-)?$/i;

// ("15 bodies for every deceased hostage returned": a swap's ratio; "waiting for every scrap of news" is none.)
// "428 head of livestock killed": animals counted by the head.
const HEAD_OF_ANIMALS_RE = /^\s+head\s+of\s+(?:livestock|cattle|sheep|goats|animals|camels|poultry)\b/i;
const RATE_AFTER_RE =
  /^[^.;:\d]{0,60}\bfor (?:every (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|single|(?:(?:deceased|dead|living|slain)\s+)?(?:hostage|captive|prisoner|soldier|civilian|body|person|detainee|fighter))|each (?:one|\d+|single|[\p{L}-]+))\b/iu;
const ABUSE_AFTER_RE =
  /^\s+(?:[\p{L}-]+\s+)?(?:victims|survivors|cases) of (?:[\p{L}-]+\s+){0,2}?(?:sexual|gender-based)\s+violence\b|^\s+(?:[\p{L}-]+\s+)?(?:victims|survivors) of (?:rape|trafficking|torture)\b/iu;

/** True when `expr` (found in `text`) is a date, time, age, amount, ordinal or modifier. */
export function isNonCasualtyShape(text: string, expr: NumberExpr): boolean {
  const before = text.slice(Math.max(0, expr.start - 40), expr.start);
  const after = text.slice(expr.end, expr.end + 24);
  // An age list is written in digits ("aged 24, 31 and 45"); "aged 18 to 24 and nine were …" goes on with a count.
  if (HEAD_OF_ANIMALS_RE.test(after)) return true;
  if (AFTER_RE.test(after) || BEFORE_RE.test(before) || (expr.kind === 'digits' && AGED_LIST_RE.test(before))) return true;
  if (expr.count <= 120 && DIED_AT_RE.test(before) && !/\b(?:number|toll|count|tally|total|figure|the)\s+(?:of\s+(?:the\s+)?)?dead\s+at\s+$/i.test(before)) return true;
  if (expr.count <= 31 && (MONTH_BEFORE_RE.test(before) || MONTH_AFTER_RE.test(after))) return true;
  // "no one has been killed"
  if (/\bno\s+$/i.test(before)) return true;
  // "people over 60 made up most of the dead", "children under five": an age bound, not a count.
  // The bound word may be read into the figure ("over 60" as "more than 60").
  const bound = /^(?:over|under|above|below)\s+/i.exec(text.slice(expr.start, expr.end))?.[0] ?? '';
  if (expr.count <= 120 && AGE_BOUND_BEFORE_RE.test(before + bound)) return true;
  // "defines it as one in which …": "one" standing for a thing already named.
  if (/^one$/i.test(text.slice(expr.start, expr.end)) && /^\s+(?:in which|where|that|which)\b/i.test(after)) return true;
  // "a mass shooting is one in which four or more people are shot": a threshold, not a count.
  if ((/^\s+or\s+more\b/i.test(after) || /\bor\s+more$/i.test(text.slice(expr.start, expr.end))) && /\b(?:in which|where|with|involving|when|if|of)\s+$/i.test(before)) return true;
  // "A Thousand Deaths of a Quiet Town": a title, not a toll.
  if (expr.kind === 'words' && /^\s+(?:Deaths|Lives|Murders|Killings|Graves|Funerals)\s+(?:of|for)\s+(?:a|an|the|my|our)\s+\p{Lu}/u.test(after)) return true;
  // "three or four soldiers are wounded for every one killed": a ratio, not a count.
  // "one dead for every three wounded", "195 bodies, 15 for each hostage body returned": rates too.
  // (The cheap word tests first: these run on every number of every candidate sentence.)
  const tail = text.slice(expr.end, expr.end + 80);
  if (/\bfor (?:every|each)\s+$/i.test(before) || (/ for (?:every|each) /i.test(tail) && RATE_AFTER_RE.test(tail))) return true;
  // "96 victims of conflict-related sexual violence": survivors of abuse, not killed or wounded.
  if (/violence|rape|trafficking|torture/i.test(tail) && ABUSE_AFTER_RE.test(tail)) return true;
  // "one in ten", "three out of four": proportions.
  if (/\b(?:one|a|\d+)\s+(?:in|out\s+of)\s+$/i.test(before)) return true;
  // "Girl, 9, critically injured": a small bare number between commas after a word is an age.
  if (expr.count <= 120 && expr.kind === 'digits' && expr.qualifier === 'exact' && AGE_APPOSITION_BEFORE_RE.test(before) && /^\s*,/.test(after)) return true;
  const figure = text.slice(expr.start, expr.end);
  // A year ("in 2022", "between 2011 and …") unless it directly counts people ("2000 people", "1900 dead").
  const next = /^\s+([\p{L}]+)/u.exec(after)?.[1].toLowerCase() ?? '';
  if (/^(1[89]\d\d|20\d\d)$/.test(figure)) {
    // "a blaze in 2005 killed 17 people": after a preposition of time it is the year, whatever verb follows.
    // "In 2019 insurgents beheaded …": a sentence opened by a year is dated by it.
    if (/^\s*(?:In|Since|By|During|Until)\s+$/.test(text.slice(0, expr.start))) return true;
    if (YEAR_PREPOSITION_RE.test(before)) return !PERSON_NOUNS.has(next);
    if (!(PERSON_NOUNS.has(next) || CASUALTY_NOUNS[next] || CASUALTY_STATES[next])) return true;
  }
  // Decimals count people only with a scale word ("1.5 million"): "a 5.9 quake" is a magnitude.
  if (/\d\.\d/.test(figure) && !/million|billion|thousand/i.test(figure)) return true;
  return false;
}
