/**
 * Whose dead or wounded a figure counts: a readable party ("Russian military"), a side slug from
 * lib/conflicts.ts and a population, read from the counted noun phrase alone; whose.ts adds what
 * the rest of the text tells (places, direction of a handover, the claimant).
 */
import { caseless } from './caseless';
import { wordTable } from './word-table';
import type { Population } from '../claim';
import { CASUALTY_NOUNS, MILITARY_NOUNS, SIDE_WORDS } from './lexicon';
import { tokenize, type Token } from './tokens';

export interface Party {
  party: string | null;
  side: string | null;
  population: Population | null;
}

const CIVILIAN_NOUNS = new Set(
  'civilians civilian children child kids boys girls babies infants minors teenagers teens women woman elderly residents villagers inhabitants students pupils workers miners migrants refugees passengers pilgrims worshippers protesters demonstrators journalists reporters guests tourists patients families relatives'.split(
    ' ',
  ),
);

export const ADJECTIVE: Record<string, string> = wordTable({
  russia: 'Russian',
  ukraine: 'Ukrainian',
  israel: 'Israeli',
  palestinians: 'Palestinian',
  lebanon: 'Lebanese',
  sudan: 'Sudanese',
  syria: 'Syrian',
  yemen: 'Yemeni',
  ethiopia: 'Ethiopian',
  eritrea: 'Eritrean',
  myanmar: 'Myanmar',
  'north-korea': 'North Korean',
  'saudi-arabia': 'Saudi',
});

/** Side slug named by a stretch of words ("North Korean troops" → north-korea). */
export function sideIn(tokens: Token[]): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].lower;
    if (w === 'north' && /^korean?s?$/.test(tokens[i + 1]?.lower ?? '')) return 'north-korea';
    if (w === 'west' && tokens[i + 1]?.lower === 'bank') return 'palestinians';
    const side = SIDE_WORDS[w];
    if (side) return side;
  }
  return null;
}

// "1,500 corpses of Russian soldiers", "801 injuries among Ukraine's civilian population"
const OF_GROUP_RE =
  /^\s*(?:and\s+[\d,]+\s+\p{L}+\s+)?(?:of|among)\s+((?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:soldiers|troops|servicemen|fighters|civilians|people|children|residents|population|Palestinians|Israelis|Ukrainians|Russians|Sudanese|Syrians|Lebanese))\b/u;

/** Words the counted phrase can carry that say nothing about who ("145 still missing", "another 150"). */
const EMPTY_WORDS = new Set(
  'remain remained remains were are is was have has had been unaccounted for still another more others other each also now so far alone total further additional again reportedly'.split(
    ' ',
  ),
);
/** Casualty nouns that name people (kept as the party); the rest ("bodies", "deaths") are dropped from it. */
const PERSON_CASUALTY_NOUNS = new Set('prisoners pows captives hostages detainees victims dead wounded injured'.split(' '));
/** Plural nouns for everyone in a place: population `all`. */
const EVERYONE_NOUNS = new Set(
  'people persons person individuals palestinians israelis ukrainians russians sudanese syrians lebanese yemenis ethiopians gazans victims dead'.split(' '),
);
const POW_RE = /^\s*of\s+war\b/i;

export function partyOf(victims: Token[], head: string | null, textAfter: string): Party {
  // A POW is a soldier whatever the wording ("390 prisoners of war", "1,000 POWs").
  if ((head === 'prisoners' && POW_RE.test(textAfter)) || head === 'pows') {
    const side = sideIn(victims);
    return { party: side ? `${ADJECTIVE[side]} prisoners of war` : 'prisoners of war', side, population: 'military' };
  }
  const cleaned = victims.filter((t) => !EMPTY_WORDS.has(t.lower) && !(CASUALTY_NOUNS[t.lower] && !PERSON_CASUALTY_NOUNS.has(t.lower)));
  if (cleaned.length !== victims.length) {
    const last = cleaned[cleaned.length - 1]?.lower ?? null;
    return partyOf(cleaned, head && cleaned.some((t) => t.lower === head) ? head : last, textAfter);
  }
  if (!head || CASUALTY_NOUNS[head]) {
    const group = OF_GROUP_RE.exec(textAfter);
    if (group) {
      // "16 of them children": the pronoun names no one, the noun after it does.
      const words = tokenize(group[1]).filter((t) => !/^(?:the|its|their|them|those|these|whom)$/.test(t.lower));
      const last = words[words.length - 1].lower;
      const civilian = words.some((t) => t.lower === 'civilian' || t.lower === 'civilians');
      const groupHead = civilian ? 'civilians' : last;
      return partyOf(words, groupHead, textAfter.slice(group.index + group[0].length));
    }
  }
  const population: Population | null =
    head && MILITARY_NOUNS.has(head) ? 'military' : head && CIVILIAN_NOUNS.has(head) ? 'civilian' : head && EVERYONE_NOUNS.has(head) ? 'all' : null;
  const side = sideIn(victims);
  const adjective = side ? ADJECTIVE[side] : null;
  let party: string | null;
  if (population === 'military') party = adjective ? `${adjective} military` : victims.map((t) => t.text.replace(/['’]$/, '')).join(' ');
  else if (head === 'civilians' || head === 'civilian') party = adjective ? `${adjective} civilians` : 'civilians';
  else party = victims.length ? victims.map((t) => t.text.replace(/['’]$/, '')).join(' ') : null;
  return { party: party || null, side, population };
}

// A row or label naming the group before the figure: "| Civilians killed | 1,383", "Soldiers wounded: 52".
const LABEL_RE = caseless(/^[\s|*•–—-]*((?:\p{L}[\p{L}'’-]*\s+){0,3}?\p{L}[\p{L}'’-]*)\s+(?:killed|dead|deaths|wounded|injured|missing|captured|detained)\s*[|:—–-]\s*$/iu);

/** The party named by a label before a figure, or null when there is no label or it names no one. */
export function labelParty(before: string): Party | null {
  const m = LABEL_RE.exec(before);
  if (!m) return null;
  // A label's first word is capitalised as a label, not as a name ("Soldiers wounded").
  const words = tokenize(m[1]).map((t, i) => (i === 0 && !sideIn([t]) ? { ...t, text: t.lower } : t));
  const head = words[words.length - 1].lower;
  if (!MILITARY_NOUNS.has(head) && !CIVILIAN_NOUNS.has(head) && !EVERYONE_NOUNS.has(head) && !PERSON_CASUALTY_NOUNS.has(head)) return null;
  return partyOf(words, head, '');
}
