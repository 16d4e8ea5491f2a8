/**
 * Who a sentence attributes its figures to: "according to X", "X said/wrote on Telegram/tweeted:",
 * "…, X said" after a quote (with an appositive "X, a presidential adviser, said"), "said X", and
 * "a statement by X". Pronoun speakers ("He said") are reported as such for the caller to resolve.
 */
import { CLAIMANT_NP_WORDS } from './lexicon';
import { tokenize, type Token } from './tokens';

export interface Attribution {
  /** The claimant as named ("Ukrainian authorities", "Vladimir Medinsky"), or the pronoun. */
  claimant: string;
  /** The name together with its appositive or title, for classifying the claimant. */
  context: string;
  pronoun: boolean;
  /** Offset of the attribution verb in the sentence, to pick the one nearest a figure. */
  at: number;
}

const SPEECH_VERBS = new Set(
  'said says say told tells added adds wrote writes tweeted posted stated states claimed claims claim reported reports announced announces confirmed confirms estimated estimates estimate recorded records noted explained continued insisted warned acknowledged alleged accused documented counted registered put puts believes cited detailed'.split(' '),
);
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const BETWEEN = new Set('has have had also earlier previously recently later separately meanwhile would then already now reportedly initially last week month night on monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const BE = new Set('was were is are been being be'.split(' '));
const LEADING_JUNK = /^(?:(?:the|a|an|and|of|for|in|that|but|while)\s+)+/i;
const ACCORDING_RE = /\baccording to ([^,.;:()“”"]{2,90})/gi;
const SOURCE_BY_RE = /\b(?:statement|report|figures|data|tally|count|estimates?)\s+(?:released\s+|issued\s+|published\s+|compiled\s+|provided\s+)?(?:by|from)\s+([^,.;:()“”"]{2,80})/gi;

function npWord(t: Token): boolean {
  return t.isWord && (t.capitalized || CLAIMANT_NP_WORDS.has(t.lower) || /['’]s$/.test(t.text));
}

function clean(phrase: string): string {
  return phrase.replace(LEADING_JUNK, '').replace(/\s+/g, ' ').trim();
}

/** A plausible claimant has a name or an institution in it, not just "The". */
function plausible(phrase: string): boolean {
  return phrase.length > 1 && /\p{Lu}|authorit|official|ministry|police|government|army|military|source|spokes|governor|mayor|agency|monitor|headquarters|office|command|council|committee|service|observatory|staff|rescuers|medics|doctors/u.test(phrase);
}

/** Noun phrase ending just before token index `end` (exclusive), walking back. */
function npBefore(tokens: Token[], end: number): { phrase: string; from: number } | null {
  let i = end - 1;
  while (i >= 0 && npWord(tokens[i]) && end - i <= 10) i--;
  const from = i + 1;
  if (from >= end) return null;
  const phrase = clean(tokens.slice(from, end).map((t) => t.text).join(' ').replace(/ (['’]s)\b/g, '$1'));
  return plausible(phrase) ? { phrase, from } : null;
}

function subjectOf(tokens: Token[], verbAt: number, sentence: string): Omit<Attribution, 'at'> | null {
  let i = verbAt - 1;
  while (i >= 0 && BETWEEN.has(tokens[i].lower)) i--;
  if (i < 0) return null;
  if (BE.has(tokens[i].lower)) return null; // passive: "were reported killed", "was accused of"
  if (PRONOUNS.has(tokens[i].lower)) return { claimant: tokens[i].lower, context: tokens[i].text, pronoun: true };
  if (tokens[i].text === ',') {
    // "Oleksiy Arestovych, a Ukrainian presidential adviser, said": skip back over the appositive.
    let j = i - 1;
    while (j >= 0 && tokens[j].text !== ',' && i - j < 14 && !/[“”"]/.test(tokens[j].text)) j--;
    if (j > 0 && tokens[j].text === ',') {
      const np = npBefore(tokens, j);
      if (np) return { claimant: np.phrase, context: sentence.slice(tokens[np.from].start, tokens[i].start), pronoun: false };
    }
    return null;
  }
  const np = npBefore(tokens, i + 1);
  return np ? { claimant: np.phrase, context: np.phrase, pronoun: false } : null;
}

/** "…,” said regional governor Alexander Gusev." */
function subjectAfter(tokens: Token[], verbAt: number): Omit<Attribution, 'at'> | null {
  let k = verbAt + 1;
  const from = k;
  while (k < tokens.length && npWord(tokens[k]) && k - from < 8) k++;
  const phrase = clean(tokens.slice(from, k).map((t) => t.text).join(' '));
  return k > from && plausible(phrase) && tokens[from].lower !== 'that' ? { claimant: phrase, context: phrase, pronoun: false } : null;
}

/** Every attribution in the sentence, in order. */
export function findAttributions(sentence: string): Attribution[] {
  const out: Attribution[] = [];
  for (const m of sentence.matchAll(ACCORDING_RE)) {
    const phrase = clean(m[1].split(/\s+(?:which|who|that|in|on|as|and|said|says|show|showed|shows)\s+/)[0]);
    if (plausible(phrase)) out.push({ claimant: phrase, context: phrase, pronoun: false, at: m.index! });
  }
  const tokens = tokenize(sentence);
  for (const m of sentence.matchAll(SOURCE_BY_RE)) {
    const at = m.index! + m[0].length - m[1].length;
    const k = tokens.findIndex((t) => t.start >= at);
    const np = k >= 0 ? subjectAfter(tokens, k - 1) : null;
    if (np) out.push({ ...np, at: m.index! });
  }
  tokens.forEach((t, i) => {
    if (!t.isWord || !SPEECH_VERBS.has(t.lower)) return;
    const next = tokens[i + 1]?.lower;
    if ((t.lower === 'accused' && next === 'of') || ((t.lower === 'put' || t.lower === 'puts') && next !== 'the')) return;
    if (/^(an|the|a)$/.test(tokens[i - 1]?.lower ?? '')) return; // "an estimated 4,000", "the claim"
    const before = i > 0 ? tokens[i - 1] : null;
    const subject = subjectOf(tokens, i, sentence) ?? (before && /[,“”"’]/.test(before.text) || i === 0 ? subjectAfter(tokens, i) : null);
    if (subject) out.push({ ...subject, at: t.start });
  });
  return out.sort((a, b) => a.at - b.at);
}

/** The attribution governing a figure at `offset`: "according to" first, else the nearest verb. */
export function attributionFor(attributions: Attribution[], offset: number): Attribution | null {
  if (!attributions.length) return null;
  return [...attributions].sort((a, b) => Math.abs(a.at - offset) - Math.abs(b.at - offset))[0];
}

/** "the headquarters" → the full name used earlier ("Coordination Headquarters for the Treatment of …"). */
export function expandDefinite(claimant: string, earlierText: string): string {
  const m = /^(?:the )?([a-z]+)$/i.exec(claimant);
  if (!m || /^[A-Z]/.test(m[1]) || !/^(headquarters|ministry|agency|office|service|army|military|committee|council|mission|observatory|department|directorate|command)$/i.test(m[1])) return claimant;
  const word = m[1][0].toUpperCase() + m[1].slice(1).toLowerCase();
  const cap = "\\p{Lu}[\\p{L}'’-]*";
  const re = new RegExp(`(?:${cap}\\s+)*${word}(?:\\s+(?:(?:of|for|the|and)\\s+)*${cap})*`, 'gu');
  const found = [...earlierText.slice(-4000).matchAll(re)].map((x) => x[0]).filter((x) => x.includes(' '));
  return found.length ? clean(found[found.length - 1]) : claimant;
}
