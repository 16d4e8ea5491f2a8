/**
 * What kind of source a claimant is. Order matters: a UN body or an independent monitor is
 * recognised before the generic "officials"; a health ministry or police force is `official`
 * even in a war; a warring state's army, ministries and office-holders are `belligerent`.
 * Two readings depend on the scene (the figure's sentence and paragraph):
 *  - a government counting a disaster's dead (an earthquake, a flood) acts as a civil authority:
 *    `official`, even a junta — it is a belligerent only about war deaths;
 *  - an office-holder with no stated nationality ("the regional governor") is a belligerent when
 *    the scene places it in a war (a governor and Kharkiv, a mayor and Belgorod), else `official`.
 */
import type { ClaimantType } from '../claim';
import { sideIn } from './party';
import { lastPlaceIn, placeSideIn } from './places';
import { tokenize } from './tokens';

// The UN's agencies and its country missions (BINUH in Haiti, UNAMA in Afghanistan, MONUSCO in
// Congo, UNMISS in South Sudan, …): each speaks for the UN, not for a side.
const UN_RE =
  /\bU\.N\.|\b(?:UN|United Nations|OHCHR|HRMMU|UNICEF|WHO|World Health Organi[sz]ation|OCHA|UNOCHA|UNRWA|UNHCR|IOM|WFP|UNFPA|UNDP|UNESCO|UNOSAT|UNMAS|Security Council|UN human rights|International Organi[sz]ation for Migration|World Food Programme|UN Refugee Agency|BINUH|UNAMA|UNAMI|UNMISS|MONUSCO|MINUSMA|MINUSCA|UNSMIL|UNSOM|UNTMIS|UNIFIL|UNDOF|UNMIK|UNISFA|UNITAMS|UNSMIS)\b/;
const INDEPENDENT_RE =
  /\b(?:NGO|researchers?|Mediazona|BBC Russian|Meduza|Airwars|ACLED|Armed Conflict Location|Uppsala Conflict Data|Committee to Protect Journalists|CPJ|Reporters Without Borders|Aid Worker Security|Observatory|monitor(?:s|ing group)?|Human Rights Watch|Amnesty|MSF|Médecins Sans Frontières|Doctors Without Borders|Red Cross|ICRC|IFRC|International Federation of Red Cross|Lancet|study|university|Iraq Body Count|activists?|rights groups?|Lawyers|Resistance Committees?|Emergency Response Rooms?|Syrian Network|Doctors Network|AAPP|Assistance Association for Political Prisoners|Crisis Group|UCDP|watchdog|analysts|Save the Children|Oxfam|Insecurity Insight|independent|charity|charities|nonprofit|non-profit|aid group|humanitarian group)\b/i;
const MEDIA_RE =
  /\b(?:news agency|AFP|Reuters|Associated Press|AP|tally|RIA|TASS|Interfax|Ukrinform|Al Jazeera|newspaper|broadcaster|state media|state TV|Xinhua|Anadolu|WAFA|BBC|CNN)\b/;
const INTELLIGENCE_RE = /\b(?:intelligence|Pentagon|NATO|Nato|CIA|MI6|GCHQ|Western officials|US officials|U\.S\. officials|British officials|American officials)\b/i;
// Research institutes that estimate a war's losses from outside it ("CSIS", "the Institute for the Study of War").
const THINK_TANK_RE =
  /\b(?:think[- ]tank|Center for Strategic and International Studies|CSIS|Institute for the Study of War|ISW|Royal United Services Institute|RUSI|International Institute for Strategic Studies|IISS|Chatham House|Brookings|RAND|Carnegie|Oryx)\b/;
// A state that is no party to the war between Russia and Ukraine, estimating either side's losses:
// "Britain's defence ministry", "the US Defense Department", "South Korea's spy agency".
const THIRD_STATE_RE =
  /\b(?:UK|U\.K\.|Britain|British|United Kingdom|US|U\.S\.|United States|American|France|French|Germany|German|Estonia|Estonian|Poland|Polish|Lithuania|Lithuanian|Latvia|Latvian|Finland|Finnish|Canada|Canadian|Norway|Norwegian|Netherlands|Dutch|South Korea|South Korean|Japan|Japanese)(?:['’]s)?\b/;
const RUSSIA_UKRAINE_SCENE_RE = /\b(?:Russia\w*|Ukrain\w*|Kremlin|Kyiv|Moscow)\b/;
const OFFICIAL_RE =
  /\b(?:health ministry|ministry of health|health authorit(?:y|ies)|health officials|civil defen[cs]e|police|fire(?:fighters| service| department)?|rescue(?:rs)?|coast ?guards?|emergency services|emergencies (?:ministry|service)|emergency service|disaster|coroners?|medical examiner|hospital|doctors|medics|paramedics|prosecutors?|FEMA|AFAD|NDMA|PDMA|SDMA|NDRRMC|BNPB|NDRF|SDRF|red crescent|Emergency Situations)\b/i;
const BELLIGERENT_RE =
  /\b(?:army|military|armed forces|defen[cs]e ministry|ministry of defen[cs]e|general staff|IDF|Israel Defense Forces|Hamas|Hezbollah|RSF|Rapid Support Forces|SAF|junta|Houthis?|Kremlin|Wagner|TPLF|Coordination Headquarters|Prisoners of War)\b/i;
const BELLIGERENT_OR_OFFICE_RE =
  /\b(?:defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e (?:department|secretary|minister|officials?)|government|officials?|military|armed forces|spy agency|estimates?)\b/i;
// The leaders and commanders of warring states, by surname.
const LEADER_SIDES: Record<string, string> = {
  zelensky: 'ukraine',
  zelenskyy: 'ukraine',
  zelenskiy: 'ukraine',
  syrskyi: 'ukraine',
  budanov: 'ukraine',
  umerov: 'ukraine',
  putin: 'russia',
  peskov: 'russia',
  shoigu: 'russia',
  belousov: 'russia',
  gerasimov: 'russia',
  medinsky: 'russia',
  netanyahu: 'israel',
};
const LEADER_RE = new RegExp(`\\b(${Object.keys(LEADER_SIDES).join('|')})\\b`, 'i');
const OFFICE_RE =
  /\b(?:government|authorities|officials?|governor|mayor|president|minister|ministry|adviser|advisor|aide|spokes(?:man|woman|person)|representative|negotiator|envoy|delegation|ambassador|commander|deputy|cabinet|administration|prime minister|presidential|head|commissioner|ombuds(?:man|woman|person))\b/i;
const WARRING_STATE_RE = /^(?:Ukraine|Russia|Israel|Kyiv|Kiev|Moscow|Jerusalem|Sudan|Myanmar|Syria|Yemen|Ethiopia|Eritrea)$/i;

export interface ClaimantKind {
  claimantType: ClaimantType;
  claimantSide: string | null;
}

const DISASTER_RE =
  /\b(?:earthquakes?|quakes?|aftershocks?|floods?|flooding|flash floods?|cyclones?|typhoons?|hurricanes?|tsunamis?|landslides?|mudslides?|wildfires?|storms?|heatwaves?|eruption|avalanche|monsoon)\b/i;
const WAR_RE = /\b(?:strikes?|airstrikes?|shelling|attacks?|fighting|offensive|drones?|missiles?|bomb\w*|troops|soldiers|war|clashes)\b/i;

export function classifyClaimant(claimant: string | null, context: string | null, sceneOf: () => string = () => ''): ClaimantKind {
  if (!claimant) return { claimantType: 'unknown', claimantSide: null };
  const kind = kindByName(claimant, `${claimant} ${context ?? ''}`, sceneOf);
  if (kind.claimantType !== 'belligerent') return kind;
  const scene = sceneOf();
  return DISASTER_RE.test(scene) && !WAR_RE.test(scene) ? { claimantType: 'official', claimantSide: kind.claimantSide } : kind;
}

/**
 * Kinds already read from a claimant's name and context, when the reading did not need the scene:
 * the figures of one passage mostly share their source, and reading a name costs a dozen patterns.
 */
const kindsByName = new Map<string, ClaimantKind>();

function kindByName(claimant: string, text: string, sceneOf: () => string): ClaimantKind {
  const key = `${claimant}\u0000${text}`;
  const known = kindsByName.get(key);
  if (known) return known;
  let readScene = false;
  const side = sideIn(tokenize(text)) ?? placeSideIn(text);
  const kind = byName(claimant, text, side, () => {
    readScene = true;
    return sceneOf();
  });
  if (!readScene) {
    if (kindsByName.size > 2000) kindsByName.clear();
    kindsByName.set(key, Object.freeze(kind));
  }
  return kind;
}

function byName(claimant: string, text: string, side: string | null, sceneOf: () => string): ClaimantKind {
  const kind = (claimantType: ClaimantType, warring = true): ClaimantKind => ({ claimantType, claimantSide: warring ? side : null });
  if (UN_RE.test(text)) return kind('un', false);
  if (INDEPENDENT_RE.test(text)) return kind('independent', false);
  if (MEDIA_RE.test(text)) return kind('media', false);
  if (THINK_TANK_RE.test(text)) return kind('independent', false);
  if (INTELLIGENCE_RE.test(text)) return side && /\b(?:Ukrain|Russia|Israel)/i.test(text) && !/\bNATO|Nato\b/.test(text) ? kind('belligerent') : kind('intelligence', false);
  // (Only about that war: elsewhere a third state's forces may be a party, as the US's are in Yemen.)
  if (THIRD_STATE_RE.test(claimant) && !side && BELLIGERENT_OR_OFFICE_RE.test(claimant) && RUSSIA_UKRAINE_SCENE_RE.test(sceneOf())) return kind('intelligence', false);
  // "President Volodymyr Zelensky": a warring state's leader speaks for it, named or titled.
  const leader = LEADER_RE.exec(claimant);
  if (leader) return { claimantType: 'belligerent', claimantSide: LEADER_SIDES[leader[1].toLowerCase()] ?? null };
  if (OFFICIAL_RE.test(text)) return kind('official');
  if (BELLIGERENT_RE.test(text) || WARRING_STATE_RE.test(claimant.trim())) return kind('belligerent');
  if (OFFICE_RE.test(text)) {
    // An office-holder belongs where he holds office: his title's place, else where the event was.
    const sceneSide = sideIn(tokenize(claimant)) ?? placeSideIn(claimant) ?? lastPlaceIn(sceneOf())?.side ?? side ?? placeSideIn(sceneOf());
    return sceneSide ? { claimantType: 'belligerent', claimantSide: sceneSide } : kind('official');
  }
  return kind('unknown');
}
