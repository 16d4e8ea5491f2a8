/**
 * Whose dead or wounded a figure counts: a readable party ("Russian military"), a side slug from
 * lib/conflicts.ts and a population, read from the counted noun phrase and, failing that, from a
 * place named right after it ("in Gaza").
 */
import type { Population } from '../claim';
import { CASUALTY_NOUNS, MILITARY_NOUNS, SIDE_WORDS } from './lexicon';
import { tokenize, type Token } from './tokens';

export interface Party {
  party: string | null;
  side: string | null;
  population: Population | null;
}

const CIVILIAN_NOUNS = new Set(
  'civilians civilian children child kids boys girls babies infants minors teenagers teens women woman elderly residents villagers inhabitants students pupils workers miners migrants refugees passengers pilgrims worshippers protesters demonstrators journalists reporters guests tourists patients families relatives'.split(' '),
);

const ADJECTIVE: Record<string, string> = {
  russia: 'Russian', ukraine: 'Ukrainian', israel: 'Israeli', palestinians: 'Palestinian', lebanon: 'Lebanese',
  sudan: 'Sudanese', syria: 'Syrian', yemen: 'Yemeni', ethiopia: 'Ethiopian', eritrea: 'Eritrean', myanmar: 'Myanmar',
  'north-korea': 'North Korean', 'saudi-arabia': 'Saudi',
};

const PLACE_AFTER_RE = /^[^.;]{0,40}?\bin (?:the )?(Gaza|Ukraine|Russia|Israel|Lebanon|Sudan|Darfur|Syria|Yemen|Myanmar|Tigray|Ethiopia|the West Bank)\b/;

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
const OF_GROUP_RE = /^\s*(?:and\s+[\d,]+\s+\p{L}+\s+)?(?:of|among)\s+((?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:soldiers|troops|servicemen|fighters|civilians|people|children|residents|population|Palestinians|Israelis|Ukrainians|Russians|Sudanese|Syrians|Lebanese))\b/u;

export function partyOf(victims: Token[], head: string | null, textAfter: string): Party {
  if (!head || CASUALTY_NOUNS[head]) {
    const group = OF_GROUP_RE.exec(textAfter);
    if (group) {
      const words = tokenize(group[1]).filter((t) => !/^(?:the|its|their)$/.test(t.lower));
      const last = words[words.length - 1].lower;
      const civilian = words.some((t) => t.lower === 'civilian' || t.lower === 'civilians');
      const groupHead = civilian ? 'civilians' : last;
      return partyOf(words, groupHead, textAfter.slice(group.index + group[0].length));
    }
  }
  const population: Population | null = head && MILITARY_NOUNS.has(head) ? 'military' : head && CIVILIAN_NOUNS.has(head) ? 'civilian' : null;
  let side = sideIn(victims);
  if (!side && population !== 'military') {
    const place = PLACE_AFTER_RE.exec(textAfter);
    if (place) side = SIDE_WORDS[place[1].toLowerCase()] ?? (place[1] === 'the West Bank' ? 'palestinians' : null);
  }
  const adjective = side ? ADJECTIVE[side] : null;
  let party: string | null;
  if (population === 'military') party = adjective ? `${adjective} military` : victims.map((t) => t.text.replace(/['’]$/, '')).join(' ');
  else if (head === 'civilians' || head === 'civilian') party = adjective ? `${adjective} civilians` : 'civilians';
  else party = victims.length ? victims.map((t) => t.text.replace(/['’]$/, '')).join(' ') : null;
  if (party && side && population !== 'military' && !sideIn(victims)) party = `${party} (${adjective})`;
  return { party: party || null, side, population };
}
