/**
 * Who a sentence attributes its figures to: "according to X", "X said/wrote on Telegram/tweeted:",
 * "…, X said" after a quote (with an appositive "X, a presidential adviser, said"), "said X", and
 * "a statement by X". Pronoun speakers ("He said") are reported as such for the caller to resolve.
 */
import { RECENT_SENTENCES, RecentCache } from './recent-cache';
import { CLAIMANT_NP_WORDS } from './lexicon';
import { sentenceTokens, type Token } from './tokens';

export interface Attribution {
  /** The claimant as named ("Ukrainian authorities", "Vladimir Medinsky"), or the pronoun. */
  claimant: string;
  /** The name together with its appositive or title, for classifying the claimant. */
  context: string;
  pronoun: boolean;
  /** Offset of the attribution verb in the sentence, to pick the one nearest a figure. */
  at: number;
  /** A post-posed ", X said." or ", according to X." closing the sentence. */
  closing?: boolean;
  /** Named only as the owner of a count ("the ministry's overall toll"), not as a speaker. */
  owner?: boolean;
  /**
   * The subject of a verb inside what someone else reports: "soldiers" in "The army said soldiers
   * had counted 12 bodies". The reporter named before it is the figure's source.
   */
  embedded?: boolean;
}

type Subject = Omit<Attribution, 'at'>;

const SPEECH_VERBS = new Set(
  'said says say told tells added adds wrote writes tweeted posted stated states claimed claims claim reported reports announced announces confirmed confirms estimated estimates estimate recorded records noted explained continued insisted warned acknowledged alleged accused documented counted counts registered put puts believes cited detailed concluded verified determined assessed tallied show shows showed identified raised lowered revised updated given gave issued published spoke declared report listed lists suggested suggests calculated calculates released releases publishes issues posts compiles compiled publish compile broke breaks keep keeps kept maintain maintains'.split(
    ' ',
  ),
);
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const AMBIGUOUS_VERBS = new Set('states reports claims estimates records counts posts lists'.split(' '));
// "by AFP's count", "by a Reuters tally": the outlet compiled it.
const BY_COUNT_RE = /\b[Bb]y (?:an? |(the) )?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}?)(?:['’]s)? (?:own )?(?:count|tally|calculations?|estimates?|reckoning)\b/gu;
// An institution (or an acronym) owning a count: "the ministry's overall toll", "OCHA's latest figures".
const INSTITUTION_WORDS =
  'ministry office agency department mission council authority authorities service headquarters committee monitor observatory project network commission directorate administration'
    .split(' ')
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
const POSSESSOR_COUNT_RE = new RegExp(
  `\\b((?:[Tt]he\\s+)?(?:(?!(?:by|to|of|in|on|at|from|with|for|and|or|according|drawn|than|as)\\s)[\\p{L}-]+\\s+){0,3}?(?:${INSTITUTION_WORDS}|[A-Z]{2,8}))['’]s?\\s+` +
    String.raw`(?:(?:own|latest|overall|updated|new|official|running|daily|monthly|weekly|final|provisional|cumulative|preliminary|initial|revised|annual|previous|earlier|last|\p{Lu}\p{Ll}+)\s+){0,2}(?:death toll|toll|count|tally|figures?|estimates?|total|list|breakdown|bulletin|data|records?|update|report)\b`,
  'gu',
);
// The cheap test before POSSESSOR_COUNT_RE: a possessive followed by a count's noun.
const POSSESSED_COUNT_HINT_RE = /['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:death toll|toll|count|tally|figures?|estimates?|total|list|breakdown|bulletin|data|records?|update|report)\b/u;
const NOT_CLAIMANTS =
  /^(?:we|i|i['’]m|i['’]ve|i['’]d|we['’]re|we['’]ve|you|us|this|that|these|those|there|it|one|who|which|early|initial|preliminary|latest|new|recent|other|some|many|most|several|both|all|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i;
const BETWEEN = new Set(
  'has have had also earlier previously recently later separately meanwhile would then already now reportedly initially last week month night on monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
const BE = new Set('was were is are been being be'.split(' '));
const CLAUSE_WORDS = new Set('is are was were has have had that which who when where because if after while as but by killed died wounded injured'.split(' '));
const PARTICLES = new Set('al el bin ibn bint abu de del da di du van von der den la le'.split(' '));
// (A hyphen standing alone is a dash: the dateline's in "HONG KONG - Police said".)
const BOUNDARY_RE = /^[,;:“”"‘’—–-]$/;
const LEADING_JUNK = /^(?:(?:the|a|an|and|of|for|in|that|but|while|so|then)\s+)+/i;
// The name runs to the next punctuation; the period of an initial or a title ("the U.S. Navy",
// "Dr. Amal Haddad") is part of it.
const ACCORDING_RE = /\baccording to ((?:[^,.;:()“”"]|(?<=\b(?:[A-Z]|Dr|Gen|Lt|Col|Gov|Sen|Rep|Mr|Mrs|Ms|Prof|Capt|Maj|Sgt))\.){2,90})/gi;
// "The most cautious figure comes from a joint project of …": apart, and only where "from" is.
const COMES_FROM_RE =
  /\b(?:figures?|count|tally|estimates?|numbers?|data)\s+(?:comes?|came)\s+from\s+(?:(?:a|the)\s+(?:joint\s+)?(?:project|count|tally|database|effort)\s+(?:of|by)\s+)?/gi;
const SOURCE_BY_RE =
  /\b(?:statement|report|figures|data|tally|count|estimates?|list|database)\s+(?:(?:released|issued|published|compiled|provided|kept|maintained|given|updated)\s+(?:\w+\s+){0,2}?)?(?:by|from)\s+|\b(?:compiled|published|released|issued|kept|maintained|verified|documented|confirmed|reported|recorded|announced|given|provided|claimed) by\s+/gi;
// "Russian Defence Ministry, on Telegram: …"
const PLATFORM_INTRO_RE = /^([^,:“”"]{2,60}?),? (?:on|via) (?:Telegram|X|Twitter|Facebook|Instagram|social media|state TV|television)\b[^:“”"]{0,30}:/;
// The audience of "told reporters", never the speaker.
const OBJECTS_RE = /^(?:reporters|journalists|the press|Reuters|AFP|AP|the BBC|BBC|CNN|Al Jazeera|the Associated Press)$/i;
const AGENT_RE =
  /\p{Lu}|authorit|official|ministry|police|government|army|military|source|spokes|governor|mayor|agency|monitor|headquarters|office|command|council|committee|service|observatory|staff|rescuer|medic|doctor|nurse|mission|report|update|survey|study|tally|figures|data|statement|\bnote\b|bulletin|briefing|assessment|resident|witness|survivor|villager|relative|volunteer|worker|member|group|analyst|researcher|expert|journalist|leader|chief|commander|kibbutz|hospital|administration|department|forces|activist|monk|priest|teacher|farmer|media|press|coastguard|guard|brigade|crew|rescue|emergency|lawyer|prosecutor|court|coroner|examiner|network|institute|centre|center|foundation|union|association|estimates|neighbou?rs|locals|families|elders|eyewitness|minister|president|premier|chancellor|secretary|ombudsman|commissioner|airline|carrier|operator|company|manifest|firms?\b/u;

const EVERY_LEAD_RE = /^(?:every|each)\s+(?:morning|evening|night|day|week|month)\s*,?\s+(?=the\b|\p{Lu})/iu;
const MONTH_LEAD_RE =
  /^(?:[Ss]ince|[Ii]n|[Bb]y|[Uu]ntil|[Tt]hrough|[Dd]uring|[Ff]rom)\s+(?:(?:early|late|mid-)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})(?:\s+\d{4})?(?:\s+alone)?,?\s+(?=the\b|\p{Lu})/u;

function npWord(t: Token): boolean {
  // ("Armed Conflict Location & Event Data project": an ampersand inside a name.)
  return (t.isWord && (/\p{Lu}/u.test(t.text) || CLAIMANT_NP_WORDS.has(t.lower) || PARTICLES.has(t.lower) || /['’]s$/.test(t.text))) || t.text === '&';
}

/** A phrase as written: tokens were joined with spaces ("U. S. Central Command" is "U.S. Central Command"). */
function clean(phrase: string): string {
  return (
    phrase
      .replace(/\s+([,.'’)])/g, '$1')
      .replace(/\b(\p{Lu})\. (?=\p{Lu}\.)/gu, '$1.')
      .replace(/\(\s+/g, '(')
      .replace(/^[\s\-–—•*:;,]+/, '')
      .replace(/^(?:what|said|says|when|where|how)\s+/i, '')
      .replace(/^(?:(?:last|this|next)\s+(?:week|month|year|night)|on\s+\p{Lu}\p{L}*day|yesterday|earlier|later|meanwhile|separately|however),?\s+/iu, '')
      // "Since January the monitor …", "In March the ministry …": a time before the subject.
      .replace(MONTH_LEAD_RE, '')
      // "Every morning the General Staff posts": when, not who.
      .replace(EVERY_LEAD_RE, '')
      .replace(LEADING_JUNK, '')
      // "the country's Coordination Headquarters": whose it is, said before the name.
      .replace(/^(?:[Tt]he\s+)?(?:country|nation|region|city|state|territory|enclave)['’]s\s+(?=\p{Lu})/u, '')
      .replace(/\s*\([^)]*\)?\s*$/, '')
      .replace(/[\s)]+$/, '')
      .replace(/^(?:UN|U\.\s?N\.?)$/, 'United Nations')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function plausible(phrase: string): boolean {
  // "WHO" in capitals is the World Health Organization, not the pronoun.
  return phrase.length > 1 && (phrase === 'WHO' || !NOT_CLAIMANTS.test(phrase)) && AGENT_RE.test(phrase);
}

function join(tokens: Token[]): string {
  return clean(tokens.map((t) => t.text).join(' '));
}

/** Noun phrase ending just before token index `end` (exclusive), walking back over "(HRMMU)". */
function npBefore(tokens: Token[], end: number): { phrase: string; from: number } | null {
  let i = end - 1;
  while (i >= 0 && end - i <= 12) {
    if (tokens[i].text === ')') {
      const open = tokens
        .slice(Math.max(0, i - 6), i)
        .map((t) => t.text)
        .lastIndexOf('(');
      if (open < 0) break;
      i = Math.max(0, i - 6) + open - 1;
      continue;
    }
    if (!npWord(tokens[i])) break;
    i--;
  }
  const from = i + 1;
  if (from >= end) return null;
  const phrase = join(tokens.slice(from, end))
    .replace(/\s*\([^)]*\)\s*$/, '')
    // "The volunteer project UALosses": the name, not the description of what it is.
    .replace(/^(?:project|network|tracker|monitoring group|initiative)\s+(?=\p{Lu})/u, '');
  return plausible(phrase) ? { phrase, from } : null;
}

function isNameLike(tokens: Token[]): boolean {
  // ("Hon. Musa Danjuma", "Dr. Ali Hassan": a title's full stop belongs to the name.)
  const words = tokens.filter((t, k) => !(t.text === '.' && k > 0 && /^\p{Lu}\p{Ll}{1,3}$/u.test(tokens[k - 1].text)));
  return words.length > 0 && words.length <= 5 && words.every((t) => t.isWord && (/\p{Lu}/u.test(t.text) || PARTICLES.has(t.lower)));
}

/**
 * "A US official who briefed reporters on condition of anonymity gave …", "a doctor who asked not
 * to be named said …": an anonymous speaker described by a relative clause before the verb.
 */
function anonymousSpeaker(tokens: Token[], verbAt: number): Subject | null {
  for (let w = verbAt - 2; w > 0 && verbAt - w <= 16; w--) {
    if (tokens[w].lower !== 'who') continue;
    if (!ANONYMITY_CLAUSE_RE.test(join(tokens.slice(w + 1, verbAt)).replace(/,$/, ''))) return null;
    // "One volunteer, who asked not to be named, said": the words before the clause (and its comma).
    let end = tokens[w - 1].text === ',' ? w - 1 : w;
    let from = end;
    while (from > 0 && end - from < 4 && tokens[from - 1].isWord && !CLAUSE_WORDS.has(tokens[from - 1].lower)) from--;
    const words = tokens.slice(from, end).filter((t) => !/^(?:a|an|the|one)$/.test(t.lower));
    if (!words.length || !ANONYMOUS_HEAD_RE.test(words[words.length - 1].lower)) return null;
    end = verbAt;
    return { claimant: join(words), context: join(tokens.slice(from, end)), pronoun: false };
  }
  return null;
}
// Who speaks anonymously in wire copy.
const ANONYMOUS_HEAD_RE =
  /^(?:officials?|sources?|volunteers?|doctors?|medics?|nurses?|residents?|witness(?:es)?|commanders?|soldiers?|officers?|diplomats?|spokes(?:man|woman|person)|workers?|activists?|survivors?|members?)$/;
const ANONYMITY_CLAUSE_RE =
  /^(?:spoke|speaking|briefed|asked|requested|declined|insisted|did not want|was not authori[sz]ed|were not authori[sz]ed|is not authori[sz]ed|are not authori[sz]ed)\b[^,;:]*$/;

function subjectOf(tokens: Token[], verbAt: number): Subject | null {
  const anonymous = anonymousSpeaker(tokens, verbAt);
  if (anonymous) return anonymous;
  let i = verbAt - 1;
  // ("the Taliban at first said": "at first" is when, like "initially".)
  while (i >= 0) {
    if (BETWEEN.has(tokens[i].lower)) i--;
    else if (tokens[i].lower === 'first' && tokens[i - 1]?.lower === 'at') i -= 2;
    else break;
  }
  if (i < 0 || BE.has(tokens[i].lower)) return null; // passive: "were reported killed", "was accused of"
  if (PRONOUNS.has(tokens[i].lower)) return { claimant: tokens[i].lower, context: tokens[i].text, pronoun: true };
  // "Its spokesman said": the organisation named before.
  // (Not ", for its part, said": there the word before the verb is a comma.)
  // (Not "an association representing their relatives said": there "their" is inside the speaker's name.)
  const possessiveAt = /^(?:its|their)$/.test(tokens[i - 1]?.lower ?? '') ? i - 1 : /^(?:its|their)$/.test(tokens[i - 2]?.lower ?? '') ? i - 2 : -1;
  const insidePhrase = possessiveAt > 0 && tokens[possessiveAt - 1].isWord && /(?:ing|of|for|with|by)$/.test(tokens[possessiveAt - 1].lower);
  if (tokens[i].isWord && possessiveAt >= 0 && !insidePhrase) return { claimant: tokens[i].lower, context: tokens[i].text, pronoun: true };
  if (tokens[i].text === ',') {
    // "Ivan Petrenko, an adviser in the Ukrainian presidential office, said" / "The U.N. agency for refugees, UNRWA, said"
    let j = i - 1;
    while (j >= 0 && tokens[j].text !== ',' && i - j < 26 && !/[“”"]/.test(tokens[j].text)) j--;
    if (j < 0 || tokens[j].text !== ',') return null;
    // "The Conflict Monitor, a research group that checks funerals, hospital records and local
    // reports, said": a description with commas of its own; it opens with "a" after the name.
    // ("Mediazona, a news site in exile, and the BBC keep": a second subject, not more description.)
    if (!/^(?:a|an|the|and|or)$/.test(tokens[j + 1]?.lower ?? '')) {
      for (let k = j - 1; k >= 0 && i - k < 40 && !/[“”"]/.test(tokens[k].text); k--) {
        if (tokens[k].text === ',' && /^(?:a|an)$/.test(tokens[k + 1]?.lower ?? '') && npBefore(tokens, k)) {
          j = k;
          break;
        }
      }
    }
    const appositive = tokens.slice(j + 1, i);
    const np = npBefore(tokens, j);
    const context = join(tokens.slice(np?.from ?? j + 1, i));
    // A name in the appositive beats a description before it ("the UN agency for refugees, UNRWA,").
    const described = !np || tokens.slice(np.from, j).some((t) => t.isWord && !/\p{Lu}/u.test(t.text) && !PARTICLES.has(t.lower));
    // ("its media wing, the Joint Information Bureau, said": the name may keep its article.)
    const name = appositive[0]?.lower === 'the' && appositive.length > 1 ? appositive.slice(1) : appositive;
    if (isNameLike(name) && described) return { claimant: join(name), context, pronoun: false };
    return np ? { claimant: np.phrase, context, pronoun: false } : null;
  }
  // "…, the health ministry in the Hamas-run enclave said": the whole short segment.
  let b = i;
  while (b >= 0 && !BOUNDARY_RE.test(tokens[b].text) && i - b < 14) b--;
  let depth = 0;
  let acronym = '';
  const segment = tokens.slice(b + 1, i + 1).filter((t) => {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth > 0 && /^[A-Z]{2,8}$/.test(t.text)) acronym = t.text;
    return depth === 0 && t.text !== ')';
  });
  // "according to figures cited in the update": a participle inside the source's name, no speaker.
  if (segment[0]?.lower === 'according' && segment[1]?.lower === 'to') return null;
  if ((b < 0 || BOUNDARY_RE.test(tokens[b].text)) && segment.length <= 9 && !segment.some((t) => CLAUSE_WORDS.has(t.lower) || /^\d/.test(t.text))) {
    // "The army said soldiers had counted 12 bodies": the subject starts after the reporting verb.
    const reporting = segment.findLastIndex((_, k) => isReportingVerb(segment, k));
    if (reporting >= 0) {
      const rest = segment.slice(reporting + 1);
      return rest.some((t) => t.isWord) ? { claimant: join(rest), context: join(rest), pronoun: false, embedded: true } : null;
    }
    // "Every morning the General Staff posts", "In May alone the bulletin recorded": when, not who.
    const phrase = join(segment) + (acronym ? ` (${acronym})` : '');
    // ", the coastguard said": a definite noun phrase as speaker needs no known institution word.
    const definite = /^(?:the|a|an)$/.test(segment[0]?.lower ?? '') && segment.length <= 5 && !NOT_CLAIMANTS.test(phrase);
    if (plausible(phrase) || (definite && phrase.length > 2)) return { claimant: phrase, context: phrase, pronoun: false };
  }
  const np = npBefore(tokens, i + 1);
  if (!np) return null;
  // "Officials said that rescue teams had registered 90": the same, with "that".
  const embedded = isReportingVerb(tokens, np.from - 1) || (tokens[np.from - 1]?.lower === 'that' && isReportingVerb(tokens, np.from - 2));
  return { claimant: np.phrase, context: np.phrase, pronoun: false, ...(embedded ? { embedded } : {}) };
}

/**
 * A verb that introduces what someone reports, at `k`: only those that are never nouns or
 * adjectives ("the estimates", "the reported deaths" are not), and not a capitalised word inside
 * the sentence (part of a name).
 */
function isReportingVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.isWord && REPORTING_VERBS.has(t.lower) && !(t.capitalized && k > 0 && tokens[k - 1].isWord);
}
const REPORTING_VERBS = new Set('said says told tells added adds announced announces stated wrote writes insisted warned explained noted acknowledged alleged tweeted'.split(' '));

/** "…,” said regional governor Alexander Gusev." / "said a member of the resistance group, who …" */
function subjectAfter(tokens: Token[], from: number, inverted = false): Subject | null {
  let k = from;
  while (
    k < tokens.length &&
    k - from < 9 &&
    tokens[k].isWord &&
    !/^(that|who|which|on|in|at|by|adding|after|when|to|since|during|from|over|amid|until)$/.test(tokens[k].lower) &&
    !CLAUSE_WORDS.has(tokens[k].lower) &&
    !isReportingVerb(tokens, k) &&
    !/^\d/.test(tokens[k].text)
  )
    k++;
  const phrase = join(tokens.slice(from, k));
  if (k === from || !plausible(phrase) || OBJECTS_RE.test(phrase)) return null;
  // "said Ramiro Quispe, a spokesman" ends at punctuation or a preposition; "said a drone had killed" does not.
  const stop = tokens[k];
  if (inverted && stop && stop.isWord && !/^(on|in|at|by|after|when|to|adding|who|which|that)$/.test(stop.lower)) return null;
  // ", a spokesman for the Red Cross" tells what kind of source the name is.
  let e = k;
  if (tokens[k]?.text === ',') while (e + 1 < tokens.length && e - k < 12 && !/^[,.;:]$/.test(tokens[e + 1].text)) e++;
  return { claimant: phrase, context: join(tokens.slice(from, e + 1)), pronoun: false };
}

const attributionMemo = new RecentCache<string, Attribution[]>(RECENT_SENTENCES);

/**
 * Every attribution in the sentence, in order. Claimants are looked up in the sentences around a
 * figure too, so results are kept per sentence text (callers never change them).
 */
export function findAttributions(sentence: string): Attribution[] {
  return attributionMemo.get(sentence, attributionsOf);
}

// "The council's 6 a.m. bulletin said": a time of day inside a source's name.
const TIME_OF_DAY_RE = /\b\d{1,2}(?::\d\d)?\s*[ap]\.\s?m\.(?=\s)/gi;

function attributionsOf(original: string): Attribution[] {
  // Blanked to spaces of the same length, so every offset still points into the sentence as written.
  const sentence = original.replace(TIME_OF_DAY_RE, (m) => ' '.repeat(m.length));
  const out: Attribution[] = [];
  for (const m of sentence.matchAll(ACCORDING_RE)) {
    const phrase = accordingTo(m[1]);
    if (phrase && plausible(phrase)) out.push({ claimant: phrase, context: phrase, pronoun: false, at: m.index! });
  }
  // "US officials were cited by American media as estimating …": the ones cited, not the media.
  const cited = CITED_AS_RE.exec(sentence);
  if (cited && plausible(clean(cited[1]))) out.push({ claimant: clean(cited[1]), context: clean(cited[1]), pronoun: false, at: cited.index + cited[0].length });
  for (const m of sentence.matchAll(BY_COUNT_RE)) {
    // "By the Alliance's own tally": the body named in full before ("the Frontline Relief Alliance"),
    // found as a definite noun is; a name given whole ("by a Reuters tally") is that name's tally.
    const name = m[2].replace(/['’]s$/, '');
    const single = m[1] && /^\p{Lu}\p{Ll}+$/u.test(name);
    // (Its context is the name alone: "tally" would read as a news agency's count.)
    out.push(
      single ? { claimant: `the ${name}`, context: `the ${name}`, pronoun: false, at: m.index! } : { claimant: `${name} tally`, context: m[0], pronoun: false, at: m.index! },
    );
  }

  const intro = PLATFORM_INTRO_RE.exec(sentence);
  if (intro && plausible(clean(intro[1]))) out.push({ claimant: clean(intro[1]), context: clean(intro[1]), pronoun: false, at: 0 });
  const tokens = sentenceTokens(sentence);
  const sourced = sentence.includes(' from ') ? [...sentence.matchAll(SOURCE_BY_RE), ...sentence.matchAll(COMES_FROM_RE)] : sentence.matchAll(SOURCE_BY_RE);
  for (const m of sourced) {
    const k = tokens.findIndex((t) => t.start >= m.index! + m[0].length);
    const np = k >= 0 ? subjectAfter(tokens, k) : null;
    if (np) out.push({ ...np, at: m.index! });
  }
  tokens.forEach((t, i) => {
    if (!t.isWord || !SPEECH_VERBS.has(t.lower)) return;
    // "the United States", "Daily Reports": a capitalised word inside a sentence is a name, not a verb.
    if (t.capitalized && i > 0 && tokens[i - 1].isWord) return;
    const next = tokens[i + 1]?.lower;
    if (t.lower === 'accused' && next === 'of') return;
    // ("16 still listed as critical": a state given, no one speaking.)
    if (/^(?:listed|lists)$/.test(t.lower) && next === 'as') return;
    // "Passengers on board (estimated): 93": a note on the figure in brackets, not a speaker.
    if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')') return;
    // "Moscow does not publish its own losses": a source that says nothing.
    if (/^(?:not|never|n['’]t)$/.test(tokens[i - 1]?.lower ?? '')) return;
    // "…, check obituaries, local news and posts and publish only …": a second verb shares the
    // first one's subject, which is not the words just before it.
    if (/^(?:publish|compile|posts|compiles|compiled)$/.test(t.lower) && /^(?:and|or)$/.test(tokens[i - 1]?.lower ?? '')) return;
    // "Mediazona and the BBC keep a list of servicemen whose deaths …": only a record is kept this way.
    if (/^(?:keep|keeps|kept|maintain|maintains)$/.test(t.lower) && !KEPT_RECORD_RE.test(sentence.slice(t.end, t.end + 40))) return;
    // "OCHA broke the deaths down by perpetrator": only a breakdown is reported this way.
    if (/^(?:broke|breaks)$/.test(t.lower) && !/^\s+(?:[\p{L}-]+\s+){0,3}?down\b/u.test(sentence.slice(t.end, t.end + 40))) return;
    // "Clashes have claimed the lives of 402 people": a toll, not a claim.
    if (
      /^claim(?:s|ed|ing)?$/.test(t.lower) &&
      /^\s*(?:the\s+)?lives?\b|^\s*(?:at least\s+|more than\s+|over\s+|nearly\s+|some\s+|about\s+)?[\d,. ]+(?:\s+(?:million|thousand))?\s+(?:[a-z-]+\s+)?lives\b|^\s*(?:hundreds|thousands|dozens)\s+of\s+lives\b/i.test(
        sentence.slice(t.end, t.end + 40),
      )
    )
      return;
    // "put … at 776,470", "raised the toll to", "has given a first toll": only about a figure.
    const about = sentence.slice(t.end, t.end + 90);
    // Words that are also plural nouns or ordinary verbs: "Plateau and Benue states in the past",
    // "exchanges of fire with Hezbollah continued". Speech only before a clause or a quote.
    if (
      AMBIGUOUS_VERBS.has(t.lower) &&
      !/^\s*(?:that\b|[,:“"‘']|\d|on\b|in a\b|(?:more|at|about|nearly|around|some|over|up|almost|roughly|approximately|an|a|the|as|between|fewer|less|hundreds|thousands|dozens|tens|one|two|three|four|five|six|seven|eight|nine|ten)\b)/.test(
        about,
      ) &&
      !/[“”"’,]\s*$/.test(sentence.slice(Math.max(0, t.start - 3), t.start))
    )
      return;
    // "…," he continued. / He continued: "…": speech only around a quotation.
    if (t.lower === 'continued' && !/^\s*[:“"]/.test(about) && !/[”"’]/.test(sentence.slice(Math.max(0, t.start - 40), t.start))) return;
    // ("put the number of dead far higher": a figure compared, its value in the next sentence.)
    if (/^(?:put|puts)$/.test(t.lower) && !/\bat\b|\b(?:higher|lower)\b/.test(about)) return;
    if (
      /^(?:raised|lowered|revised|updated|given|gave|issued|published|released|releases|publishes|issues)$/.test(t.lower) &&
      !/\b(?:toll|figures?|count|tally|total|update|statement|estimate|breakdown|bulletin|numbers|dead|deaths|casualties|losses)\b/.test(about)
    )
      return;
    // "an estimated 4,000", "the claim", "On almost every estimate": a noun after a determiner.
    if (/^(?:an|the|a|every|each|this|that|any|no|our|their|its|his|her|latest)$/.test(tokens[i - 1]?.lower ?? '')) return;
    const prev = i > 0 ? tokens[i - 1] : null;
    // "…, said Ramiro Quispe, a spokesman" names its speaker after the verb.
    const inverted = (!prev || /[,“”"’]/.test(prev.text)) && /^(?:said|says|wrote|added)$/.test(t.lower) ? subjectAfter(tokens, i + 1, true) : null;
    const subject = inverted ?? subjectOf(tokens, i);
    if (subject) out.push({ ...subject, at: t.start });
  });
  // "the ministry's overall toll rose to 2,141", "OCHA's figures show": whose count it is, when
  // nobody in the sentence says it ("UNICEF said …, a figure drawn from the ministry's data" is UNICEF's).
  if (!out.length && POSSESSED_COUNT_HINT_RE.test(sentence))
    for (const m of sentence.matchAll(POSSESSOR_COUNT_RE)) {
      const claimant = m[1].replace(/^The\s/, 'the ');
      // "The ministry's own count": the ministry named before, as a pronoun would be.
      out.push({ claimant, context: m[0], pronoun: /^the\s+\p{L}+$/u.test(claimant), at: m.index!, owner: true });
    }
  for (const a of out) {
    // "OCHA's latest figures show": the owner of the figures is the source.
    const owner = /['’]s\s/.test(a.claimant) ? OWNED_DATA_RE.exec(a.claimant) : null;
    if (owner && !a.pronoun) a.claimant = owner[1];
    a.closing = isClosing(sentence, a.at);
    // "verified by its staff", "Its confirmed toll": the organisation named before, not a name.
    if (POSSESSIVE_RE.test(a.claimant)) a.pronoun = true;
  }
  return out.filter((a) => a.pronoun || !isOutlet(a.claimant, sentence)).sort((a, b) => a.at - b.at);
}

// "figures cited in the update", "data published by the ministry": numbers are nobody's word; the
// document or body they come from is the source.
// ("according to the latest monthly update from the UN mission": a document, sent back to whoever issued it.)
const BARE_DATA_RE =
  /^(?:the\s+)?(?:(?:latest|new|official|recent|preliminary|updated|available|the|monthly|weekly|daily|quarterly|annual)\s+)*(?:figures|data|statistics|numbers|counts?|estimates|update|report|bulletin)(?:\s+(?:cited|quoted|published|released|compiled|given|issued|gathered|collected|provided|kept|shared))?\s+(?:in|by|from)\s+(.{3,80})$/i;
const BARE_DATA_ALONE_RE =
  /^(?:the\s+)?(?:(?:latest|new|official|recent|preliminary|updated|available)\s+)*(?:figures|data|statistics|numbers)(?:\s+(?:cited|quoted|published|released|compiled|given|issued|gathered|collected|provided|kept|shared))?$/i;

const CITED_AS_RE =
  /(?:^|,\s*|\b(?:In|By|On)\s+[^,]{2,30},\s*)((?:[\p{Lu}][\p{L}.'’-]*\s+)?(?:[\p{L}.'’-]+\s+){0,3}?(?:officials|sources|intelligence|officers|analysts|diplomats))\s+(?:were|was|have been|had been)\s+(?:quoted|cited)\s+(?:by\s+[^,.;]{2,40}?\s+)?as\s+(?:saying|estimating|putting|stating)\b/u;
const DATA_PUBLISHED_RE =
  /^(?:the\s+)?(?:(?:latest|new|official|updated)\s+)?(?:figures|data|numbers|statistics)\s+(?:that\s+)?((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}?)\s+(?:had\s+|has\s+)?(?:published|released|issued|gave|compiled|provided|posted|shared)\b/iu;
const ISSUED_BY_RE =
  /^(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:report|statement|study|survey|update|review|assessment|analysis|bulletin|note|data|figures)\s+(?:released|issued|published|compiled|presented)\s+(?:[\p{L}\d-]+\s+){0,3}?by\s+\S/iu;
const NOT_A_SOURCE_RE =
  /\b(?:rites?|rituals?|traditions?|customs?|law|laws|plans?|schedule|protocols?|procedures?|rules|guidelines|standards|instructions|wishes|the Bible|the Koran|the Quran|scripture)$/i;

/** The source named after "according to": up to the clause that follows it, data sent back to whoever gave it. */
function accordingTo(named: string): string | null {
  const whole = named.trim();
  // "according to a quarterly report published on Wednesday by the UN office": the issuer the
  // "by" names (read by SOURCE_BY_RE) is the source, not the report.
  if (ISSUED_BY_RE.test(whole)) return null;
  // "according to figures the regional headquarters published in February": who published them.
  const published = DATA_PUBLISHED_RE.exec(whole);
  if (published) return clean(published[1]);
  const data = BARE_DATA_RE.exec(whole);
  const phrase = clean((data ? data[1] : whole).split(/\s+(?:which|who|that|in|on|as|and|said|says|show|showed|shows)\s+/)[0]);
  // "according to figures": no source at all; "according to Islamic rites", "according to plan": no one's word.
  return BARE_DATA_ALONE_RE.test(phrase) || NOT_A_SOURCE_RE.test(phrase) ? null : phrase;
}

/** The attribution starts after a comma and only a short tail ("on Friday", "in a statement") follows it. */
function isClosing(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 60), at);
  const lastComma = before.lastIndexOf(',');
  if (lastComma < 0) return false;
  // ", including 34 whom the army has declared dead": a clause about a figure, not a speaker
  // closing the sentence (", the army said").
  if (/\d|\b(?:who|whom|whose|which)\b/i.test(before.slice(lastComma))) return false;
  // ", issuing a count far higher than any figure released by the authorities": a participle's
  // clause, whose "by" names no one closing the sentence.
  if (/^,\s*(?!according\b)\p{Ll}+ing\b/u.test(before.slice(lastComma))) return false;
  const tail = sentence.slice(at);
  // "…, as the minister said an error had caused the crash": the verb has its own clause.
  const verb = /^(?:said|says|told|added|stated|wrote|warned|announced|confirmed|reported)\s+/i.exec(tail);
  if (verb) {
    const object = tail.slice(verb[0].length);
    const noun = /^(?:an?|the)\s+([\p{L}-]+)/u.exec(object);
    if (/^that\b/i.test(object) || (noun && !AGENT_RE.test(noun[1]))) return false;
  }
  const end = tail.search(/[.;!?]\s*$|[.;!?]\s|$/);
  return tail.slice(0, end).length < 90 && !/\d/.test(tail.slice(0, end)) && !/[“"]/.test(before.slice(lastComma));
}

/** The attribution nearest a figure at `offset`. */
export function attributionFor(all: Attribution[], offset: number, sentence = ''): Attribution | null {
  // "The government has raised the toll to 1,644, according to state broadcaster MRTV": the
  // government claims it, the broadcaster carries it.
  const direct = all.filter((a) => !CHANNEL_RE.test(a.claimant));
  // "1,000 bodies that Russia says belong to its soldiers, the headquarters announced": a claim
  // inside a relative clause is about the noun, not the figure's source, when another speaker follows.
  const relative = (a: Attribution) => !!sentence && a.at > offset && RELATIVE_CLAIM_RE.test(sentence.slice(offset, a.at).replace(/\d[\d,.]*/g, '0'));
  const speakers = direct.length ? direct : all;
  const unembedded = speakers.filter((a) => !relative(a));
  // (A speaker before the figure beats one in a relative clause after it: "Local administrators had
  // given a figure of 26, which police said had included the injured".)
  const pool = unembedded.length ? unembedded : speakers;
  // "Strike on town kills five; UN says June was the deadliest month": a speaker named after a
  // semicolon, before its verb, speaks for its own clause, not for the figure before it.
  const attributions = sentence ? pool.filter((a) => !(a.at > offset && !a.closing && sentence.slice(offset, a.at).includes(';'))) : pool;
  if (!attributions.length) return null;
  // "…, Gov. Roy Cooper said." / "…, according to state officials." at the end governs the whole sentence.
  const closing = attributions.filter(
    (a) => a.at > offset && a.closing && !a.pronoun && !/^(?:its|their|his|her|our)\b/i.test(a.claimant) && !/[;:]/.test(sentence.slice(offset, a.at)),
  );
  if (closing.length && sentence) return closing[closing.length - 1];
  const nearest = [...attributions].sort((a, b) => Math.abs(a.at - offset) - Math.abs(b.at - offset))[0];
  // "The army said soldiers had counted 12 bodies": the army reports the count, and whose count
  // it reports ("…, said Kyiv had documented …") tells what kind of source it is.
  if (nearest.embedded) {
    const reporter = attributions.filter((a) => !a.embedded && !a.pronoun && a.at < nearest.at).pop();
    if (reporter) return { ...reporter, context: `${reporter.context} ${nearest.context}` };
  }
  // "The office said … verified by its staff", "…, and he added": a pronoun points back to the
  // speaker named earlier in the same sentence before any earlier sentence.
  if (nearest.pronoun) return attributions.filter((a) => !a.pronoun && a.at < nearest.at).pop() ?? nearest;
  return nearest;
}

const POSSESSIVE_RE = /^(?:its|their|our)\b/i;
// ("The ministry's own count lists 187", "the airline's manifest": any owner named before its count.)
const OWNED_DATA_RE = /^((?:the\s+)?(?:[\p{L}.-]+\s+){0,4}?[\p{L}.-]+)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:figures?|data|records?|numbers|statistics|manifest|list|count|tally)$/iu;
const KEPT_RECORD_RE = /^\s+(?:a|an|its|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:list|tally|count|database|register|record|records)\b/u;
/** From a figure to a speaker introduced by a relative pronoun just after its noun: "1,000 bodies that Russia". */
const RELATIVE_CLAIM_RE = /^[^,;:.]{0,40}?\s(?:that|which)\s+[^,;:.]{1,40}$/;
const CHANNEL_RE = /\b(?:state|official|government|national)\s+(?:broadcaster|media|television|TV|news agency|radio|newspaper)\b/i;

// News outlets and wire agencies: they publish tolls, they do not count them (unless the text says
// they compiled the figure: "an AFP tally", "according to a Reuters count").
const OUTLET_RE =
  /(?:^|\s)(?:the\s+)?(?:AFP|Agence France-Presse|Reuters|AP|Associated Press|(?:New York |Financial |Sunday |Moscow |Kyiv |Jerusalem )?Times|Washington Post|Wall Street Journal|Guardian|Telegraph|Independent|BBC|CNN|Al Jazeera|Sky News|NPR|Bloomberg|Xinhua|TASS|RIA Novosti|Interfax|Anadolu|dpa|EFE|ANI|PTI|IANS|AAP|Kyodo|Yonhap|MENAFN|Daily \p{Lu}\p{L}+|\p{Lu}+ POST|DAILY \p{Lu}+|\p{Lu}+ TIMES|\p{Lu}+ NEWS)$/u;
const COMPILED_RE = /\b(?:tally|count|compilation|database|analysis|calculations?|tracker|compiled|counted|tallied|review of|investigation|verified)\b/i;

/** The sentence is attributed to an outlet that only reports it ("Reuters reported that …"). */
// "Russia's defence ministry has not updated its count since 2022, when it said …": the subject
// the sentence opens with, before an auxiliary or a verb in the past.
const OPENING_SUBJECT_RE =
  /^((?:[Tt]he\s+)?(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’.-]+)\s+(?:has|have|had|is|was|were|are|did|does|do|will|would|could|can)\s+(?:not\s+|never\s+|also\s+|since\s+|long\s+|repeatedly\s+)?\p{Ll}/u;

/**
 * The agent a sentence opens with, for a pronoun later in it that has no speaker of its own in the
 * sentence: "it said" there is the subject's saying, not that of a speaker sentences before.
 */
export function openingSubject(sentence: string, before: number): string | null {
  const m = OPENING_SUBJECT_RE.exec(sentence);
  if (!m || m[0].length > before) return null;
  const phrase = clean(m[1]);
  return phrase.split(/\s+/).length <= 6 && BODY_SUBJECT_RE.test(phrase) && !COUNTED_SUBJECT_RE.test(phrase) ? phrase : null;
}
// A body that speaks, not the people counted: "the ministry", "Russia's defence ministry", "the UN mission".
const BODY_SUBJECT_RE =
  /\b(?:ministry|army|military|government|office|agency|police|authorities|officials|council|committee|mission|observatory|monitor|staff|headquarters|department|administration|command|service|forces)$/i;
const COUNTED_SUBJECT_RE = /^(?:among|of|by|in|on|at|for|with)\b|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|others?|more)\b/i;

export function reportedByOutlet(sentence: string): boolean {
  const out: Attribution[] = [];
  for (const m of sentence.matchAll(OUTLET_SPEECH_RE)) out.push({ claimant: m[1], context: m[1], pronoun: false, at: m.index! });
  return out.some((a) => isOutlet(a.claimant, sentence));
}
const OUTLET_SPEECH_RE =
  /\b((?:the\s+)?(?:AFP|Agence France-Presse|Reuters|AP|Associated Press|New York Times|Times|Washington Post|Guardian|BBC|CNN|Al Jazeera|Bloomberg|Xinhua|TASS|Interfax|Anadolu))\s+(?:reported|reports|said|says|learned|found|understands|has learned)\b|\baccording to (?:the\s+)?(AFP|Reuters|AP|Associated Press|New York Times|Times|Washington Post|Guardian|BBC|CNN|Al Jazeera|Bloomberg|Xinhua|TASS|Interfax|Anadolu)\b/g;

/** The claimant is a newspaper, broadcaster or wire that only reports the figure. */
export function isOutlet(claimant: string, sentence: string): boolean {
  if (!OUTLET_RE.test(claimant.trim())) return false;
  const name = claimant.trim().split(/\s+/).pop()!;
  // "an AFP tally", "a Reuters count", "according to a Times analysis": the outlet counted them.
  const at = sentence.indexOf(name);
  return !(at >= 0 && COMPILED_RE.test(sentence.slice(Math.max(0, at - 30), at + name.length + 40)));
}

/** A paragraph's claimant given after its figure: "This alarming figure was reported by the SOHR." */
const BACK_REFERENCE_RE =
  /^(?:(?:This|These|That|Those|The|Such)\s+(?:[\p{L}-]+\s+){0,2}(?:figures?|tolls?|tally|count|numbers?|estimates?|data|statistics)\b|(?:This|That|It) (?:was|were|has been|is) (?:reported|announced|stated|confirmed|said|given) by\b)/u;

export function backReference(sentence: string): Attribution | null {
  if (!BACK_REFERENCE_RE.test(sentence)) return null;
  return findAttributions(sentence).find((a) => !a.pronoun && !isOutlet(a.claimant, sentence)) ?? null;
}

/** "the headquarters" → the full name used earlier ("Coordination Headquarters for the Treatment of …"). */
export function expandDefinite(claimant: string, earlierText: string): string {
  const m = /^(?:the |its |their )?([a-z]+)$/i.exec(claimant);
  // "the headquarters", and "the Alliance" (a capitalised word after "the" is still a short form).
  if (!m || (/^[A-Z]/.test(m[1]) && !/^the [A-Z][a-z]+$/.test(claimant))) return claimant;
  const key = `${claimant}\u0000${earlierText.length}\u0000${earlierText.slice(-40)}`;
  return definiteMemo.get(key, () => expandDefiniteNow(m[1], claimant, earlierText));
}

const definiteMemo = new RecentCache<string, string>(RECENT_SENTENCES);

function expandDefiniteNow(head: string, claimant: string, earlierText: string): string {
  const m = [claimant, head];
  const word = m[1][0].toUpperCase() + m[1].slice(1).toLowerCase();
  const cap = "\\p{Lu}[\\p{L}'’-]*";
  const text = earlierText.slice(-4000);
  // The name must hold the word as written ("Headquarters"): without it, no search (the pattern
  // below, led by optional capitalised words, is tried from every position).
  if (!text.includes(word)) return claimant;
  const re = new RegExp(`(?:${cap}\\s+)*${word}(?:\\s+(?:(?:of|for|the|and|in)\\s+)*${cap})*`, 'gu');
  const found = [...text.matchAll(re)].map((x) => x[0]).filter((x) => x.includes(' '));
  return found.length ? clean(found[found.length - 1]) : claimant;
}
