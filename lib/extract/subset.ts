/**
 * The part of a party a figure counts (lib/subsets.ts vocabulary): a group named by the counted
 * phrase ("23 children", "26 employees of healthcare institutions", "16,100 recruited prisoners")
 * or a place the figure is scoped to ("658 in Latakia" in a breakdown, "about 300 killed in
 * Homs province"). The whole-population figure keeps null, and so does a place that is where the
 * whole conflict is (Gaza in the Gaza war, Ukraine in Ukraine's).
 */
import { RECENT_SENTENCES, RecentCache } from './recent-cache';
import { afterLastOf, beforeFirst } from './clause-start';
import { placeSubset } from '../subsets';
import { SIDE_WORDS } from './lexicon';
import { firstPlaceIn, isWholeConflictPlace, lastPlaceIn } from './places';

/** Group words of the counted phrase → subset slug. Checked on the phrase with what follows it. */
const GROUPS: [RegExp, string][] = [
  [
    /\b(?:un|u\.n\.|unrwa|united nations)\s+(?:staff|staffers|employees|workers|personnel|colleagues|aid workers)\b|\bemployees of (?:the )?(?:un|unrwa|united nations)\b/i,
    'un-staff',
  ],
  [/\b(?:aid|humanitarian|relief)\s+(?:workers?|staff|personnel)\b|\bhumanitarians\b/i, 'aid-workers'],
  [/\b(?:health(?:care)?|medical|hospital)\s+(?:workers?|staff|personnel|employees)\b|\bemployees of (?:healthcare|health|medical)\b|\bhealth professionals\b/i, 'health-workers'],
  [/\b(?:medics|paramedics|doctors|nurses|ambulance (?:crews?|workers?|staff))\b/i, 'medics'],
  [
    /\b(?:emergency(?: service)? (?:workers?|personnel|responders|staff)|first responders|rescuers|rescue workers|firefighters|civil defen[cs]e (?:workers?|members|personnel|staff|crews?))\b/i,
    'emergency-workers',
  ],
  [/\b(?:journalists?|reporters?|media workers?|media professionals|photojournalists?|camera(?:men|man)|press workers)\b/i, 'journalists'],
  [/\b(?:recruited prisoners|prisoner recruits|convicts?|former (?:prisoners|inmates)|recruits? from prisons?|storm-z)\b/i, 'recruited-prisoners'],
  [/\b(?:mercenar(?:y|ies)|foreign fighters|wagner (?:fighters|mercenaries))\b/i, 'mercenaries'],
  [/\b(?:mobili[sz]ed(?: (?:men|soldiers|troops|servicemen|reservists))?|mobilisation|mobilization)\b/i, 'mobilised'],
  [/\bconscripts?\b/i, 'conscripts'],
  [/\bvolunteers?\b/i, 'volunteers'],
  // Not "members of the General Security forces": the rank, counted ("three generals", "one general").
  [/\bgenerals\b|^general\b/i, 'generals'],
  [/\b(?:police(?:men|women)?|police officers?|policemen|officers of the police|gendarmes)\b/i, 'police'],
  [/\bofficers?\b/i, 'officers'],
  [/\b(?:children|child|kids|boys|girls|minors|babies|infants|teenagers|toddlers|newborns|schoolchildren|pupils)\b/i, 'children'],
  [/\b(?:women|woman|mothers)\b/i, 'women'],
  [/\b(?:elderly|older people|pensioners)\b/i, 'elderly'],
  [/\b(?:foreigners|foreign nationals|foreign citizens)\b/i, 'foreigners'],
];

export interface SubsetScene {
  /** The counted phrase after the number ("employees of healthcare institutions"), lower-cased words. */
  phrase: string;
  /** Text right after the number, to the end of its clause. */
  after: string;
  /** The sentence text before the number. */
  before: string;
  /** The figure counts one incident or a stated stretch, so a place anywhere in its sentence scopes it. */
  incident?: boolean;
  sentence?: string;
  /** The figure is one item of a breakdown (bracket, list or series under a lead). */
  item: boolean;
  /** The place label of a breakdown item ("Latakia" in "658 in Latakia", "Bashkortostan (5 945)"). */
  itemPlace: string | null;
  category: string;
}

export function subsetOf(scene: SubsetScene): string | null {
  const phrase = scene.phrase;
  if (phrase) {
    for (const [re, slug] of GROUPS) {
      if (!re.test(phrase)) continue;
      // "1,347 men" is a sex breakdown only inside one; elsewhere "men" may just mean people.
      return slug;
    }
    if (scene.item && /^(?:men|man|males|adult men)$/.test(phrase)) return 'men';
    if (/\bhostages?\b/.test(phrase) && scene.category !== 'captured') return 'hostages';
  }
  if (scene.itemPlace) return placeSubset(scene.itemPlace);
  const clause = beforeFirst(scene.after, /[;:—–]|,\s+(?:and|while|but|including|according|the|a|an|as|with)\b|\b(?:and|while)\s+(?:\d|another|a further)/);
  // After a running toll ("the number killed passed 30,000 on a day when … in Gaza City") only a
  // place right after the figure scopes it.
  const tollBefore = /\b(?:toll|tally|number of|count|total)\b/i.test(scene.before);
  const near = clause.slice(0, tollBefore ? 25 : 60);
  const hinted = PLACE_HINT_RE.test(near);
  // A whole country is where a national war or disaster is, not a part of it (a list of countries is
  // read as items above). An incident's place elsewhere in the sentence scopes neither a running
  // toll nor captives handed over somewhere else.
  const sentenceWide = scene.incident && scene.category !== 'captured' && !tollBefore;
  const place = (hinted ? (firstPlaceIn(near) ?? namedPlace(near)) : null) ?? placeBefore(scene.before) ?? (sentenceWide ? sentencePlace(scene.sentence ?? '') : null);
  if (place && !isWholeConflictPlace(place.name) && !COUNTRY_RE.test(place.name)) return placeSubset(place.name);
  return null;
}

const COUNTRY_RE =
  /^(?:Afghanistan|Algeria|Bangladesh|Brazil|Burkina Faso|Cameroon|Chad|China|Colombia|Congo|DR Congo|DRC|Democratic Republic|Democratic Republic of (?:the )?Congo|Republic of (?:the )?Congo|Central African Republic|Egypt|Greece|Haiti|India|Indonesia|Iran|Iraq|Italy|Japan|Jordan|Kenya|Libya|Mali|Mexico|Morocco|Mozambique|Nepal|Niger|Nigeria|Pakistan|Peru|Philippines|Somalia|South Sudan|Spain|Sri Lanka|Thailand|Tunisia|Turkey|Türkiye|Uganda|United States|US|USA|America|Venezuela|Vietnam|Zimbabwe|Britain|France|Germany|Poland|Belarus|Moldova|Georgia|Armenia|Azerbaijan|Iran|Saudi Arabia|Qatar|Egypt|Ecuador|Chile|Argentina|Bolivia|Cuba|Jamaica|Guatemala|Honduras|Nicaragua|El Salvador|Ethiopia|Eritrea|Rwanda|Burundi|Malawi|Zambia|Angola|Senegal|Ghana|Ivory Coast|Benin|Togo|Guinea|Liberia|Sierra Leone|Madagascar|Myanmar|Cambodia|Laos|Malaysia|Australia|Canada|the Caribbean|Europe|Africa|Asia)$/;

/** A country, or the land a whole conflict is in: where everyone counted is, never a subset of them. */
function isWholePlace(name: string): boolean {
  return isWholeConflictPlace(name) || COUNTRY_RE.test(name);
}

// "A car bomb exploded near the ministry in Mogadishu on Saturday, killing 14 people": one
// incident's place, named anywhere in its sentence; "Mogadishu car bomb kills 14".
const INCIDENT_PLACE_RE =
  /((?:\p{Lu}|al-|el-)[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:car bomb|bomb|bombing|strike|airstrike|attack|blast|explosion|shelling|fire|quake|earthquake|flood|floods|landslide|shooting|massacre|stampede|collapse)\b/u;

const sentencePlaceMemo = new RecentCache<string, { name: string } | null>(RECENT_SENTENCES);

/** The place of the incident a sentence reports (kept per sentence: its figures share it). */
function sentencePlace(sentence: string): { name: string } | null {
  return sentencePlaceMemo.get(sentence, sentencePlaceNow);
}

function sentencePlaceNow(sentence: string): { name: string } | null {
  const talks = /\b(?:talks|meeting|summit|conference|negotiations|agreed|briefing)\b/i.test(sentence);
  const gazetteer = talks ? null : lastPlaceIn(sentence);
  if (gazetteer && !isWholePlace(gazetteer.name)) return gazetteer;
  for (const m of sentence.matchAll(/\b(?:in|near|at|on|across|outside)\s+/g)) {
    // "agreed at talks in Istanbul", "told a meeting in Naypyitaw": where it was said, not where they died.
    if (/\b(?:talks|meeting|summit|conference|negotiations|agreed|briefing|press conference|visit)\s*$/i.test(sentence.slice(Math.max(0, m.index! - 25), m.index!))) continue;
    const named = namedPlace(sentence.slice(m.index!, m.index! + 70));
    if (named && !isWholePlace(named.name)) return named;
  }
  const modifier = INCIDENT_PLACE_RE.exec(sentence);
  if (modifier && !NOT_A_PLACE_RE.test(modifier[1]) && !isNationality(modifier[1].split(/\s+/)[0]) && !SIDE_WORDS[modifier[1].split(/\s+/)[0].toLowerCase()])
    return { name: modifier[1] };
  return null;
}

// "killing 14 people in Mogadishu", "died in Hatay province": a named place after the figure,
// gazetteer or not, when nothing says the name is an event, a nationality, a date or a body.
const NAMED_PLACE_RE =
  /^\s*(?:[\p{L}'’-]+\s+){0,4}?(?:in|near|at|across|around|outside|inside)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s+)?(?:(?:[\p{L}-]+\s+){0,2}?(?:city|town|village|province|region|district|state|county|camp|port) of\s+)?((?:\p{Lu}|al-|el-)[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?:\s+(\p{Ll}+))?/u;
const NOT_A_PLACE_RE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Hurricane|Storm|Cyclone|Typhoon|Tropical|Operation|The|A|An|His|Her|Their|Its|Our|It|This|That|These|Those|He|She|They|We|There|Here|UN|U\.N\.|[A-Z]{2,}s?)\b/;
const EVENT_NOUN_RE =
  /^(?:strike|strikes|airstrike|airstrikes|attack|attacks|fire|fires|blast|blasts|raid|raids|bombing|bombings|shelling|offensive|flood|floods|flooding|quake|earthquake|storm|war|clashes|fighting|crash|statement|report|tally|figures|data|custody|captivity|prisons?|jails?|hospitals?|forces|troops|army|police|officials|government|authorities|media|television|news|camp)$/;

const GENERIC_TERRITORY_RE = /^(?:Strip|Enclave|Territory|Territories|Kingdom|Republic|Capital|Island|Islands|Peninsula|Region|Country|Province|State|City|Coast)$/;

/** "Israeli", "Sudanese", "Syrian", "Turkish": an adjective of nationality, not a place. */
function isNationality(word: string): boolean {
  return (
    /(?:ian|ese|ish)$/.test(word) ||
    /^(?:Israeli|Yemeni|Iraqi|Pakistani|Bangladeshi|Saudi|Kuwaiti|Omani|Qatari|Emirati|Somali|Afghani|Nepali|Azerbaijani|Thai|Burmese|Congolese)$/.test(word)
  );
}

function namedPlace(near: string): { name: string } | null {
  const m = NAMED_PLACE_RE.exec(near);
  if (!m) return null;
  // "Congo's Ituri province" → Ituri.
  const name = m[1].replace(/['’]s$/, '').replace(/^.*['’]s\s+/, '');
  const first = name.split(/\s+/)[0];
  if (NOT_A_PLACE_RE.test(name) || (SIDE_WORDS[first.toLowerCase()] && !/^(?:Gaza|Ukraine|Russia|Israel|Lebanon|Sudan|Syria|Yemen|Myanmar|Ethiopia|Darfur|Tigray)$/.test(first)))
    return null;
  if (isNationality(first)) return null;
  // "across the Strip", "throughout the Enclave": the whole territory written as a common noun.
  if (GENERIC_TERRITORY_RE.test(name)) return null;
  if (m[2] && EVENT_NOUN_RE.test(m[2])) return null;
  if (/\b(?:Hospital|University|Ministry|Army|Forces|Council|Committee|Office|Agency|Organization|Organisation|Foundation|Times|News|Post)\b/.test(name)) return null;
  return { name };
}

const PLACE_HINT_RE = /\b(?:[Ii]n|[Nn]ear|[Aa]t|[Aa]cross|[Aa]round|[Ii]nside|[Oo]utside|[Oo]n|[Oo]f|[Tt]hroughout)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:\p{Lu}|al-)/u;

// "In Jabalia, rescuers recovered …" (a fronted place scopes the sentence); "Moscow, home to 13
// million people, has lost fewer than 900 men" (the place as the subject that lost them).
const FRONTED_RE =
  /^(?:In|At|Near|Inside|Across|Outside)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?:\s+(?:province|region|district|state|county|city|town|camp|governorate|oblast))?,/u;
const SUBJECT_RE = /^((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?:,[^,.;]{0,60},)?\s+(?:has\s+|have\s+|had\s+)?(?:lost|buried|mourned|counted|recorded)\s+$/u;

function placeBefore(before: string): { name: string } | null {
  const m = FRONTED_RE.exec(before) ?? SUBJECT_RE.exec(before);
  if (!m) {
    // "Overnight drone attack on Kharkiv kills three": a place in the figure's own clause before it.
    const clause = before.slice(afterLastOf(before, ',;:—–'));
    return clause.length < 80 && /\b(?:on|in|at|near)\s/.test(clause) ? lastPlaceIn(clause) : null;
  }
  return firstPlaceIn(`in ${m[1]}`) ?? namedPlace(`in ${m[1]}`);
}
