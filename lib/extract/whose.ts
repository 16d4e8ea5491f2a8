/**
 * Completes whose dead a figure counts when the counted phrase alone does not say. In order:
 *  1. the phrase itself ("Russian troops") — party.ts;
 *  2. bodies and prisoners: the side that received them ("returned to Ukraine");
 *  3. soldiers counted by a warring party: the enemy's when it claims to have killed them ("Israel
 *     says it killed 20,000 militants"), its own when it says "our"/"its";
 *  4. anyone else: the place named in the sentence, then earlier in the paragraph ("in El Fasher");
 *  5. a ministry, governor or army counting its own people ("Lebanon's health ministry").
 * A figure with no noun of its own takes the party of the figure it continues ("another 150 were
 * injured"), else "people".
 */
import type { Category, ClaimantType, Population } from '../claim';
import { ADJECTIVE, partyOf, sideIn, type Party } from './party';
import { tokenize } from './tokens';
import { firstPlaceIn, lastPlaceIn, receivingSide, type Place } from './places';

export interface Scene {
  category: Category;
  sentence: string;
  /** Sentence text before and after the figure. */
  before: string;
  after: string;
  /** Earlier sentences of the same paragraph, oldest first. */
  paragraphBefore: string;
  /** The last place named in those sentences (memoised per sentence by the caller). */
  paragraphPlace: () => Place | null;
  /** The whole text, for telling which war an enemy-loss claim is about. */
  claimant: string | null;
  claimantType: ClaimantType;
  claimantSide: string | null;
  /** The party of the figure this one continues (same sentence or the one before), if any. */
  continues: Party | null;
  /** The side of the figure this one is a part of, when the text splits that figure into parts. */
  wholeSide: string | null;
}

const PLURAL: Record<string, string> = {
  palestinians: 'Palestinians',
  israel: 'Israelis',
  ukraine: 'Ukrainians',
  russia: 'Russians',
  lebanon: 'people in Lebanon',
  sudan: 'people in Sudan',
  syria: 'Syrians',
  yemen: 'Yemenis',
  ethiopia: 'Ethiopians',
  myanmar: 'people in Myanmar',
};
const ENEMY: Record<string, string> = {
  russia: 'ukraine',
  ukraine: 'russia',
  'north-korea': 'ukraine',
  palestinians: 'israel',
  lebanon: 'israel',
  'saudi-arabia': 'yemen',
  yemen: 'saudi-arabia',
  eritrea: 'ethiopia',
};
const CIVIL_WARS = new Set(['sudan', 'myanmar', 'syria', 'ethiopia']);
const LEBANON_FRONT_RE = /\b(?:Lebanon|Lebanese|Hezbollah|Beirut)\b/;
/** The claimant killed them: "it has killed", "we eliminated", "destroyed … enemy". */
const ACTIVE_KILL_RE =
  /\b(?:it|we|they|forces|troops|army|military|IDF)\s+(?:had\s+|has\s+|have\s+)?(?:killed|eliminated|neutrali[sz]ed|destroyed|wiped out|took out)\b|\benemy\b|\bthe (?:enemy|adversary|occupiers?)\b|\b(?:eliminated|neutrali[sz]ed)\b/i;
const OWN_RE = /\b(?:our|its|their own|own)\s+(?:\w+\s+)?(?:soldiers|troops|servicemen|fighters|personnel|forces)\b/i;
/** Names a warring party uses for the enemy's fighters. */
const ENEMY_LABEL_RE = /\b(?:militants|terrorists|insurgents|rebels|occupiers|mercenaries|enemy)\b/i;
const DEAD_BODIES: ReadonlySet<Category> = new Set(['bodies', 'captured']);
const EXCHANGE_SIDES = new Set(['ukraine', 'russia', 'north-korea']);

function enemyOf(side: string, scene: Scene): string | null {
  if (CIVIL_WARS.has(side)) return side;
  if (side === 'israel') return LEBANON_FRONT_RE.test(`${scene.paragraphBefore} ${scene.sentence}`) ? 'lebanon' : 'palestinians';
  return ENEMY[side] ?? null;
}

// "Ukraine lost 1,450 servicemen", "Russia has lost more than 600 troops": the loser is named.
const LOST_RE = /([\p{L}'’]+(?:\s+[\p{L}'’]+)?)\s+(?:has\s+|had\s+|have\s+)?(?:lost|loses)\s+(?:[\p{L}]+\s+){0,3}$/u;

/** Side of soldiers counted by a warring party. */
function militarySide(scene: Scene): string | null {
  // The verb first, as plain text: the pattern alone is retried from every word of the sentence.
  const lost = /\blos(?:t|es)\b/.test(scene.before) ? LOST_RE.exec(scene.before) : null;
  const loser = lost ? sideIn(tokenize(lost[1])) : null;
  if (loser) return loser;
  if (scene.claimantType !== 'belligerent' || !scene.claimantSide) return null;
  if (ACTIVE_KILL_RE.test(scene.before) || ENEMY_LABEL_RE.test(scene.after.slice(0, 40))) return enemyOf(scene.claimantSide, scene);
  if (OWN_RE.test(scene.sentence)) return scene.claimantSide;
  return null;
}

function placeOf(scene: Scene): Place | null {
  // "Seven staff were killed: four in Gaza, two in Sudan": the places after a colon are its items'.
  const colon = scene.after.indexOf(':');
  return firstPlaceIn(colon < 0 ? scene.after : scene.after.slice(0, colon)) ?? lastPlaceIn(scene.before) ?? scene.paragraphPlace();
}

function ownPeople(scene: Scene): string | null {
  return scene.claimantType === 'official' || scene.claimantType === 'belligerent' ? scene.claimantSide : null;
}

export function completeParty(base: Party, scene: Scene): Party {
  let { party, side, population } = base;
  let openPopulation = false;
  if (!party && scene.continues?.party) ({ party, population } = scene.continues);
  if (!party) ({ party, side, population } = tollParty(scene.before) ?? { party: null, side: null, population: null });
  let place: Place | null = null;
  // "390 of our people are home. 270 soldiers and 120 civilians.": the parts are the whole's.
  if (!side && scene.wholeSide) side = scene.wholeSide;
  // "860,000 — Russian "losses" (killed and wounded) claimed by Ukraine": the label after the dash
  // names whose they are, before any guess from who claims them.
  if (!side) {
    const label = DASH_LABEL_RE.exec(scene.after);
    const labelSide = label ? sideIn(tokenize(label[1])) : null;
    if (labelSide) {
      side = labelSide;
      if (!population && MILITARY_LOSS_RE.test(label![1])) population = 'military';
    }
  }
  if (!side) {
    if (DEAD_BODIES.has(scene.category)) side = receivingSide(scene.before, scene.after);
    if (!side && population === 'military') side = militarySide(scene);
    if (!side) {
      const sufferer = /\b(?:suffered|sustained|incurred)\b/.test(scene.before) ? SUFFERED_RE.exec(scene.before) : null;
      if (sufferer) side = sideIn(tokenize(sufferer[1]));
      // "casualties" alone says nothing of soldiers or civilians: leave it open, never "everyone".
      if (side && (!party || /^(?:people|persons)$/i.test(party))) {
        population = null;
        openPopulation = true;
      }
    }
    // Where captives are held says nothing of whose they are ("hostages in Gaza", "prisoners in Israeli jails").
    const captives = scene.category === 'captured' || /\b(?:hostages?|captives?|prisoners?|detainees?|held)\b/i.test(party ?? '');
    if (!side && captives && party && population !== 'military') {
      const held = placeOf(scene);
      if (held && !party.includes(held.name)) party = `${party} in ${held.name}`;
    }
    if (!side && population !== 'military' && !captives) {
      place = placeOf(scene);
      side = place?.side ?? ownPeople(scene);
      if (place && side !== place.side) place = null;
    }
    if (!side && DEAD_BODIES.has(scene.category)) side = ownPeople(scene);
    if (!side && scene.continues?.side && party === scene.continues.party) side = scene.continues.side;
    if (!place && side && population !== 'military') {
      const named = placeOf(scene);
      place = named?.side === side ? named : null;
    }
  }
  if (DEAD_BODIES.has(scene.category) && !population && side && EXCHANGE_SIDES.has(side)) population = 'military';
  if (!party && !side && !KILLS_RE.test(scene.before)) return { party: null, side: null, population: null };
  return { party: describe(party, side, population, place, base), side, population: population ?? (party || openPopulation ? null : 'all') };
}

const DASH_LABEL_RE = /^\s*[—–]\s+([^.;(|]{1,60})/;
const MILITARY_LOSS_RE = /\b(?:losses|troops|soldiers|servicemen|military|personnel|army|fighters)\b/i;

// "the number of Russian soldiers killed at 7,000": the group named by the toll phrase before a figure.
const TOLL_OF_RE = /\b(?:number|numbers|toll|count|tally|total)\s+of\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:killed|dead|wounded|injured|missing|captured)\b[^.;]{0,25}$/u;
/** A noun-less figure that is a toll or a killing's object counts people ("kills at least 200"). */
const KILLS_RE = /\b(?:kill(?:s|ed|ing)?|toll|deaths?|dead|casualt(?:y|ies)|died|wounded|injured)\b[^.;]{0,40}$/i;

// "the number of dead Ukrainian soldiers — 31 000"
const TOLL_OF_DEAD_RE =
  /\b(?:number|numbers|toll|count|tally|total)\s+of\s+(?:dead|killed|slain|fallen|wounded|injured|missing|captured)\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s*(?:[—–:]|\b(?:is|was|at|stands at|stood at|reached|to)\b)[^.;\d]{0,20}$/u;

// "puts total Russian personnel losses since the invasion at 1,063,500": an army's losses.
// (The words may be quoted: Russian "personnel losses".)
const ARMY_LOSSES_RE = /\b([\p{Lu}][\p{L}'’-]+)\s+["“]?(?:(?:personnel|military|troop|army|combat|battlefield)\s+(?:losses|casualties|deaths|dead)|losses)\b["”]?[^.;\d]{0,80}$/u;

// "Russia had likely suffered about 500,000 casualties": the country that suffered them. Whether
// soldiers or civilians is left open (a war's toll of a country can be either).
const SUFFERED_RE = /\b([\p{Lu}][\p{L}'’-]+)\s+(?:has\s+|had\s+|have\s+)?(?:(?:likely|probably|already|now)\s+)?(?:suffered|sustained|incurred)\s+(?:[\p{L}]+\s+){0,3}$/u;

function tollParty(before: string): Party | null {
  const army = ARMY_LOSSES_RE.exec(before);
  const armySide = army ? sideIn(tokenize(army[1])) : null;
  if (armySide && ADJECTIVE[armySide]) return { party: `${ADJECTIVE[armySide]} military`, side: armySide, population: 'military' };
  const m = TOLL_OF_RE.exec(before) ?? TOLL_OF_DEAD_RE.exec(before);
  if (!m) return null;
  const base = partyOf(tokenize(m[1]), m[1].split(/\s+/).pop()!.toLowerCase(), '');
  return base.party ? base : null;
}

/** The group a sentence's toll names at its end ("…what it calls Russian personnel losses."), for a figure after it. */
export function partyOfToll(sentence: string): Party | null {
  return tollParty(sentence.replace(/[.!?"”’]+\s*$/, ''));
}

function describe(party: string | null, side: string | null, population: Population | null, place: Place | null, base: Party): string {
  if (!party) {
    if (population === 'military' && side) return `${ADJECTIVE[side]} military`;
    if (place) return `people in ${place.name}`;
    return side ? (PLURAL[side] ?? `${ADJECTIVE[side] ?? side} people`) : 'people';
  }
  if (base.side || !side) return party;
  if (population === 'military' && ADJECTIVE[side]) return /^[a-z]+$/.test(party) ? `${ADJECTIVE[side]} ${party}` : `${ADJECTIVE[side]} military`;
  // A group carried over from a sibling figure keeps its group, not the sibling's place ("five in
  // Kharkiv, three in Sumy": the second is "engineers in Sumy", never "… in Kharkiv in Sumy").
  if (place && !party.includes(place.name)) return `${party.replace(/\s+in\s+\p{Lu}[\p{L}'’ -]*$/u, '')} in ${place.name}`;
  if (/^people$/i.test(party) && PLURAL[side]) return PLURAL[side];
  if (/^civilians$/i.test(party) && ADJECTIVE[side]) return `${ADJECTIVE[side]} civilians`;
  return party;
}
