/**
 * Decides whether a number counts casualties, and which kind, from its grammatical relation to
 * casualty words — never from mere proximity. A number qualifies when it
 *  - heads a casualty noun ("406 deaths", "563 bodies"),
 *  - is governed by one ("the bodies of 501 soldiers", "the deaths of 19 people"),
 *  - counts victims with a casualty modifier ("500 dead soldiers") or predicate
 *    ("three people were killed", "27 wounded", "Six people who died"),
 *  - is the object of a casualty verb ("killed one person", "killing hundreds of civilians"),
 *  - is the value of a toll or a labelled figure ("the death toll rose to 52", "Killed: 1,204").
 * "11,000 troops are training" and "64 drones" fail every test, which keeps them out.
 */
import { beforeFirst } from './clause-start';
import type { Category, Qualifier } from '../claim';
import { CASUALTY_NOUNS, CASUALTY_STATES, CASUALTY_VERBS, GOVERNING_NOUNS, MILITARY_NOUNS, NON_PERSON_NOUNS, PERSON_NOUNS } from './lexicon';
import type { NumberExpr } from './numbers';
import { counted } from './counted';
import { predicate } from './predicate';
import { labelCategory, labelledCategory, tollOf } from './tolls';
import { sentenceTokens, type Token } from './tokens';

export interface Relation {
  category: Category;
  /** The counted noun phrase after the number ("Russian troops"), possibly empty. */
  victims: Token[];
  head: string | null;
  /** Set when the wording bounds the figure ("the toll passed 30,000" → more_than). */
  qualifier?: Qualifier;
  /** One item of a breakdown under a lead figure or lead line ("(1,347 men, …)", "658 in Latakia"). */
  item?: boolean;
  /** The place label of a breakdown item ("Latakia", "Bashkortostan"). */
  itemPlace?: string | null;
  /**
   * "94 hostages …, of whom at least 34 died": the party and category of the figure the part is
   * of, and its side when the parts are the whole split up (they are on the whole's side).
   */
  whole?: { party: string | null; category: Category; side?: string | null };
}

export interface RelationResult {
  relation: Relation | null;
  /** The number counts things that are not victims ("64 drones", "one woman alive"): never a claim. */
  blocked: boolean;
  victims: Token[];
  head: string | null;
}

const QUOTE_RE = /^["'“”‘’«»]$/;
// Cheap test before the costly toll pattern: does the text before the number name a toll at all?
const LABEL_HINT_RE = /[:|]\s*$/;
const DASH_HINT_RE = /^\s*[—–-]\s/;
const TOLL_HINT_RE = /toll|tally|number|count|figure|estimate|total|death|casualt|loss|fatalit|dead/i;
const RETURN_RE = /\b(?:return|repatriat|hand(?:ed|s|ing)? over|handover|exchang|swap|transfer|recover|retriev|exhum|collect|buri|br(?:ing|ings|inging|ought) (?:home|back))/i;
const AMONG_RE =
  /\bamong (?:the|those) (dead|killed|victims|wounded|injured|missing|fatalities|casualties)\s+(?:were|are|was|is)\s+$|\b(dead|victims|killed|casualties|wounded|injured|toll|figure|tally|fatalities|deaths|injuries) (?:also )?(?:included|include|includes)\s+$/i;
const NOUN_COMMA_RE = /\b(deaths|dead|killed|fatalities|casualties|injured|hurt|wounded|missing|martyrs)\s*,\s*$/i;
// "Of the dead across the province, 273 were men": a breakdown led by the group it splits.
const OF_THE_DEAD_RE = /(?:^|[.;:]\s+|\b)(?:Of|Among) (?:the|those|these) (dead|killed|victims|wounded|injured|hurt|fatalities|casualties|missing)\b[^.;:\d]{0,60},\s*$/;
// "Most of the dead were civilians, he said, including at least nine children": parts of the dead named earlier.
const INCLUDING_DEAD_RE = /\b(?:the|those) (dead|killed|victims|wounded|injured|casualties|martyrs)\b[^.;:\d]{0,70}\bincluding\s+$/i;
// ("260,000 people remain trapped after more than 16 months of siege": held in by the siege too.)
const BESIEGED_RE =
  /\btrapped\s+(?:in|inside|within)\s+(?:the\s+)?(?:besieged\s+|encircled\s+)?(?:city|town|enclave|area|region|country|territory|strip|camps?|villages?|neighbou?rhoods?|district|pocket|\p{Lu})(?![\p{L}'’])|\btrapped\s+(?:after|by|under|amid|during|in)\s+(?:[\p{L}\d-]+\s+){0,5}?(?:siege|blockade|encirclement)\b/u;
// Who takes in the hurt, or what hurt them: a hospital, a named clinic ("St. Luke's"), a strike.
// ("In a single night we received 460 new patients", in a cholera outbreak, counts the sick.)
const TAKES_IN_HURT_RE =
  /\b(?:hospitals?|clinics?|infirmary|medical (?:cent(?:re|er)|facility|point)|trauma|emergency (?:room|department)|wards?|morgue|strikes?|airstrikes?|attacks?|blasts?|explosions?|shelling|shooting|gunshot|gunfire|bombing|crash|collision|fire|stampede|collapse|quake|earthquake|clashes|fighting|raid|injur\w*|wounded|hurt|burns?)\b|\p{Lu}[\p{L}.]*['’]s\b/u;
const ADMITTED_RE = /\b(?:received|admitted|receiving|admitting|took in|has taken in|had taken in)\s+(?:about\s+|some\s+|more than\s+|at least\s+|nearly\s+|over\s+)?$/i;
const IDENTIFIED_RE = /^\s+(?:(?:have|had|has)\s+)?(?:now\s+|so far\s+)?been\s+identified\b/i;
const DIED_WERE_RE = /\b(?:who|that)\s+(?:had\s+)?(?:died|were killed|perished|lost their lives)\s+(?:were|are|included|include|includes)\s+$/i;
const FATE_WORD_RE = /\b(?:killed|dead|died|die|slain|bodies|remains|wounded|injured|hurt|executed|murdered|perished)\b/i;
const ALIVE_RE = /^\s+(?:(?:are|were|is|was)\s+)?(?:still\s+)?(?:(?:believed|thought|presumed|known|said)\s+(?:to\s+be\s+)?(?:still\s+)?)?alive\b/i;
const CAPTIVES_RE = /\b(?:hostages?|captives?|captivity|abducted|kidnapped)\b/i;
// "and taken 26 others prisoner", "took 40 people hostage"
const TAKEN_RE = /\b(?:taken|took|taking|takes|take)\s+$/i;
const TAKEN_AS_RE = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:prisoners?|hostages?|captives?|captive)\b/u;
const FATE_RE = /\bfate of\s+$/i;
// "bringing to 45 the number of people killed", "bring to 15 the number of deceased hostages returned"
const BRING_TO_RE = /\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|take|takes|taking|took|push|pushes|pushing|pushed)\s+to\s+$/i;
const INVERTED_TOLL_RE = /^\s+the\s+(?:(?:overall|total|official|confirmed)\s+)?(?:(number|toll|tally|count|total)\s+of\s+([^.;,]{1,60})|(death toll|toll))/i;

/** What "bring to 15 the number of …" counts: the dead handed back are bodies, else what the phrase names. */
function invertedTollCategory(m: RegExpExecArray): Category | null {
  if (m[3]) return 'killed';
  const phrase = m[2];
  if (/\b(?:deceased|dead|bodies|remains|slain|fallen)\b/i.test(phrase) && /\b(?:returned|repatriated|handed|recovered|brought|released)\b/i.test(phrase)) return 'bodies';
  return labelCategory(phrase);
}
const ILLNESS_RE = /\b(?:malnourished|malnutrition|cholera|measles|sick|ill|fever|dengue|malaria|diarrh\w*|pregnant|dehydrat\w*|covid|flu|infect\w*|disease)\b/i;
// "standards bodies", "the two bodies that maintain the specification": organisations, not corpses.
const ORGANISATION_BODIES_RE =
  /\b(?:standards?|governing|regulatory|professional|sporting|sports|advisory|oversight|legislative|statutory|international|public|representative|accrediting|oversight)\s+bodies\b|\bbodies\s+(?:that|which|who)\s+(?:\w+\s+)?(?:maintain|govern|regulate|oversee|represent|run|set|issue|publish|decide|manage|certify|sign|meet|agreed|voted|disagree|oversaw|funds?)\b|\bbodies\s+(?:of|for)\s+(?:\d[\d,]*\s+)?(?:sports?|professional|trade|industry|standards?)\b/i;
// "those released included 70 men", "the prisoners freed on Sunday were 390 soldiers"
const RELEASED_INCLUDE_RE =
  /\b(?:those|the (?:people|prisoners|captives|soldiers|servicemen|men|hostages|detainees|defenders))\s+(?:released|freed|returned|exchanged|repatriated|swapped|handed over|brought home)\b[^.;:\d]{0,30}?\b(?:included|include|includes|were|are)\s+$/i;
const LIVES_VERB_RE = /^(?:cost|costing|claimed|claiming|took|taking|lost)$/;

const PARTITIVE_RE = /^\s+of\s+(?:the|those|these)\s+(?:[\d,]+\s+)?[\p{L}-]+/u;

/** The verb after the whole of a partitive: past the whole's own casualty word ("of the 30 wounded"). */
function partitivePredicate(rest: Token[], pred: Category | 'blocked' | null): Category | null {
  const first = rest[0]?.lower ?? '';
  const after = CASUALTY_STATES[first] || CASUALTY_NOUNS[first] ? predicate(rest.slice(1)) : pred;
  return after && after !== 'blocked' ? after : null;
}

/** What the words right before the number say: a governing noun or a casualty verb. */
function governingCategory(before: Token[]): Category | null {
  // "the bodies of another 140 servicemen": skip a determiner between the noun and the number.
  const w = before.filter((t) => t.isWord).map((t) => t.lower);
  while (
    w.length > 2 &&
    /^(?:another|a further|further|an additional|additional|other|remaining|some|at|least|over|nearly|about|around|more|than)$/.test(w[w.length - 1]) &&
    w.includes('of')
  )
    w.pop();
  const n = w.length;
  // "injuries to 110 more", "wounds to 12 others": harm done to the people counted.
  if (w[n - 1] === 'to' && /^(?:injuries|wounds|injury)$/.test(w[n - 2] ?? '')) return 'wounded';
  const ofAt = w[n - 1] === 'of' ? n - 1 : w[n - 2] === 'of' && w[n - 1] === 'the' ? n - 2 : -1;
  if (ofAt > 0) {
    const noun = w[ofAt - 1];
    if (noun === 'lives') return LIVES_VERB_RE.test(w[ofAt - 3] ?? '') || LIVES_VERB_RE.test(w[ofAt - 2] ?? '') ? 'killed' : null;
    // Other governing nouns: the lexicon's one table ("the bodies of 501 soldiers").
    if (GOVERNING_NOUNS[noun]) return GOVERNING_NOUNS[noun];
  }
  return null;
}

function verbCategory(before: Token[]): { category: Category; word: string } | null {
  const words = before.filter((t) => !QUOTE_RE.test(t.text));
  const last = words[words.length - 1];
  if (!last?.isWord) return null;
  const w = words.map((t) => t.lower);
  let k = w.length - 1;
  while (k >= 0 && /^(a|total|of|another|the|an|further|additional)$/.test(w[k])) k--;
  // "gunmen shot dead 12 villagers", "police shot and killed two", "shot and wounded six".
  if (w[k] === 'dead' && w[k - 1] === 'shot') return { category: 'killed', word: 'shot' };
  // "killed the village chief and four members of his family": a second object of the same verb.
  if (w[k] === 'and') {
    for (let d = k - 1; d >= Math.max(1, k - 5); d--) {
      if (!/^(?:the|a|an|his|her|their|its)$/.test(w[d])) continue;
      const first = CASUALTY_VERBS[w[d - 1]];
      if (first && !w.slice(d, k).some((x) => /^\d/.test(x))) return { category: first, word: w[d - 1] };
      break;
    }
  }
  const verb = CASUALTY_VERBS[w[k]];
  if (!verb) return null;
  // "killed or wounded 21,000 fighters": one undifferentiated count.
  const other = w[k - 1] === 'or' || w[k - 1] === 'and' ? CASUALTY_VERBS[w[k - 2]] : undefined;
  if (other && other !== verb && ['killed', 'wounded'].includes(other) && ['killed', 'wounded'].includes(verb)) return { category: 'casualties', word: w[k] };
  return { category: verb, word: w[k] };
}

/** Relates the number `expr` in `sentence` to a casualty category, or says why not. */
export function relate(sentence: string, expr: NumberExpr): RelationResult {
  const beforeText = sentence.slice(Math.max(0, expr.start - 200), expr.start);
  const tokens = sentenceTokens(sentence);
  let first = 0;
  while (first < tokens.length && tokens[first].end <= expr.start) first++;
  let next = first;
  while (next < tokens.length && tokens[next].start < expr.end) next++;
  const before = tokens.slice(Math.max(0, first - 12), first);
  const afterText = sentence.slice(expr.end, expr.end + 160);
  const after = tokens.slice(next, next + 24);
  const c = counted(after, expr.kind);
  const headNoun = c.head ? (CASUALTY_NOUNS[c.head] ?? personnelLosses(c.victims)) : undefined;
  // "500 dead soldiers" counts people; "17 dead handlers" does not.
  const modifiesThing = !!c.modifier && !!c.head && !headNoun && !PERSON_NOUNS.has(c.head) && !c.victims[c.victims.length - 1]?.capitalized;
  const nonPerson = (!!c.head && !headNoun && NON_PERSON_NOUNS.has(c.head)) || modifiesThing;
  // "hundreds more face death within days": "face" read as the counted noun, yet a warning (the
  // predicate catches "children face death").
  if (/^\s+(?:more\s+|others?\s+)?(?:face|faces|risk|risks)\s+(?:death|starvation|famine|execution)\b/i.test(afterText))
    return { victims: c.victims, head: c.head, blocked: true, relation: null };
  // "bringing to 45 the number of people killed": the toll after the figure says what it counts,
  // and is no counted noun phrase ("the number" is nobody).
  const inverted = BRING_TO_RE.test(beforeText.slice(-40)) ? INVERTED_TOLL_RE.exec(afterText) : null;
  const invertedCategory = inverted ? invertedTollCategory(inverted) : null;
  if (invertedCategory) return { victims: [], head: null, blocked: false, relation: { category: invertedCategory, victims: [], head: null } };
  let pred = predicate(c.rest, c.head);
  // "Fire toll rises to 58 as injured teenager dies": the toll's value; the clause after "as" is another's.
  if (pred && !c.head && /^\s+(?:as|after|while|when|since|because)\s/i.test(afterText) && TOLL_HINT_RE.test(beforeText) && tollOf(beforeText)) pred = null;
  // "48 hostages remained: 20 believed alive and 28 believed dead": the living are still held
  // (elsewhere "found alive" is nobody's loss).
  if (pred === 'blocked' && !c.head && ALIVE_RE.test(afterText) && CAPTIVES_RE.test(sentence)) pred = 'captured';
  // "out of action" is said of reactors and tanks too: only a count of people is a casualty figure.
  if (pred === 'casualties' && /\bout of action\b/.test(afterText) && !(c.head && (MILITARY_NOUNS.has(c.head) || PERSON_NOUNS.has(c.head)))) pred = null;
  if (nonPerson || (pred === 'blocked' && !c.modifier && !headNoun)) return { victims: c.victims, head: c.head, blocked: true, relation: null };

  // "officers rescued six of those abducted": the people saved, not the casualties.
  if (/\b(?:rescued|saved)\s+$/i.test(beforeText)) return { victims: c.victims, head: c.head, blocked: true, relation: null };
  const governed = governingCategory(before);
  // "killed six background jobs": a casualty verb's object must be people (or unnamed, or a name).
  const objectIsPeople =
    !c.head ||
    !!headNoun ||
    PERSON_NOUNS.has(c.head) ||
    MILITARY_NOUNS.has(c.head) ||
    c.victims.some((t) => t.capitalized) ||
    /(?:men|women|people|ers|ists|ians|ees)$/.test(c.head);
  // "St. Luke's received seven patients": a hospital taking in the hurt (elsewhere a camp
  // "received 3,000 refugees" counts no casualties, so only patients).
  const verb = objectIsPeople
    ? (verbCategory(before) ??
      (c.head === 'patients' && ADMITTED_RE.test(beforeText) && TAKES_IN_HURT_RE.test(`${beforeText} ${c.victims.map((t) => t.text).join(' ')} ${afterText}`)
        ? { category: 'wounded' as const, word: 'received' }
        : null))
    : null;
  const toll = TOLL_HINT_RE.test(beforeText) ? tollOf(beforeText) : null;
  // "victims" says nothing of their fate when a predicate does: "12 victims were taken to hospital".
  const prisonersOfWar = c.head === 'prisoners' && c.rest[0]?.lower === 'of' && c.rest[1]?.lower === 'war';
  // "41 hostages were killed in captivity", "28 hostages believed dead": captives whose death (or
  // wounds) the predicate reports are counted as dead, not as held.
  // ("Four of the 15 hostages were killed": the verb is the part's; the 15 stay hostages, unless a
  // relative clause says it of them: "15 of the 28 hostages who were believed dead".)
  const wholeOfPart = /\bof\s+(?:the|these|those)\s+$/i.test(beforeText) && !/^(?:who|that|which)$/.test(c.rest[0]?.lower ?? '');
  // The verb must be the figure's own, before any other figure: "80 hostages remain …, and at
  // least 20 of those are no longer alive" keeps the 80 held.
  const ownClause = beforeFirst(afterText, /\d|\band that\b|;/);
  const capturedButHurt =
    (headNoun === 'captured' || prisonersOfWar) && !wholeOfPart && (pred === 'killed' || pred === 'bodies' || pred === 'wounded') && FATE_WORD_RE.test(ownClause);
  // "the 28 deceased captives", "dead hostages": captives the modifier says are dead.
  const deadCaptives = headNoun === 'captured' && c.modifier === 'killed';
  // "two wounded pupils died", "three injured soldiers later died": the verb tells their fate.
  const modifier = c.modifier === 'wounded' && pred === 'killed' ? 'killed' : c.modifier;
  const ownNoun = capturedButHurt || deadCaptives || (c.head === 'victims' && pred && pred !== 'blocked') ? undefined : prisonersOfWar ? 'captured' : headNoun;
  // "Four of the 15 hostages were killed", "Twelve of the 30 wounded later died": what happened to
  // the part is its verb's, not the whole's noun (the whole is its own figure).
  const partOf = PARTITIVE_RE.test(afterText) ? partitivePredicate(c.rest, pred) : null;
  let category: Category | null =
    // "the bodies of 15 of the 28 hostages who died": the noun before the part governs it.
    (governed === 'bodies' ? governed : null) ??
    partOf ??
    // "claimed the lives of 112 civilians …, and 684 people have been wounded": the noun that
    // governs the figure says what it counts; a verb further on belongs to another clause.
    governed ??
    ownNoun ??
    modifier ??
    (pred === 'blocked' ? null : pred) ??
    governed ??
    verb?.category ??
    toll?.category ??
    (LABEL_HINT_RE.test(beforeText) || DASH_HINT_RE.test(afterText) ? labelledCategory(beforeText, afterText) : null);
  if (!category) {
    const near = beforeText.slice(-50);
    const among = AMONG_RE.exec(near) ?? NOUN_COMMA_RE.exec(near) ?? INCLUDING_DEAD_RE.exec(beforeText.slice(-110)) ?? OF_THE_DEAD_RE.exec(beforeText.slice(-120));
    if (among) category = CASUALTY_NOUNS[(among[1] ?? among[2]).toLowerCase()] ?? CASUALTY_STATES[(among[1] ?? among[2]).toLowerCase()] ?? 'killed';
    else if (TAKEN_RE.test(near) && TAKEN_AS_RE.test(afterText)) category = 'captured';
    // "The passengers who died were 169 Indians, 53 Britons …": the dead named by what they were.
    else if (DIED_WERE_RE.test(near)) category = 'killed';
    // "Of the 6,000 bodies handed over, around 1,200 had been identified": bodies named.
    else if (IDENTIFIED_RE.test(afterText) && /\b(?:bodies|remains|corpses|dead|victims)\b/i.test(sentence)) category = 'bodies';
    else if (FATE_RE.test(near)) category = 'missing';
    else if (RELEASED_INCLUDE_RE.test(near)) category = 'captured';
    else if (
      // "claimed 1,600 lives", "claimed 1,600 civilian lives"
      (c.head === 'lives' || /^\s+[\p{L}-]+\s+lives\b/u.test(afterText)) &&
      (LIVES_VERB_RE.test(before[before.length - 1]?.lower ?? '') || /^\s+(?:[\p{L}-]+\s+)?lives\s+(?:were|have been|had been)?\s*lost/u.test(afterText))
    )
      category = 'killed';
  }
  if (!category) return { victims: c.victims, head: c.head, blocked: false, relation: null };
  // "treated 1,200 malnourished children", "admitted 300 cholera patients": the sick, not the wounded.
  if (
    category === 'wounded' &&
    ILLNESS_RE.test(`${c.victims.map((t) => t.lower).join(' ')} ${afterText.slice(0, 40)}`) &&
    // Heatstroke and hypothermia are what a heatwave or a cold snap does to people: its injured.
    !/injur|wound|burn|trauma|gunshot|shrapnel|heat\s?stroke|hypothermia|frostbite/i.test(afterText.slice(0, 60))
  )
    return { victims: c.victims, head: c.head, blocked: false, relation: null };
  // "260,000 people … remain trapped inside the city": a besieged population, not people lost
  // under rubble or in a flood.
  if (category === 'missing' && BESIEGED_RE.test(afterText.slice(0, 120))) return { victims: c.victims, head: c.head, blocked: true, relation: null };
  if (category === 'bodies' && ORGANISATION_BODIES_RE.test(beforeText.slice(-40) + ' ' + sentence.slice(expr.start, expr.end) + afterText.slice(0, 50)))
    return { victims: c.victims, head: c.head, blocked: true, relation: null };
  if (c.head === 'lives' && category !== 'killed') return { victims: c.victims, head: c.head, blocked: false, relation: null };
  if (category === 'killed' && c.modifier === 'killed' && RETURN_RE.test(sentence)) category = 'bodies';
  // "Russia lost 1,830 troops": military losses are killed and wounded together.
  if (verb && /^los[te]|^losing$/.test(verb.word) && category === 'casualties' && !(c.head && MILITARY_NOUNS.has(c.head))) category = 'killed';
  const relation: Relation = { category, victims: c.victims, head: c.head };
  if (toll?.qualifier && category === toll.category) relation.qualifier = toll.qualifier;
  return { victims: c.victims, head: c.head, blocked: false, relation };
}

/**
 * "991,820 personnel losses", "1,100 troop losses": an army's killed and wounded together. Losses
 * alone may be of tanks or money; only a word for people before it makes them casualties.
 */
function personnelLosses(victims: readonly Token[]): Category | undefined {
  const n = victims.length;
  return n >= 2 && victims[n - 1].lower === 'losses' && /^(?:personnel|troop|manpower|human|combat)$/.test(victims[n - 2].lower) ? 'casualties' : undefined;
}
