/**
 * Decides whether a number counts casualties, and which kind, from its grammatical relation to
 * casualty words — never from mere proximity. A number qualifies when it
 *  - heads a casualty noun ("406 deaths", "563 bodies"),
 *  - is governed by one ("the bodies of 501 soldiers", "the deaths of 19 people"),
 *  - counts victims with a casualty modifier ("500 dead soldiers") or predicate
 *    ("three people were killed", "27 wounded", "Six people who died"),
 *  - is the object of a casualty verb ("killed one person", "killing hundreds of civilians"),
 *  - is the value of a toll ("the death toll rose to 52", "Killed: 1,204").
 * "11,000 troops are training" and "64 drones" fail every test, which keeps them out.
 */
import type { Category } from '../claim';
import {
  CASUALTY_NOUNS, CASUALTY_STATES, CASUALTY_VERBS, GOVERNING_NOUNS, NON_PERSON_NOUNS, PERSON_NOUNS, PREDICATE_FILLER,
} from './lexicon';
import type { NumberExpr } from './numbers';
import { tokenize, type Token } from './tokens';

export interface Relation {
  category: Category;
  /** The counted noun phrase after the number ("Russian troops"), possibly empty. */
  victims: Token[];
  head: string | null;
}

/** The counted noun phrase, and what follows it. */
interface Counted {
  victims: Token[];
  head: string | null;
  modifier: Category | null;
  rest: Token[];
}

const NP_STOP = new Set(
  'of in on at by for from to with and or but as than were was are is have has had been be being who that which when while after before during since into near across amid among against within without through throughout under over between per via toward towards inside outside around about behind beyond along despite following like upon including according said says told there their its his her this these those them it they he she we monday tuesday wednesday thursday friday saturday sunday overnight yesterday today tonight early late earlier later last next ago again so'.split(' '),
);
const OF_DETERMINERS = new Set('them whom these those the its their his her our which us'.split(' '));
const ADJECTIVAL_STATES = new Set('dead slain fallen killed wounded injured missing captured murdered'.split(' '));
const TOLL_RE =
  /\b(death toll|toll|tally|(?:number|numbers|count|figure)s? of (?:[\p{L}'’-]+ ){0,5}?(?:dead|deaths|killed|fatalities|casualties|injured|wounded|missing|bodies|victims)|(?:death|casualty|injury|fatality) (?:count|figure|tally|toll))\b([^.;!?]{0,60})$/iu;
const TOLL_LINK_RE = /(?:\b(?:to|at|of|is|was|reached|hit|passed|surpassed|exceeded|topped|stands at|stood at|now|nearly)|:)\s*$/i;
const LABEL_RE = /\b(killed|dead|deaths|fatalities|wounded|injured|injuries|missing|casualties|bodies|captured)\s*[:–—]\s*$/i;
const RETURN_RE = /\b(?:return|repatriat|hand(?:ed|s|ing)? over|handover|exchang|swap|transfer|recover|retriev|exhum|collect|buri)/i;

function counted(after: Token[], kind: NumberExpr['kind']): Counted {
  let i = 0;
  if (after[0]?.lower === 'of' && after[1] && (OF_DETERMINERS.has(after[1].lower) || kind === 'vague')) {
    i = kind === 'vague' && !OF_DETERMINERS.has(after[1].lower) ? 1 : 2;
    if (after[i - 1].lower === 'them' || after[i - 1].lower === 'whom') return { victims: [], head: null, modifier: null, rest: after.slice(i) };
  }
  const victims: Token[] = [];
  let modifier: Category | null = null;
  for (; i < after.length && victims.length < 6; i++) {
    const t = after[i];
    if (!t.isWord || NP_STOP.has(t.lower)) break;
    const state = CASUALTY_STATES[t.lower];
    if (state) {
      const next = after[i + 1];
      const modifies = ADJECTIVAL_STATES.has(t.lower) && next?.isWord && (PERSON_NOUNS.has(next.lower) || next.capitalized);
      if (!modifies) break;
      modifier = state;
      continue;
    }
    victims.push(t);
    // A casualty noun or a people noun closes the phrase: "406 deaths among …", "soldiers early in …".
    const next = after[i + 1];
    if (CASUALTY_NOUNS[t.lower] || (PERSON_NOUNS.has(t.lower) && !(next?.isWord && PERSON_NOUNS.has(next.lower)))) { i++; break; }
  }
  const head = victims.length ? victims[victims.length - 1].lower : null;
  return { victims, head, modifier, rest: after.slice(i) };
}

/** The casualty state that the counted group is said to be in: "were reportedly killed". */
function predicate(rest: Token[]): Category | null {
  let j = 0;
  while (j < rest.length && j < 7 && (PREDICATE_FILLER.has(rest[j].lower) || /^\p{L}+ly$/u.test(rest[j].lower) || rest[j].text === ',')) j++;
  const t = rest[j];
  if (!t) return null;
  const next = rest[j + 1]?.lower;
  if ((t.lower === 'taken' || t.lower === 'held') && /^(prisoner|hostage|captive)s?$/.test(next ?? '')) return 'captured';
  if (t.lower === 'lost' && next === 'their' && rest[j + 2]?.lower === 'lives') return 'killed';
  const state = CASUALTY_STATES[t.lower];
  if (!state) return null;
  // "killed or wounded", "dead and injured": one undifferentiated count.
  const other = (next === 'or' || next === 'and') ? CASUALTY_STATES[rest[j + 2]?.lower ?? ''] : undefined;
  if (other && other !== state && (state === 'killed' || state === 'wounded') && (other === 'killed' || other === 'wounded')) return 'casualties';
  return state;
}

/** What the words right before the number say: a governing noun, a casualty verb, a toll or a label. */
function leftCategory(beforeText: string, before: Token[]): Category | null {
  const w = before.filter((t) => t.isWord).map((t) => t.lower);
  const n = w.length;
  // "the bodies of", "the deaths of", "claimed the lives of"
  const ofAt = w[n - 1] === 'of' ? n - 1 : w[n - 2] === 'of' && w[n - 1] === 'the' ? n - 2 : -1;
  if (ofAt > 0) {
    const noun = w[ofAt - 1];
    if (noun === 'lives') return /^(claimed|took|cost|costing|claiming|taking)$/.test(w[ofAt - 3] ?? w[ofAt - 2] ?? '') ? 'killed' : null;
    if (GOVERNING_NOUNS[noun]) return GOVERNING_NOUNS[noun];
  }
  // "killed one person", "killing at least 12", "killed a total of 30"
  let k = n - 1;
  while (k >= 0 && /^(a|total|of|another|the|an|further|additional)$/.test(w[k])) k--;
  const last = before[before.length - 1];
  if (k >= 0 && last?.isWord && CASUALTY_VERBS[w[k]]) return CASUALTY_VERBS[w[k]];
  const toll = TOLL_RE.exec(beforeText);
  if (toll && TOLL_LINK_RE.test(toll[2])) return tollCategory(toll[1]);
  const label = LABEL_RE.exec(beforeText);
  if (label) return CASUALTY_NOUNS[label[1].toLowerCase()] ?? CASUALTY_STATES[label[1].toLowerCase()] ?? null;
  return null;
}

function tollCategory(phrase: string): Category {
  const p = phrase.toLowerCase();
  if (/casualt/.test(p)) return 'casualties';
  if (/injur|wound/.test(p)) return 'wounded';
  if (/missing/.test(p)) return 'missing';
  if (/bodies/.test(p)) return 'bodies';
  return 'killed';
}

export interface RelationResult {
  relation: Relation | null;
  /** The number counts things that are not people ("64 drones"): never a claim, not even by inheritance. */
  nonPerson: boolean;
  victims: Token[];
  head: string | null;
}

/** Relates the number `expr` in `sentence` to a casualty category, or says why not. */
export function relate(sentence: string, expr: NumberExpr): RelationResult {
  const beforeText = sentence.slice(Math.max(0, expr.start - 120), expr.start);
  const before = tokenize(beforeText).slice(-12);
  const after = tokenize(sentence.slice(expr.end, expr.end + 160), expr.end).slice(0, 16);
  const c = counted(after, expr.kind);
  const headNoun = c.head ? CASUALTY_NOUNS[c.head] : undefined;
  const nonPerson = !!c.head && !headNoun && NON_PERSON_NOUNS.has(c.head);
  const base = { nonPerson, victims: c.victims, head: c.head };
  if (nonPerson) return { ...base, relation: null };
  let category = leftCategory(beforeText, before);
  const governed = category === 'bodies' || category === 'captured';
  category = (governed ? category : null) ?? headNoun ?? c.modifier ?? predicate(c.rest) ?? category;
  if (!category) return { ...base, relation: null };
  if (category === 'killed' && c.modifier === 'killed' && RETURN_RE.test(sentence)) category = 'bodies';
  return { ...base, relation: { category, victims: c.victims, head: c.head } };
}
