/**
 * The noun phrase a number counts: "11,000 North Korean troops", "hundreds of civilians",
 * "320 of these remains", "500 dead soldiers" (with its casualty modifier).
 */
import type { Category } from '../claim';
import { CASUALTY_NOUNS, CASUALTY_STATES, NON_PERSON_NOUNS, NOT_CASUALTY_STATES, PERSON_NOUNS, isAdverb, isDemonymPlural } from './lexicon';
import type { NumberExpr } from './numbers';
import type { Token } from './tokens';

export interface Counted {
  victims: Token[];
  head: string | null;
  /** "dead" in "500 dead soldiers". */
  modifier: Category | null;
  /** The tokens after the phrase, where a predicate may follow. */
  rest: Token[];
}

const NP_STOP = new Set(
  'of in on at by for from to with and or but as than were was are is have has had been be being who that which when while after before during since into near across amid among against within without through throughout under over between per via toward towards inside outside around about behind beyond along despite following like upon including according said says told there their its his her this these those them it they he she we monday tuesday wednesday thursday friday saturday sunday overnight yesterday today tonight early late earlier later last next ago again so more could may might would will'.split(
    ' ',
  ),
);
const OF_DETERMINERS = new Set('them whom these those the its their his her our which us'.split(' '));
const ADJECTIVAL_STATES = new Set('dead deceased slain fallen killed wounded injured missing captured murdered trapped'.split(' '));
const COMPOUND_HEADS = new Set(
  'bag bags certificate certificates threat threats sentence sentences penalty toll tolls figure figures report reports list lists count counts camp camps squad squads row march'.split(
    ' ',
  ),
);
const IRREGULAR_PARTICIPLES = new Set('given taken shown written drawn known seen chosen spoken stolen hidden put set cut brought flown driven'.split(' '));
const QUOTE_RE = /^["'“”‘’«»]$/;

export function counted(tokens: Token[], kind: NumberExpr['kind']): Counted {
  const after = tokens.filter((t, i) => !(QUOTE_RE.test(t.text) && i < 2));
  let i = 0;
  // "dozens more were wounded", "10 more deaths"
  if (after[0]?.lower === 'more' || after[0]?.lower === 'others' || after[0]?.lower === 'other') i = 1;
  if (after[i]?.lower === 'of' && after[i + 1] && (OF_DETERMINERS.has(after[i + 1].lower) || kind === 'vague')) {
    i += kind === 'vague' && !OF_DETERMINERS.has(after[i + 1].lower) ? 1 : 2;
    if (after[i - 1].lower === 'them' || after[i - 1].lower === 'whom') return { victims: [], head: null, modifier: null, rest: after.slice(i) };
  }
  // "losses averaged 900 a day": a rate names no noun of its own; what it counts is the toll's.
  if (/^(?:a|per|each|every)$/.test(after[i]?.lower ?? '') && /^(?:day|week|month|hour)$/.test(after[i + 1]?.lower ?? ''))
    return { victims: [], head: null, modifier: null, rest: after.slice(i + 2) };
  const victims: Token[] = [];
  let modifier: Category | null = null;
  for (; i < after.length && victims.length < 6; i++) {
    const t = after[i];
    // "four whose bodies were recovered": the noun after "whose" says what is counted, "whose" names no one.
    if (t.lower === 'whose' && !victims.length && !modifier) continue;
    if (!t.isWord || NP_STOP.has(t.lower)) break;
    // Adverbs end the phrase: "two sides also exchanged", "12 people reportedly died"; not one that
    // modifies a modifier of the noun: "218 internally displaced people".
    const modifiesNoun = isAdverb(t.lower) && after[i + 1]?.isWord && PERSON_NOUNS.has(after[i + 2]?.lower ?? '');
    if (/^(?:also|still|now|then|already|just|only|even)$/.test(t.lower) || (isAdverb(t.lower) && !t.capitalized && !PERSON_NOUNS.has(t.lower) && !modifiesNoun)) break;
    // "31,000 reported fatalities", "1,200 confirmed deaths": how the count was made, not whose it is.
    // ("29 alleged summary executions": one more word may come before the noun.)
    const nounNext = (k: number) => after[k]?.isWord && CASUALTY_NOUNS[after[k].lower];
    if (!victims.length && !modifier && /ed$/.test(t.lower) && !t.capitalized && !CASUALTY_STATES[t.lower] && (nounNext(i + 1) || (after[i + 1]?.isWord && nounNext(i + 2))))
      continue;
    // "25 deemed serious": a participle straight after the number is a predicate, not a noun.
    if (
      !victims.length &&
      !modifier &&
      // ("2,065 given at a briefing": an irregular participle too.)
      (/ed$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower)) &&
      !t.capitalized &&
      // "three armored combat vehicles", "two refrigerated trucks": an adjective before its noun.
      ![after[i + 1], after[i + 2]].some((w) => !!w && (PERSON_NOUNS.has(w.lower) || NON_PERSON_NOUNS.has(w.lower))) &&
      !/^(?:armed|unidentified|detained|displaced|named|unnamed|wanted|retired|injured|wounded)$/.test(t.lower)
    )
      break;
    // "37 rescued alive" ends the phrase; "40 displaced people" does not.
    if (NOT_CASUALTY_STATES.has(t.lower) && !PERSON_NOUNS.has(after[i + 1]?.lower ?? '')) break;
    // "11 gunshot patients", "the gunshot victims": the wounded a hospital takes in.
    if (t.lower === 'gunshot' && /^(?:patients|victims|survivors)$/.test(after[i + 1]?.lower ?? '')) {
      modifier = 'wounded';
      continue;
    }
    const state = CASUALTY_STATES[t.lower];
    if (state) {
      // "500 dead soldiers", "1,000 wounded Russian troops": a modifier; "27 wounded": a state, left to the predicate.
      const next = after[i + 1];
      if (ADJECTIVAL_STATES.has(t.lower) && next?.isWord && (PERSON_NOUNS.has(next.lower) || next.capitalized || NON_PERSON_NOUNS.has(next.lower))) {
        modifier = state;
        continue;
      }
      break;
    }
    // "307 defenders returned home": a past tense after a plural noun is the verb, not part of the phrase.
    if (victims.length && /s$/.test(victims[victims.length - 1].lower) && /ed$/.test(t.lower) && !t.capitalized) break;
    victims.push(t);
    // "Two Israeli strikes minutes apart": a thing closes the phrase unless a noun goes on ("tank crews").
    const after1 = after[i + 1];
    if (NON_PERSON_NOUNS.has(t.lower) && !(after1?.isWord && (PERSON_NOUNS.has(after1.lower) || NON_PERSON_NOUNS.has(after1.lower) || CASUALTY_NOUNS[after1.lower]))) {
      i++;
      break;
    }
    // A casualty noun or a people noun closes the phrase: "406 deaths among …", "soldiers early in …".
    const next = after[i + 1];
    // ("Five Sudanese Red Crescent volunteers": a name between a nationality and its people noun.)
    const continues =
      next?.isWord &&
      (PERSON_NOUNS.has(next.lower) ||
        CASUALTY_NOUNS[next.lower] ||
        // ("991,820 personnel losses": the losses are the noun.)
        (next.lower === 'losses' && /^(?:personnel|troop|manpower|human|combat)$/.test(t.lower)) ||
        (isDemonymPlural(t) && next.capitalized && namedPeopleAhead(after, i + 1)));
    // …unless it modifies a following noun: "15 000 body bags", "death certificates".
    const modifiesNext = CASUALTY_NOUNS[t.lower] && next?.isWord && COMPOUND_HEADS.has(next.lower);
    if ((CASUALTY_NOUNS[t.lower] || PERSON_NOUNS.has(t.lower) || isDemonymPlural(t)) && !continues && !modifiesNext) {
      i++;
      break;
    }
  }
  const head = victims.length ? victims[victims.length - 1].lower : null;
  return { victims, head, modifier, rest: after.slice(i) };
}

/** Capitalised words of a name from `from`, then a noun of people: "Red Crescent volunteers". */
function namedPeopleAhead(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && k - from < 3 && tokens[k].isWord && tokens[k].capitalized) k++;
  return k > from && k < tokens.length && PERSON_NOUNS.has(tokens[k].lower);
}
