/**
 * Where a figure's dead were: a small gazetteer of major places per conflict (side slugs from
 * lib/conflicts.ts) and a reader for place phrases ("in Gaza", "in northern Kharkiv", "near El
 * Fasher"). A place tells whose civilians died; it never tells whose soldiers did, since soldiers
 * die on the enemy's ground too — callers decide when a place may be used.
 */
import { beforeFirst } from './clause-start';
import { wordTable } from './word-table';

const GAZETTEER: Record<string, string> = wordTable({});
function places(side: string, names: string): void {
  for (const name of names.split('|')) GAZETTEER[name.toLowerCase()] = side;
}

places(
  'palestinians',
  'Gaza|Gaza Strip|Gaza City|Rafah|Khan Younis|Khan Yunis|Jabalia|Deir al-Balah|Nuseirat|Beit Lahia|Beit Hanoun|Mawasi|al-Mawasi|West Bank|Jenin|Nablus|Tulkarm|Tulkarem|Hebron|Ramallah|Qalqilya|Tubas|Bureij|Maghazi|Shati',
);
places('israel', "Israel|Tel Aviv|Haifa|Sderot|Ashkelon|Ashdod|Beersheba|Kiryat Shmona|Metula|Nahariya|Be’eri|Be'eri|Kfar Aza|Nir Oz|Golan Heights");
places('lebanon', 'Lebanon|Beirut|Dahiyeh|Tyre|Sidon|Nabatieh|Baalbek|Bekaa|Bekaa Valley|Bint Jbeil|Marjayoun');
places(
  'ukraine',
  'Ukraine|Kyiv|Kiev|Kharkiv|Kharkov|Odesa|Odessa|Dnipro|Dnipropetrovsk|Zaporizhzhia|Kherson|Sumy|Lviv|Chernihiv|Mykolaiv|Poltava|Kryvyi Rih|Vinnytsia|Ternopil|Zhytomyr|Kramatorsk|Sloviansk|Pokrovsk|Kostiantynivka|Izium|Bucha|Irpin|Uman|Cherkasy|Khmelnytskyi|Rivne|Lutsk|Ivano-Frankivsk|Kropyvnytskyi|Donetsk|Luhansk|Bakhmut|Avdiivka|Mariupol|Vuhledar|Toretsk|Chasiv Yar|Kupiansk|Lyman|Huliaipole|Nikopol',
);
places(
  'russia',
  'Russia|Moscow|Bashkortostan|Sverdlovsk|Chelyabinsk|Dagestan|Buryatia|Tuva|Chechnya|Belgorod|Kursk|Bryansk|Voronezh|Rostov|Krasnodar|St Petersburg|Saint Petersburg|Lipetsk|Tambov|Oryol|Smolensk|Tatarstan|Kazan',
);
places(
  'sudan',
  'Sudan|Darfur|North Darfur|South Darfur|West Darfur|El Fasher|al-Fashir|El Fashir|Khartoum|Omdurman|Khartoum North|Bahri|Zamzam|Zamzam camp|Abu Shouk|Kordofan|North Kordofan|South Kordofan|El Obeid|Port Sudan|Geneina|El Geneina|Wad Madani|Gezira|Al Jazira|Nyala|Kadugli|Dilling|Sennar',
);
places(
  'myanmar',
  'Myanmar|Burma|Mandalay|Yangon|Rangoon|Naypyitaw|Nay Pyi Taw|Sagaing|Rakhine|Shan State|Kachin|Karen State|Kayin|Chin State|Magway|Bago|Karenni|Kayah|Myawaddy|Lashio',
);
places('syria', 'Syria|Aleppo|Damascus|Idlib|Homs|Hama|Latakia|Tartus|Deir ez-Zor|Deir el-Zour|Raqqa|Daraa|Sweida|Suwayda|Eastern Ghouta|Ghouta');
places('yemen', "Yemen|Sanaa|Sana'a|Hodeidah|Hudaydah|Aden|Taiz|Marib|Saada|Saadah");
places('ethiopia', 'Ethiopia|Tigray|Mekelle|Amhara|Oromia|Afar|Addis Ababa|Axum|Gondar|Shire');

const FIRST_WORDS = new Set(Object.keys(GAZETTEER).map((n) => n.split(' ')[0]));
const NAMES = Object.keys(GAZETTEER)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.'’-]/g, '\\$&'));
const DIRECTION = '(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|occupied|besieged|war-torn)\\s+';
// Up to three words starting with a capital ("El Fasher", "Deir al-Balah", "Zamzam camp"),
// looked up longest first: one pass with a short pattern instead of a 250-name alternation.
const NAME = `((?:\\p{Lu}|al-)[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,2})`;
/** "in Gaza", "across northern Gaza", "near El Fasher", "on Kharkiv" (strikes on a city). */
const PLACE_RE = new RegExp(
  `\\b(?:[Ii]n|[Ii]nside|[Aa]cross|[Nn]ear|[Aa]round|[Oo]utside|[Oo]n|[Aa]t|[Oo]f|[Tt]hroughout)\\s+(?:[Tt]he\\s+)?(?:${DIRECTION})?(?:city\\s+of\\s+|region\\s+of\\s+|town\\s+of\\s+)?${NAME}`,
  'gu',
);
/** A place named first: "Gaza's health ministry", "a Kharkiv hospital", "Sudan's RSF". */
const PLACE_ANYWHERE_RE = new RegExp(`\\b${NAME}`, 'gu');

/** The gazetteer name at the start of a run of words, longest first ("Gaza City" before "Gaza"). */
function lookup(words: string): string | null {
  const space = words.search(/\s/);
  const first = (space < 0 ? words : words.slice(0, space)).toLowerCase().replace(/['’]s$/, '');
  if (!FIRST_WORDS.has(first)) return null; // most capitalised words are not places: one set lookup
  const parts = words.split(/\s+/);
  for (let n = parts.length; n >= 1; n--) {
    const key = parts
      .slice(0, n)
      .join(' ')
      .replace(/['’]s$/, '');
    if (GAZETTEER[key.toLowerCase()]) return key;
  }
  return null;
}
/** Where bodies or prisoners went: "returned to Ukraine", "handed over to Russia". */
const RECEIVER_RE = new RegExp(
  `\\b(?:returned|repatriated|handed(?:\\s+over)?|transferred|sent|brought\\s+home|brought\\s+back|given\\s+back)\\b[^.;]{0,40}?\\bto\\s+(?:the\\s+)?(${NAMES.join('|')}|Kyiv|Moscow|Ukrainian side|Russian side|Israeli side|Israel)\\b`,
  'i',
);
const RECEIVED_RE = new RegExp(`\\b(${NAMES.join('|')}|Kyiv|Moscow)\\s+(?:has\\s+|had\\s+|have\\s+)?(?:received|got\\s+back|took\\s+back|recovered|repatriated)\\b`, 'i');

export interface Place {
  name: string;
  side: string;
}

function place(name: string): Place {
  return { name, side: GAZETTEER[name.toLowerCase()] };
}

/** The last place phrase ("in Gaza") in a stretch of text, or null. */
export function lastPlaceIn(text: string): Place | null {
  let found: string | null = null;
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(text); m; m = PLACE_RE.exec(text)) found = lookup(m[1]) ?? found;
  return found ? place(found) : null;
}

/** The first place phrase in a stretch of text, or null. */
export function firstPlaceIn(text: string): Place | null {
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(text); m; m = PLACE_RE.exec(text)) {
    const found = lookup(m[1]);
    if (found) return place(found);
  }
  return null;
}

/** Side of any gazetteer place named in a short phrase (a claimant: "Kharkiv governor"). */
export function placeSideIn(phrase: string): string | null {
  PLACE_ANYWHERE_RE.lastIndex = 0;
  for (let m = PLACE_ANYWHERE_RE.exec(phrase); m; m = PLACE_ANYWHERE_RE.exec(phrase)) {
    const found = lookup(m[1]);
    if (found) return GAZETTEER[found.toLowerCase()];
  }
  return null;
}

const RECEIVER_SIDE: Record<string, string> = wordTable({ kyiv: 'ukraine', moscow: 'russia', 'ukrainian side': 'ukraine', 'russian side': 'russia', 'israeli side': 'israel' });

/** "given Russia the bodies of 19", "handed Kyiv 1,000 bodies": the receiver as indirect object. */
const GIVEN_RE = new RegExp(`\\b(?:given|gave|give|handed|hands|returned|returns|sent)\\s+(?:the\\s+)?(${NAMES.join('|')}|Kyiv|Moscow)\\b`, 'i');
const CLAUSE_BREAK_RE = /[,;:]|\b(?:and|while|whereas|but)\b/gi;

function sideNamed(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const name = m[1].toLowerCase();
  return RECEIVER_SIDE[name] ?? GAZETTEER[name] ?? null;
}

/**
 * The side that received a figure's bodies or prisoners, from the direction words of its own
 * clause: the words after it ("1,000 bodies were handed over to Ukraine"), else the clause that
 * leads up to it ("Ukraine had given Russia the bodies of 19 soldiers").
 */
export function receivingSide(before: string, after: string): string | null {
  const afterClause = beforeFirst(after, /[;]|,\s+(?:and|while|adding|but)\b/);
  let cut = 0;
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (let m = CLAUSE_BREAK_RE.exec(before); m; m = CLAUSE_BREAK_RE.exec(before)) cut = m.index + m[0].length;
  const clause = before.slice(cut);
  return sideNamed(RECEIVER_RE.exec(afterClause)) ?? sideNamed(GIVEN_RE.exec(clause)) ?? sideNamed(RECEIVED_RE.exec(clause)) ?? sideNamed(RECEIVER_RE.exec(clause + afterClause));
}

/** Places that are where a whole conflict is (a country, the Gaza Strip): never a place subset. */
const WHOLE_CONFLICT = new Set('gaza|gaza strip|west bank|israel|lebanon|ukraine|russia|sudan|syria|yemen|myanmar|burma|ethiopia|tigray'.split('|'));

export function isWholeConflictPlace(name: string): boolean {
  return WHOLE_CONFLICT.has(name.toLowerCase());
}
