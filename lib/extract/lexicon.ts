/**
 * Word lists the extractor reasons with. Kept apart from the logic so that widening coverage
 * (a new victims noun, a new casualty verb) is a one-line change that every rule picks up.
 */
import { wordTable } from './word-table';
import type { Category } from '../claim';

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Nouns that are themselves a casualty count: "406 deaths", "563 bodies". */
export const CASUALTY_NOUNS: Record<string, Category> = wordTable({
  deaths: 'killed',
  death: 'killed',
  dead: 'killed',
  fatalities: 'killed',
  fatality: 'killed',
  killings: 'killed',
  // "29 alleged summary executions", "63 lynchings": each one a person killed.
  executions: 'killed',
  lynchings: 'killed',
  murders: 'killed',
  martyrs: 'killed',
  homicides: 'killed',
  victims: 'killed',
  injuries: 'wounded',
  hospitalisations: 'wounded',
  hospitalizations: 'wounded',
  injured: 'wounded',
  wounded: 'wounded',
  injury: 'wounded',
  casualties: 'casualties',
  casualty: 'casualties',
  bodies: 'bodies',
  body: 'bodies',
  corpses: 'bodies',
  remains: 'bodies',
  corpse: 'bodies',
  missing: 'missing',
  disappeared: 'missing',
  pows: 'captured',
  hostages: 'captured',
  captives: 'captured',
  hostage: 'captured',
  kidnappings: 'captured',
  abductions: 'captured',
});

/** Participles and adjectives that say what happened to a counted group: "27 wounded", "were killed". */
export const CASUALTY_STATES: Record<string, Category> = wordTable({
  killed: 'killed',
  dead: 'killed',
  deceased: 'killed',
  died: 'killed',
  eliminated: 'killed',
  neutralised: 'killed',
  neutralized: 'killed',
  die: 'killed',
  dies: 'killed',
  dying: 'killed',
  slain: 'killed',
  perished: 'killed',
  murdered: 'killed',
  martyred: 'killed',
  beheaded: 'killed',
  lynched: 'killed',
  massacred: 'killed',
  executed: 'killed',
  fallen: 'killed',
  drowned: 'killed',
  wounded: 'wounded',
  maimed: 'wounded',
  injured: 'wounded',
  hurt: 'wounded',
  hospitalised: 'wounded',
  hospitalized: 'wounded',
  missing: 'missing',
  unaccounted: 'missing',
  disappeared: 'missing',
  captured: 'captured',
  abducted: 'captured',
  kidnapped: 'captured',
  imprisoned: 'captured',
  // "2,000 servicemen have surrendered": taken prisoner by the side they gave themselves up to.
  surrendered: 'captured',
  trapped: 'missing',
  treated: 'wounded',
  admitted: 'wounded',
  exchanged: 'captured',
  swapped: 'captured',
  buried: 'bodies',
  // Hit by gunfire, killed or not (lib/extract/predicate.ts reads "shot dead", "shot down").
  shot: 'casualties',
});

/** Active verbs whose object is the victims: "killed one person", "killing hundreds of civilians". */
export const CASUALTY_VERBS: Record<string, Category> = wordTable({
  killed: 'killed',
  killing: 'killed',
  kills: 'killed',
  kill: 'killed',
  slaughtered: 'killed',
  beheaded: 'killed',
  beheading: 'killed',
  lynched: 'killed',
  massacred: 'killed',
  executed: 'killed',
  murdered: 'killed',
  eliminated: 'killed',
  eliminating: 'killed',
  neutralised: 'killed',
  neutralized: 'killed',
  // "Hezbollah mourned 3 fighters": a group announcing its dead.
  mourned: 'killed',
  mourns: 'killed',
  wounded: 'wounded',
  wounding: 'wounded',
  wounds: 'wounded',
  wound: 'wounded',
  injure: 'wounded',
  injured: 'wounded',
  injuring: 'wounded',
  injures: 'wounded',
  hurt: 'wounded',
  hurting: 'wounded',
  captured: 'captured',
  capturing: 'captured',
  captures: 'captured',
  abducted: 'captured',
  kidnapped: 'captured',
  abducting: 'captured',
  kidnapping: 'captured',
  exchanged: 'captured',
  swapped: 'captured',
  // "Ukraine swaps 212 prisoners": a handover of captives.
  exchange: 'captured',
  exchanges: 'captured',
  exchanging: 'captured',
  swap: 'captured',
  swaps: 'captured',
  swapping: 'captured',
  lost: 'casualties',
  lose: 'casualties',
  loses: 'casualties',
  losing: 'casualties',
  // "We have buried 19 of them": the bodies laid to rest are counted.
  buried: 'bodies',
  burying: 'bodies',
  treated: 'wounded',
  treating: 'wounded',
  admitted: 'wounded',
  hospitalised: 'wounded',
  hospitalized: 'wounded',
});

/** "the bodies of 501 soldiers", "the deaths of 19 people": a casualty noun governing the count. */
export const GOVERNING_NOUNS: Record<string, Category> = wordTable({
  bodies: 'bodies',
  corpses: 'bodies',
  remains: 'bodies',
  body: 'bodies',
  deaths: 'killed',
  death: 'killed',
  killing: 'killed',
  killings: 'killed',
  lives: 'killed',
  murder: 'killed',
  massacre: 'killed',
  execution: 'killed',
  capture: 'captured',
  abduction: 'captured',
});

/** Heads that are never victims: they make "64 drones", "seven weeks", "200 kilometers" non-claims. */
export const NON_PERSON_NOUNS = words(`
  drone drones missile missiles rocket rockets shell shells bomb bombs munitions rounds tank tanks vehicle vehicles
  truck trucks lorry lorries convoy convoys car cars motorbikes motorcycles bikes bicycles pickups
  aircraft jets planes plane helicopters helicopter ships boats weapons guns artillery launchers sorties strikes airstrikes
  attacks attack raids explosions checkpoints barricades buildings building homes houses house apartments schools hospitals
  km kilometres kilometers miles metres meters feet mph kmh acres hectares tonnes tons kg
  second seconds minute minutes hour hours day days night nights week weeks month months year years decade decades century
  centuries times pm am percent per cent points votes seats dollars euros pounds rubles hryvnias shekels usd
  pesos rupees yuan yen naira francs shillings birr dinars riyals rials lira liras rand reais won taka baht ringgit dirhams cedis kwacha kyat
  anniversary th st nd rd degrees brigades brigade battalions regiments divisions thing things reasons ways
  fingers finger toes limbs limb legs leg arms arm hands hand eyes eye feet kidneys organs teeth
  sides parties delegations teams countries
  quake quakes earthquake earthquakes aftershock aftershocks tremor magnitude bags requests applications calls
  livestock cattle cows sheep goats animals birds chickens horses camels dogs cats pets fish donkeys poultry
  whales whale dolphins seals sharks turtles elephants lions tigers bears wolves deer monkeys penguins bees species
  stories articles episodes photos videos pictures books films chapters posts tweets headlines ways tips things
  federations associations organisations organizations agencies councils unions committees institutions companies firms
  goals matches games rounds laps medals trophies titles seasons albums tracks songs stars
  families households clans handlers servers processes jobs tasks threads endpoints services connections records files
  systems vehicles trucks lorries cars buses trains armoured armored launchers warships vessels boats
  sanctions targets positions settlements villages hamlets neighbourhoods neighborhoods towns cities regions districts countries nations lines steps
`);

/** Heads that are clearly people: they let a casualty predicate attach ("three teenagers were wounded"). */
export const PERSON_NOUNS = words(`
  people persons person crew crews crewmen crewmembers civilians civilian soldiers soldier troops servicemen servicewomen personnel fighters militants
  combatants insurgents rebels guerrillas officers officer policemen police paramedics medics doctors nurses firefighters
  rescuers children child kids boys girls babies infants minors teenagers teens adults men man women woman elderly residents
  villagers inhabitants citizens nationals locals students pupils workers miners migrants refugees passengers pilgrims
  worshippers protesters demonstrators journalists reporters members staff guests tourists patients prisoners detainees
  others relatives companions caregivers victims individuals occupants crew sailors marines paratroopers conscripts mercenaries
  commanders generals volunteers peacekeepers employees hostages captives
  farmers herders shepherds fishermen tribesmen tribespeople traders shoppers commuters drivers labourers laborers porters
  guards worshipers mourners bystanders vendors merchants monks priests nuns clerics imams teachers athletes footballers
  players fans spectators revellers attendees festivalgoers inmates recruits cadets reservists militiamen gunmen attackers
  assailants jihadists extremists terrorists settlers expatriates seekers technicians engineers electricians lifeguards
  hikers climbers skiers swimmers divers pilots crewmembers motorists cyclists pedestrians schoolgirls schoolboys
  mother mothers father fathers parent parents son sons daughter daughters brother brothers sister sisters wife wives
  husband husbands grandmother grandmothers grandfather grandfathers nephew nephews niece nieces cousin cousins
  schoolchildren toddlers newborns pensioners retirees tenants neighbours neighbors parents mothers fathers sons daughters
  brothers sisters husbands wives youths youngsters adolescents juveniles convicts defenders servicemembers gendarmes
  dissidents activists supporters photographers cameramen staffers surgeons midwives pharmacists loggers builders
  scholars individuals humanitarians responders officials ministers lawmakers politicians diplomats envoys leaders chiefs
  delegates councillors officers operatives souls suspect suspects shooter shooters gunman attacker bomber bombers
`);

/** Military heads decide population = military. */
export const MILITARY_NOUNS = words(`
  soldiers soldier troops servicemen servicewomen personnel fighters militants combatants insurgents rebels guerrillas
  sailors marines paratroopers conscripts mercenaries commanders generals pows
`);

/** Words allowed between a counted group and its casualty predicate: "were reportedly killed". */
export const PREDICATE_FILLER = words(`
  were was have has had been are is be being got get who that which also all reportedly allegedly now still later
  already subsequently confirmed believed feared thought said reported known to so far either both since officially
  presumed considered declared eventually initially found left being remain remained remains could may might would will expected
  as identified listed counted registered recorded still declared pronounced
`);

/** Lowercase words that can sit inside a claimant noun phrase ("the regional health ministry"). */
export const CLAIMANT_NP_WORDS = words(`
  the a an its their his her our state regional local health defence defense interior foreign civil emergency emergencies
  deputy prime chief senior top military presidential general provincial district city federal national international
  independent human rights news western ministry ministries authorities authority officials official government army
  forces office agency headquarters source sources spokesman spokeswoman spokesperson governor mayor president minister
  police service services staff monitors mission command council committee department observatory monitor group organisation organization
  commission mission rescuers medics hospital doctors officers administration unit intelligence statement coordination
  representative adviser advisor aide commander head leader director coroner coroners prosecutor prosecutors
  project network monitoring tracker institute centre center officer volunteers medical workers crews crew teams team firefighters paramedics and of for in us u.s. uk eu un britain's ukraine's russia's israel's gaza's
  `);

/** Nationality, place and actor words → side slug (lib/conflicts.ts vocabulary). */
export const SIDE_WORDS: Record<string, string> = wordTable({
  russian: 'russia',
  russians: 'russia',
  russia: 'russia',
  "russia's": 'russia',
  moscow: 'russia',
  kremlin: 'russia',
  ukrainian: 'ukraine',
  ukrainians: 'ukraine',
  ukraine: 'ukraine',
  "ukraine's": 'ukraine',
  kyiv: 'ukraine',
  kiev: 'ukraine',
  israeli: 'israel',
  israelis: 'israel',
  israel: 'israel',
  "israel's": 'israel',
  idf: 'israel',
  palestinian: 'palestinians',
  palestinians: 'palestinians',
  gaza: 'palestinians',
  gazans: 'palestinians',
  "gaza's": 'palestinians',
  hamas: 'palestinians',
  lebanese: 'lebanon',
  lebanon: 'lebanon',
  hezbollah: 'lebanon',
  sudanese: 'sudan',
  sudan: 'sudan',
  darfur: 'sudan',
  rsf: 'sudan',
  syrian: 'syria',
  syrians: 'syria',
  syria: 'syria',
  yemeni: 'yemen',
  yemenis: 'yemen',
  yemen: 'yemen',
  houthi: 'yemen',
  houthis: 'yemen',
  saudi: 'saudi-arabia',
  ethiopian: 'ethiopia',
  ethiopians: 'ethiopia',
  ethiopia: 'ethiopia',
  tigray: 'ethiopia',
  tigrayan: 'ethiopia',
  eritrean: 'eritrea',
  myanmar: 'myanmar',
  burmese: 'myanmar',
  rohingya: 'myanmar',
  junta: 'myanmar',
});

/** Words that make a counted group survivors or evacuees, not casualties: "37 rescued alive", "2,000 residents fled". */
export const NOT_CASUALTY_STATES = new Set(
  'alive unharmed safe rescued survived survivors evacuated displaced uninjured unhurt homeless affected fled escaped relocated sheltering'.split(' '),
);

const LY_NOUNS = new Set('family ally assembly supply rally anomaly monopoly italy elderly belly bully'.split(' '));
/** "reportedly", "critically": adverbs that may sit between a counted group and its verb. */
export function isAdverb(word: string): boolean {
  return word.length > 3 && word.endsWith('ly') && !LY_NOUNS.has(word);
}

/**
 * "84 Ukrainians", "12 Palestinians", "three Israelis", "40 Sudanese": a people named by where they
 * are from, as a capitalised plural; the counted group then ends at it, like any noun of people.
 */
export function isDemonymPlural(t: { text: string; capitalized: boolean }): boolean {
  return t.capitalized && t.text.length > 4 && /^\p{Lu}\p{Ll}+(?:ians|ans|is|ese)$/u.test(t.text);
}
