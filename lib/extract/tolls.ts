/**
 * Figures given as the value of a toll or a label rather than as a counted noun:
 * "the death toll rose to 52", "the number of Palestinians killed … passed 30,000",
 * "combatant deaths may have run between 100,000 and 200,000", "Killed: 12,456",
 * "| Civilians killed | 1,383 |", "12,654 — civilians killed".
 */
import type { Category, Qualifier } from '../claim';
import { CASUALTY_NOUNS, CASUALTY_STATES } from './lexicon';

const TOLL_RE = new RegExp(
  '\\b(death toll|toll|tally|' +
    "(?:number|numbers|count|figure|estimate|total)s?(?: of)? (?:[\\p{L}'’-]+ ){0,5}?(?:dead|deaths|killed|died|fatalities|casualties|injured|wounded|missing|bodies|victims|martyrs)|" +
    '(?:death|casualty|injury|fatality) (?:count|figure|tally|toll)|' +
    '(?:deaths|casualties|losses|fatalities|dead)(?: (?:had|have|has|may have|could have|might have|would have))?)' +
    // (A decimal point is no sentence end: "the toll from the magnitude 7.7 quake rose to".)
    '\\b((?:[^.;!?]|(?<=\\d)\\.(?=\\d)){0,160})$',
  'iu',
);
const LINK_RE =
  /(?:\b(?:to|at|of|is|was|are|were|be|reached|reaches|reach|hit|hits|pass|passed|passes|tops?|exceed|surpass|nears?|surpassed|surpasses|exceeded|exceeds|topped|tops|above|over|stands at|stood at|now|nearly|run|ran|numbered|totalled|totaled|totals|beyond|past|range from|ranges from|ranged from|ranging from|averaged|averaging|averages|average|(?:running|ran|runs|run) at(?: (?:about|around|roughly|some|nearly|more than|over))?|somewhere|anywhere|(?:revised|lowered|raised|corrected|cut|adjusted|brought)(?: (?:down|up|upwards?|downwards?))? from)|:|\s[—–])\s*$/i;
const MORE_THAN_RE = /\b(?:pass|tops?|exceed|surpass|passed|passes|surpassed|surpasses|exceeded|exceeds|topped|tops|above|over|beyond|past)\s*$/i;
// Verbs that must separate a bare casualty noun from its value ("deaths had exceeded 700,000").
// (An aside may come between: "Russian casualties, killed and wounded together, averaged around 1,500";
// and a name in brackets: "losses in the zone of the Yug (South) battlegroup reached".)
const NOUN_SUBJECT_LINK_RE =
  /^\s*(?:,[^,.;:!?\d]{1,50},\s*)?(?:[\p{L}-]+\s+|\([\p{L} -]{1,30}\)\s+){0,10}?(?:reached|reach|reaches|pass|passes|passed|surpass|surpasses|surpassed|exceed|exceeds|exceeded|top|tops|topped|near|nears|hit|hits|run|ran|numbered|totalled|totaled|stood at|stand at|stands at|rose to|risen to|climbed to|to|at|were|was|are|is|of|range from|ranges from|ranged from|ranging from|averaged|averaging|averages|average|(?:running|ran|runs|run) at(?: (?:about|around|roughly|some|nearly|more than|over))?|(?:was|is|were|are|be) (?:somewhere|anywhere))\s*$/iu;

export interface Toll {
  category: Category;
  qualifier?: Qualifier;
}

function categoryOf(phrase: string): Category {
  const p = phrase.toLowerCase();
  if (/casualt|losses/.test(p)) return 'casualties';
  if (/injur|wound/.test(p)) return 'wounded';
  if (/missing/.test(p)) return 'missing';
  if (/bodies/.test(p)) return 'bodies';
  return 'killed';
}

// "crop losses", "economic losses": what was lost is not people.
const THING_LOSSES_RE =
  /\b(?:crop|crops|harvest|economic|financial|property|material|revenue|income|job|jobs|trade|export|insured|power|heat|weight|territorial|equipment|hardware|vehicle|tank|aircraft)\s+losses$/i;

const EVENT_COUNT_RE = /\b(?:attacks|incidents|strikes|raids|events|violations|explosions|bombings|shootings) (?:that|which)\b/i;

/** Most toll words tried before a number, nearest last ("400,000 casualties, with deaths in the range of"). */
const MAX_TOLL_TRIES = 4;

export function tollOf(beforeText: string): Toll | null {
  let from = 0;
  for (let n = 0; n < MAX_TOLL_TRIES; n++) {
    const m = TOLL_RE.exec(beforeText.slice(from));
    if (!m) return null;
    const toll = tollAt(beforeText, from, m);
    if (toll) return toll;
    // A later toll word, nearer the number, may be the one the value belongs to.
    from += m.index + m[1].length;
  }
  return null;
}

// "put the real number of dead as high as 150,000": the value follows "put … number" with no link word.
const PUT_INSIDE_RE = /\bput(?:s|ting)?\s+(?:the|its|their)\s+/i;
const PUT_BEFORE_RE = /\bput(?:s|ting)?\s+(?:the|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

function tollAt(beforeText: string, from: number, m: RegExpExecArray): Toll | null {
  const put = /^\s*$/.test(m[2]) && (PUT_BEFORE_RE.test(beforeText.slice(0, from + m.index)) || PUT_INSIDE_RE.test(m[1]));
  // ('the toll stood at "at least 420"': the value quoted.)
  if (!put && !LINK_RE.test(m[2].replace(/\s*["“‘']$/, ''))) return null;
  if (/^losses/i.test(m[1]) && THING_LOSSES_RE.test(beforeText.slice(0, from + m.index + m[1].length))) return null;
  // "the number of settler attacks that caused casualties": a count of events, not of people.
  if (EVENT_COUNT_RE.test(m[1])) return null;
  // The value must belong to this toll, not to a later clause with its own number.
  const between = withoutDates(m[2]);
  if (/\d/.test(between)) return null;
  const bareNoun = /^(?:deaths|casualties|losses|fatalities|dead)\b/i.test(m[1]);
  if (bareNoun && !NOUN_SUBJECT_LINK_RE.test(between)) return null;
  // "an estimate of Russian killed and wounded combined, put the total at …"
  // ("a daily tally of Russian "personnel losses", which passed …": an army's killed and wounded.)
  const both = /\b(?:killed|dead|deaths) (?:and|or) (?:wounded|injured)\b|\b(?:personnel|troop|manpower) losses\b/i.test(m[0]);
  return { category: both ? 'casualties' : categoryOf(m[1]), qualifier: MORE_THAN_RE.test(m[2]) ? 'more_than' : undefined };
}

/** The words between a toll and its value without the dates, times and rates they may hold ("since 24 February 2022 rose to"). */
export function withoutDates(between: string): string {
  return (
    between
      // "the death toll from Friday's magnitude 7.7 earthquake rose to": a quake's size, no figure.
      .replace(/\bmagnitude[-\s]+\d+(?:\.\d+)?|\b\d+(?:\.\d+)?[-\s]magnitude\b/gi, '')
      .replace(/\b(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b/gi, '')
      .replace(/\d[\d.,]*\s*(?:to\s*\d[\d.,]*\s*)?(?:times|per ?cent|%)/g, '')
      .replace(/\b(?:1[89]|20)\d\d\b|\d+[-–]\p{L}+|\b\d{1,2}(?:st|nd|rd|th)?\s+(?=[A-Z][a-z]+)|:\d\d/gu, '')
      .replace(/\s{2,}/g, ' ')
  );
}

const LABEL_BEFORE_RE = /(?:^|[|•·*]\s*|^\s*[-–]\s+)([^|:.;]{1,60}?)\s*[:|]\s*$/u;
const LABEL_AFTER_RE = /^\s*[—–-]\s+([^.;|]{1,60})/u;
const NAME_START_RE = /^\p{Lu}\p{Ll}+\s+\p{Lu}/u;
const CAPTIVE_RE = /\b(?:hostages?|captivity|captive|prisoners?|pows?)\b/i;

const THING_LABEL_RE =
  /^(?:aid\s+|supply\s+|fuel\s+)?(?:trucks?|lorries|drones?|missiles?|rockets?|shells?|vehicles?|tanks?|convoys?|cars?|aircraft|boats?|ships?|tents?|meals?|surgeries|operations)\b/i;

/** Category named by a label segment ("Children killed", "Taken hostage"), if any. */
export function labelCategory(segment: string): Category | null {
  // "Aid trucks admitted", "Drones destroyed": a label about things leads with them ("Killed in
  // strikes" leads with its casualty word).
  if (THING_LABEL_RE.test(segment.trim())) return null;
  if (CAPTIVE_RE.test(segment)) return 'captured';
  const found = new Set<Category>();
  for (const w of segment.toLowerCase().match(/[\p{L}'’]+/gu) ?? []) {
    const c = CASUALTY_NOUNS[w] ?? CASUALTY_STATES[w] ?? (w === 'losses' ? 'casualties' : undefined);
    if (c) found.add(c);
  }
  if (found.has('casualties') || (found.has('killed') && found.has('wounded'))) return 'casualties';
  return found.values().next().value ?? null;
}

/** "Killed on 7 October: about 1,200", "| Wounded | 3,400 |", "3. Around 95,000 — Russian soldiers confirmed dead". */
export function labelledCategory(beforeText: string, afterText: string): Category | null {
  const b = LABEL_BEFORE_RE.exec(beforeText.slice(-70));
  if (b) {
    const c = labelCategory(b[1]);
    if (c) return c;
  }
  const a = LABEL_AFTER_RE.exec(afterText);
  // ("52,000 to 70,000 - Northfield Casualty Project - mid-2025": a name in the next cell, no label.)
  return a && !NAME_START_RE.test(a[1]) ? labelCategory(a[1]) : null;
}
