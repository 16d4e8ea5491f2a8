/**
 * What the text says happened to a counted group, read from the words after it:
 * "were reportedly killed", "died", "remain missing", "were taken prisoner", "were treated for
 * injuries", "were among the dead". Returns 'blocked' for "alive", "rescued", "displaced"… which
 * make the number a count of survivors or evacuees, not of casualties.
 */
import { wordTable } from './word-table';
import type { Category } from '../claim';
import { CASUALTY_STATES, NOT_CASUALTY_STATES as BLOCKING, PERSON_NOUNS, PREDICATE_FILLER, isAdverb } from './lexicon';
import type { Token } from './tokens';

const PREPOSITIONS = new Set('from in at of on near inside across aboard with under within outside along'.split(' '));
const PARENTHETICAL_START = new Set('including most mostly among many some all both one mainly nearly about aged among mainly'.split(' '));
const CLOSING_QUOTE_RE = /^["”’]$/;
const AUX = new Set('were was are is have has had been be could may might would will remain remained'.split(' '));

/** ", most of them women," / ", soldiers and civilians," before the verb. */
function skipParenthetical(rest: Token[], j: number): number {
  // "912 people (700 men, 170 women and 42 children) were killed": a bracketed breakdown.
  if (rest[j]?.text === '(') {
    for (let k = j + 1; k < rest.length && k < j + 24; k++) if (rest[k].text === ')') return k + 1;
    return j;
  }
  // "40 children) were killed": the last item of a bracketed breakdown.
  if (rest[j]?.text === ')' && j === 0) return j + 1;
  if (rest[j]?.text !== ',') return j;
  // ", aged 24, 31 and 45,": a list of ages.
  if (rest[j + 1]?.lower === 'aged') {
    let k = j + 2;
    while (k < rest.length && (/^\d/.test(rest[k].text) || /^(?:,|and|to|between)$/.test(rest[k].lower))) k++;
    return rest[k - 1]?.text === ',' ? k : j;
  }
  // ", including 241 of the 242 on board an airliner," may run long.
  // (", a coalition of former rebel groups allied with the army, had been killed": an
  // appositive describing the noun runs long too.)
  // (", who had been taken to Ukraine during the incursion last year, had also been handed back",
  // ", the guard of the goods train and a pantry worker, were also killed": so do these.)
  const opener = rest[j + 1]?.lower ?? '';
  const reach = /^(?:including|among|mostly|mainly)$/.test(opener) ? 22 : /^(?:a|an|the|who|whom|which)$/.test(opener) ? 18 : 10;
  for (let k = j + 2; k < rest.length && k < j + reach; k++) {
    if (rest[k].text !== ',') continue;
    const next = rest[k + 1]?.lower ?? '';
    const leadsToVerb = AUX.has(next) || PREDICATE_FILLER.has(next) || !!CASUALTY_STATES[next];
    return PARENTHETICAL_START.has(rest[j + 1]?.lower ?? '') || leadsToVerb ? k + 1 : j;
  }
  return j;
}

/** "from the village", "and a police officer" before the verb. */
// "18 soldiers serving with the regional force were killed": a participle leading a phrase about the noun.
// ("Two of those brought to Memorial died there": only when a verb of their own follows the phrase.)
const PHRASE_PARTICIPLES = new Set(
  'serving working fighting stationed deployed based living travelling traveling staying sheltering waiting hiding brought taken rushed flown'.split(' '),
);

/** Longest prepositional phrase between a counted noun and its verb, in tokens. */
const PHRASE_TOKENS = 16;

function skipPhrase(rest: Token[], j: number, afterParticiple = false): number {
  // Straight after the noun only: "Nine others were taken to hospitals" is the predicate itself.
  if (j === 0 && PHRASE_PARTICIPLES.has(rest[j]?.lower ?? '') && (PREPOSITIONS.has(rest[j + 1]?.lower ?? '') || rest[j + 1]?.lower === 'to')) {
    const after = skipPhrase(rest, j + 1, true);
    return after > j + 1 ? after : j;
  }
  const t = rest[j];
  // ("taken to the clinic": "to" leads a phrase only after such a participle.)
  if (!t || !(PREPOSITIONS.has(t.lower) || (afterParticiple && t.lower === 'to') || t.lower === 'and' || t.lower === 'or')) return j;
  // "in a serious condition", "in critical condition", "in captivity": the predicate itself.
  if (
    t.lower === 'in' &&
    /^(?:a|an|critical|serious|stable|hospital|captivity|custody|russian|israeli)$/.test(rest[j + 1]?.lower ?? '') &&
    /^(?:critical|serious|stable|condition|hospital|captivity|custody)$/.test(rest[j + 2]?.lower ?? rest[j + 1]?.lower ?? '')
  )
    return j;
  // "and wounded seven" is a second clause, not a second subject.
  const coordination = t.lower === 'and' || t.lower === 'or';
  if (coordination && CASUALTY_STATES[rest[j + 1]?.lower ?? '']) return j;
  // "a figure of 58 and said about 20 were missing": a second clause with its own subject.
  if (coordination && /^(?:said|says|added|told|warned|reported|announced|stated)$/.test(rest[j + 1]?.lower ?? '')) return j;
  // "from the Ministries of Defense and Interior perished", "with U.S. citizenship were abducted".
  for (let k = j + 1; k < rest.length && k < j + PHRASE_TOKENS; k++) {
    // "of the Ministry of Defense, including 18 from tribes, were killed": stop at the comma and
    // let the parenthetical rule see whether a verb follows it.
    if (rest[k].text === ',' && k > j + 1 && !coordination) return skipParenthetical(rest, k) > k ? k : j;
    // "in a serious condition and a handful had died": a new clause, not more of the phrase.
    if (
      /^(?:and|or|but|while)$/.test(rest[k].lower) &&
      /^(?:a|an|the|another|\d.*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|some|several|many)$/.test(rest[k + 1]?.lower ?? '') &&
      !namesMoreOfTheSame(rest, k + 1)
    )
      return j;
    // "with the regional force (SAMIDRC) and …": an acronym in brackets is part of the name.
    if (rest[k].text === '(' && rest[k + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(rest[k + 1]?.text ?? '')) {
      k += 2;
      continue;
    }
    // A closing quote mark ends a quoted phrase, not the subject: '"19 … terrorists" had been eliminated'.
    if (!rest[k].isWord && !(rest[k].text === '.' && /^\p{Lu}$/u.test(rest[k - 1]?.text ?? '')) && !CLOSING_QUOTE_RE.test(rest[k].text)) return j;
    // "in Ukraine and injured nearly 1,500": a second clause of the verb before the figure.
    if (/^(?:and|or)$/.test(rest[k - 1]?.lower ?? '') && CASUALTY_STATES[rest[k].lower]) return j;
    // "14 at the festival before being shot by police": what happened to someone else, later.
    if (/^(?:before|after|when|while|until|because)$/.test(rest[k].lower)) return j;
    // "kill 17 in south Lebanon as two peacekeepers are hurt": "as" opens another clause.
    if (
      rest[k].lower === 'as' &&
      /^(?:a|an|the|\d.*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|some|several|many|his|her|their|its)$/.test(rest[k + 1]?.lower ?? '')
    )
      return j;
    if (AUX.has(rest[k].lower) || (!coordination && (CASUALTY_STATES[rest[k].lower] || lostLives(rest, k)))) return k;
    // "Three men and a woman died": a second subject of a few words that names people, then the verb.
    if (
      coordination &&
      (CASUALTY_STATES[rest[k].lower] || lostLives(rest, k)) &&
      k <= j + 4 &&
      rest.slice(j + 1, k).some((w) => PERSON_NOUNS.has(w.lower) || PERSON_NOUNS.has(`${w.lower}s`) || PERSON_SUFFIX_RE.test(w.lower))
    )
      return k;
  }
  return j;
}

/**
 * "with the regional force and the UN mission MONUSCO were killed": after "and the", a name of
 * capitalised words running straight into the verb of the whole subject, not a clause of its own.
 */
function namesMoreOfTheSame(rest: Token[], from: number): boolean {
  let k = from + 1;
  while (k < rest.length && k - from < 7 && rest[k].isWord && (/\p{Lu}/u.test(rest[k].text) || /^(?:of|the|for|in|mission|force|forces|army)$/.test(rest[k].lower))) k++;
  return k > from + 1 && k < rest.length && AUX.has(rest[k].lower) && /\p{Lu}/u.test(rest[k - 1].text);
}

// "campers and counselors", "students and residents": plural nouns of people by their ending.
const PERSON_SUFFIX_RE = /(?:[a-z]{3}(?:ers|ors|ists|ians|ees|ents))$/;

/** "lost their lives", "lost his life" at token `k`. */
function lostLives(rest: Token[], k: number): boolean {
  return /^(?:lost|lose|losing)$/.test(rest[k]?.lower ?? '') && /^(?:their|his|her)$/.test(rest[k + 1]?.lower ?? '') && /^(?:lives|life)$/.test(rest[k + 2]?.lower ?? '');
}

const MODALS = new Set('could may might would will'.split(' '));
const PEOPLE_HEADS = /(?:men|women|people|ers|ists|ians|ees|troops|soldiers|personnel|forces|children|civilians|police)$/;

const RUBBLE_RE = /^(?:rubble|debris|mud|snow|landslides?|mudslides?|ruins)$/;

// "11 shot, 4 fatally", "four of them fatally": the dead among those shot.
const FATALLY_RE = /^(?:fatally|mortally)$/;

export function predicate(rest: Token[], head: string | null = null): Category | 'blocked' | null {
  const alone = rest[0]?.lower === 'of' && /^(?:them|whom|those)$/.test(rest[1]?.lower ?? '') ? 2 : 0;
  if (FATALLY_RE.test(rest[alone]?.lower ?? '') && !rest[alone + 1]?.isWord) return 'killed';
  let j = 0;
  for (let guard = 0; guard < 6 && j < rest.length; guard++) {
    const start = j;
    if (rest[j].lower === 'with' && /injur|wound|burn/.test((rest[j + 1]?.lower ?? '') + ' ' + (rest[j + 2]?.lower ?? ''))) return 'wounded';
    j = skipPhrase(rest, skipParenthetical(rest, j));
    // "four people aged 23 to 28 were killed"
    if (rest[j]?.lower === 'aged' && /^\d/.test(rest[j + 1]?.text ?? '')) j += /^(?:to|and)$/.test(rest[j + 2]?.lower ?? '') && /^\d/.test(rest[j + 3]?.text ?? '') ? 4 : 2;
    while (j < rest.length && (PREDICATE_FILLER.has(rest[j].lower) || isAdverb(rest[j].lower) || /^["“”]$/.test(rest[j].text))) j++;
    if (j === start) break;
  }
  const t = rest[j];
  if (!t) return null;
  // "three members of one family lost their lives"
  if (lostLives(rest, j)) return 'killed';
  // "hundreds more face death within days": a warning, not a count.
  if (/^(?:face|faces|facing|risk|risks|risking)$/.test(t.lower) && /^(?:death|starvation|famine|execution)$/.test(rest[j + 1]?.lower ?? '')) return 'blocked';
  const shooting = shotPredicate(rest, j);
  if (shooting !== undefined) return shooting;
  // "thousands could die if the clinics close": a feared future, not a count ("may have died" is one).
  // (A present state may be estimated this way: "as many as 1,100 people could be missing".)
  // "we expect hundreds of people to die": a forecast.
  if (t.lower === 'to' && (/^(?:die|perish)$/.test(rest[j + 1]?.lower ?? '') || (rest[j + 1]?.lower === 'be' && /^(?:killed|wounded|injured)$/.test(rest[j + 2]?.lower ?? ''))))
    return 'blocked';
  if (/^(?:die|perish)$/.test(t.lower) && rest[j - 1]?.lower === 'to') return 'blocked';
  if (/^(?:killed|wounded|injured)$/.test(t.lower) && rest[j - 1]?.lower === 'be' && rest[j - 2]?.lower === 'to') return 'blocked';
  const future =
    /^(?:die|dies|perish|killed|wounded|injured|hurt|be)$/.test(t.lower) && !(t.lower === 'be' && /^(?:dead|missing|trapped|unaccounted|alive)$/.test(rest[j + 1]?.lower ?? ''));
  if (future) {
    for (let k = j - 1; k >= 0 && j - k <= 3; k--) {
      if (rest[k].lower === 'have' || rest[k].lower === 'been' || rest[k].lower === 'feared') break;
      if (MODALS.has(rest[k].lower) && !/^(?:have|been)$/.test(rest[k + 1]?.lower ?? '')) return 'blocked';
    }
  }
  // "235 soldiers had been lost": only people are lost this way.
  if (t.lower === 'lost' && head && PEOPLE_HEADS.test(head) && /^(?:been|were|was|are|is|have|had)$/.test(rest[j - 1]?.lower ?? '')) return 'casualties';
  const w1 = rest[j + 1]?.lower ?? '';
  const w2 = rest[j + 2]?.lower ?? '';
  const w3 = rest[j + 3]?.lower ?? '';
  if ((t.lower === 'no' && w1 === 'longer' && w2 === 'alive') || (t.lower === 'not' && w1 === 'alive')) return 'killed';
  if (t.lower === 'home' && /^(?:are|were|is|came|come|returned|brought|back|now)$/.test(rest[j - 1]?.lower ?? '')) return 'captured';
  // "Nine survivors were treated for injuries": the survivors hurt, counted as injured.
  if (t.lower === 'survivors' && treatedForInjuries(rest.slice(j + 1, j + 9).map((x) => x.lower))) return 'wounded';
  if (BLOCKING.has(t.lower) && !/^(?:people|civilians|persons|residents|families)$/.test(w1)) return 'blocked';
  // "18 people were never found", "three children had been swept away": lost, fate unknown.
  if ((t.lower === 'never' && /^(?:found|recovered|located)$/.test(w1)) || (t.lower === 'swept' && /^(?:away|out)$/.test(w1))) return 'missing';
  if ((t.lower === 'taken' || t.lower === 'held') && /^(prisoners?|hostages?|captives?|captivity|by)$/.test(w1)) return 'captured';
  if (t.lower === 'taken' && w1 === 'into' && w2 === 'captivity') return 'captured';
  // "251 people were taken into Gaza as hostages"
  // (Not across another figure: in "killed 30 villagers and 14 women were taken …" only the 14 were.)
  if (
    t.lower === 'taken' &&
    !rest.slice(0, j).some((w) => /^\d/.test(w.text)) &&
    rest.slice(j + 1, j + 6).some((w, k, ws) => w.lower === 'as' && /^(?:hostages?|prisoners?|captives?)$/.test(ws[k + 1]?.lower ?? ''))
  )
    return 'captured';
  // "thousands are still buried under collapsed buildings": not recovered, so missing, not bodies.
  // "10,000 more people are believed to lie under the rubble": not recovered, so missing.
  // ("75 workers were still believed to be under the rubble", "are still under the debris".)
  if (/^(?:under|beneath)$/.test(t.lower) && /^(?:be|are|were|is|was|still)$/.test(rest[j - 1]?.lower ?? '') && (RUBBLE_RE.test(w1) || (w1 === 'the' && RUBBLE_RE.test(w2))))
    return 'missing';
  if (/^(?:lie|lying|lay|remain|remaining)$/.test(t.lower) && /^(?:under|beneath)$/.test(w1) && (RUBBLE_RE.test(w2) || (w2 === 'the' && RUBBLE_RE.test(w3)))) return 'missing';
  if (
    t.lower === 'buried' &&
    ((/^(?:under|beneath)$/.test(w1) && /^(?:the|collapsed|fallen|rubble|debris|mud|snow|buildings?|homes?|houses?)$/.test(w2)) ||
      (w1 === 'in' && (RUBBLE_RE.test(w2) || (w2 === 'the' && RUBBLE_RE.test(w3)))))
  )
    return 'missing';
  if (/^(?:lost|gave|given|sacrificed|laid)$/.test(t.lower) && /^(?:their|his|her)$/.test(w1) && /^(?:lives?)$/.test(w2)) return 'killed';
  // "16 servicemen had laid down their arms and surrendered": taken prisoner.
  if (/^(?:laid|lay|laying)$/.test(t.lower) && w1 === 'down' && /^(?:their|his|her)$/.test(w2) && /^(?:arms|weapons)$/.test(w3)) return 'captured';
  // "Eight adults received medical assistance": treated for their injuries.
  if (/^(?:received|receiving|receive)$/.test(t.lower) && /^(?:medical|first|emergency|hospital)$/.test(w1) && /^(?:assistance|aid|treatment|care|help)$/.test(w2))
    return 'wounded';
  // "25 deemed serious", "16 listed as critical": patients by condition.
  if (
    /^(?:deemed|listed|described|classed|classified|considered)$/.test(t.lower) &&
    /^(?:serious|critical|severe|seriously|critically|severely)$/.test(w1 === 'as' || w1 === 'in' ? w2 : w1)
  )
    return 'wounded';
  if (/^(?:suffering|suffered)$/.test(t.lower) && /injur|wound|burn|fractur|trauma/.test(`${w1} ${w2} ${w3} ${rest[j + 4]?.lower ?? ''}`)) return 'wounded';
  // "held alive in Gaza", "held captive", "held in captivity".
  // ("still held in Russian captivity": whose captivity may come between.)
  if (t.lower === 'held' && /^(?:alive|captive|hostage|hostages|prisoner|prisoners|in|by)$/.test(w1) && (w1 !== 'in' || /^(?:captivity|gaza)$/.test(w2) || w3 === 'captivity'))
    return 'captured';
  // "about 1 200 detainees held in connection with the conflict": the ICRC's words for a war's
  // captives (suspects held "in connection with the attack" are arrests, no casualties).
  if (t.lower === 'held' && w1 === 'in' && w2 === 'connection' && w3 === 'with' && heldForTheWar(rest.slice(j + 4, j + 8).map((x) => x.lower))) return 'captured';
  // "50 are still held in the territory": captives; "five fishermen who went missing".
  // ("still held as political detainees" are prisoners of a state, not captives of a war.)
  // ("about 8,000 soldiers and civilians are still held in Russia": any people still held.)
  if (t.lower === 'held' && rest[j - 1]?.lower === 'still' && w1 !== 'as' && (!head || /^(?:hostages?|captives?|people|persons)$/.test(head) || PERSON_NOUNS.has(head)))
    return 'captured';
  // "95 servicemen had been returned from territory controlled by Kyiv": back from captivity.
  if (t.lower === 'returned' && w1 === 'from' && /^(?:territory|captivity|russia|ukraine|russian|ukrainian|enemy|israel|gaza)$/.test(w2)) return 'captured';
  if (/^(?:went|gone|go|goes)$/.test(t.lower) && w1 === 'missing') return 'missing';
  // "19 women had been taken away by the attackers": abducted.
  if (t.lower === 'taken' && w1 === 'away' && !!head && PERSON_NOUNS.has(head)) return 'captured';
  // "returned from captivity", "freed from captivity", "came back from captivity"
  const fromAt = /^(?:came|come|comes|coming|got|brought)$/.test(t.lower) && w1 === 'back' ? 1 : 0;
  const [f1, f2, f3] = fromAt ? [w2, w3, rest[j + 4]?.lower ?? ''] : [w1, w2, w3];
  if (
    (fromAt || /^(?:returned|freed|released|came|back)$/.test(t.lower)) &&
    f1 === 'from' &&
    /^(?:captivity|russian|israeli)$/.test(f2) &&
    (f2 === 'captivity' || f3 === 'captivity')
  )
    return 'captured';
  // "put 120 soldiers out of action": killed or wounded, undifferentiated (military jargon).
  if (t.lower === 'out' && w1 === 'of' && w2 === 'action') return 'casualties';
  if (t.lower === 'laid' && w1 === 'to' && w2 === 'rest') return 'bodies';
  if (t.lower === 'in' && (w1 === 'intensive' || w1 === 'icu' || (w1 === 'the' && (w2 === 'icu' || w2 === 'intensive')))) return 'wounded';
  // "three of them are critical", "two remain serious": patients by condition ("are critical of the
  // plan" is an opinion).
  if (/^(?:critical|serious)$/.test(t.lower) && /^(?:is|are|was|were|remain|remains|remained|still|as)$/.test(rest[j - 1]?.lower ?? '') && !/^(?:of|to|for|that|about)$/.test(w1))
    return 'wounded';
  // ("four are in fair condition", "in good condition": patients by condition, a noun after the adjective.)
  if (t.lower === 'in' && (/^(critical|serious|stable|hospital)$/.test(w1) || (/^(a|an)$/.test(w1) && /^(critical|serious|stable|hospital)$/.test(w2)))) return 'wounded';
  if (t.lower === 'in' && /^(?:fair|good|satisfactory|grave)$/.test(/^(a|an)$/.test(w1) ? w2 : w1) && /^condition$/.test(/^(a|an)$/.test(w1) ? w3 : w2)) return 'wounded';
  // "Fourteen patients have been flown to hospitals abroad": moved for treatment.
  if (/^(?:flown|transferred|evacuated|airlifted)$/.test(t.lower) && w1 === 'to' && (/^hospitals?$/.test(w2) || /^(?:hospitals?|clinics?|burns?|trauma|medical)$/.test(w3)))
    return 'wounded';
  // ("paramedics who had rushed to the scene" were not taken anywhere.)
  if (
    /^(taken|rushed|admitted|brought|airlifted)$/.test(t.lower) &&
    w1 === 'to' &&
    (/^hospitals?$/.test(w2) || (/^(a|the)$/.test(w2) && !/^(?:scene|site|spot|front|area|border|village|town|city|place|rescue|aid)$/.test(w3)))
  ) {
    // "91 people had been brought to hospitals dead": the dead counted where they were taken.
    const arrivedDead = rest.slice(j + 3, j + 6).some((w) => /^(?:dead|lifeless)$/.test(w.lower)) && !rest.slice(j + 3, j + 6).some((w) => w.lower === 'and');
    return arrivedDead ? 'killed' : 'wounded';
  }
  if (
    (t.lower === 'returned' && w1 === 'home') ||
    (/^(came|come|are|were)$/.test(t.lower) && w1 === 'home') ||
    (t.lower === 'returned' && !/^\p{L}/u.test(w1)) ||
    (t.lower === 'handed' && (w1 === 'over' || w1 === 'back'))
  )
    return 'captured';
  if (t.lower === 'in' && /^(captivity|custody)$/.test(w1 === 'russian' || w1 === 'israeli' ? w2 : w1)) return 'captured';
  if (t.lower === 'in' && (/^morgues?$/.test(w1) || /^morgues?$/.test(w2))) return 'bodies';
  if (t.lower === 'with' && (/injur|wound|burn/.test(w1) || /injur|wound|burn/.test(w2))) return 'wounded';
  if (t.lower === 'among' && /^(the|those)$/.test(w1)) {
    const c = CASUALTY_STATES[w2] ?? COLLECTIVE_STATES[w2];
    if (c) return c;
    // "12 of its members were among the 79 people taken to hospital": what the whole counts.
    const whole = amongTheWhole(rest.slice(j + 2, j + 7).map((x) => x.lower));
    if (whole) return whole;
  }
  if (t.lower === 'in' && w1 === 'mass' && /^graves?$/.test(w2)) return 'bodies';
  // "were arrested or forcibly disappeared": the casualty half of a pair of participles.
  if (!CASUALTY_STATES[t.lower] && /ed$/.test(t.lower) && (w1 === 'or' || w1 === 'and')) {
    const second = isAdverb(w2) ? w3 : w2;
    if (CASUALTY_STATES[second] && second !== 'treated' && second !== 'admitted') return CASUALTY_STATES[second];
  }
  // "field-executed", "summarily-executed": a hyphenated casualty participle.
  const state = CASUALTY_STATES[t.lower] ?? (t.lower.includes('-') ? CASUALTY_STATES[t.lower.slice(t.lower.lastIndexOf('-') + 1)] : undefined);
  if (!state) return null;
  if (state === 'bodies' && w1 === 'in' && /^(mass|graves?)$/.test(w2)) return 'bodies';
  // "killed or wounded", "dead and injured": one undifferentiated count.
  const other = w1 === 'or' || w1 === 'and' ? CASUALTY_STATES[w2] : undefined;
  if (other && other !== state && ['killed', 'wounded'].includes(state) && ['killed', 'wounded'].includes(other)) return 'casualties';
  return state;
}

/**
 * Shootings: "11 people were shot" (hit, killed or not: casualties), "shot dead" and "fatally
 * shot" (killed), "shot and wounded", "4 fatally" (of those shot). Not "shot down" (aircraft,
 * drones) or "shot at" (fired on). Undefined when the words are not about shooting.
 */
function shotPredicate(rest: Token[], j: number): Category | 'blocked' | null | undefined {
  const t = rest[j].lower;
  const w1 = rest[j + 1]?.lower ?? '';
  const w2 = rest[j + 2]?.lower ?? '';
  if (t !== 'shot') return undefined;
  if (w1 === 'down' || w1 === 'at' || w1 === 'up') return null;
  const by = rest[j - 1]?.lower;
  if (by === 'fatally' || by === 'mortally' || w1 === 'dead') return 'killed';
  if ((w1 === 'and' || w1 === 'or') && CASUALTY_STATES[w2]) return CASUALTY_STATES[w2];
  return 'casualties';
}

// Plural nouns that name the casualties themselves after "among the" ("among the victims").
const COLLECTIVE_STATES = wordTable<Category>({ victims: 'killed', casualties: 'casualties', deaths: 'killed' });

/** "the conflict", "the armed conflict", "the war", "the hostilities": what a war's detainees are held for. */
function heldForTheWar(words: string[]): boolean {
  const [first, second] = words[0] === 'the' ? words.slice(1) : words;
  return /^(?:conflict|war|fighting|hostilities)$/.test(first ?? '') || (first === 'armed' && second === 'conflict');
}

/** After "among the": a count of people and what befell them ("79 people taken to hospital", "12 injured"). */
function amongTheWhole(words: string[]): Category | null {
  let k = 0;
  if (/^\d[\d,]*$/.test(words[k] ?? '')) k++;
  if (/^(?:people|persons|others|residents|passengers|civilians)$/.test(words[k] ?? '')) k++;
  if (k === 0) return null;
  const state = CASUALTY_STATES[words[k] ?? ''];
  if (state) return state;
  return /^(?:taken|rushed|brought|admitted|flown)$/.test(words[k] ?? '') && /^(?:to|into)$/.test(words[k + 1] ?? '') && /^(?:hospitals?|the)$/.test(words[k + 2] ?? '')
    ? 'wounded'
    : null;
}

/** "were treated for injuries and dehydration", "hospitalised with burns": the words after a group. */
function treatedForInjuries(words: string[]): boolean {
  const at = words.findIndex((w) => /^(?:treated|hospitali[sz]ed|admitted)$/.test(w));
  return at >= 0 && words.slice(at + 1, at + 5).some((w) => /^(?:injur|wound|burn|fractur|gunshot|trauma)/.test(w));
}
