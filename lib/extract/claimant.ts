/**
 * Resolves the claimant of a figure beyond its own sentence: "He said" → the last named speaker;
 * a quote whose speaker is named after it, in a later sentence of the same paragraph; and an
 * unattributed figure right after an attributed one in the same block (the report continues).
 */
import { expandDefinite, findAttributions, type Attribution } from './attribution';
import type { Found } from './index';
import type { Sentence } from './sentences';

/** How far back an unattributed figure may borrow the previous figure's claimant, in sentences. */
const CARRY_OVER_SENTENCES = 2;
/** How far back "He said" looks for the named speaker, in sentences. */
const PRONOUN_LOOKBACK = 15;
/** How far ahead a quote may run before its speaker is named, in sentences. */
const QUOTE_LOOKAHEAD = 4;

export interface Source {
  claimant: string | null;
  context: string | null;
}

const NONE: Source = { claimant: null, context: null };

export function claimantFor(text: string, sentences: Sentence[], index: number, attribution: Attribution | null, previous: Found | null): Source {
  const earlier = text.slice(0, sentences[index].start);
  const named = (a: Attribution): Source => {
    const claimant = expandDefinite(a.claimant, earlier);
    // "the nonprofit", "the charity": the organisation named just before.
    if (claimant === a.claimant && GENERIC_ORG_RE.test(claimant)) {
      const before = lastNamedSpeaker(sentences, index, 3, (x) => /\p{Lu}/u.test(x.claimant));
      if (before) return { claimant: before.claimant, context: `${before.context} ${a.context}` };
    }
    return { claimant, context: a.context };
  };
  if (attribution && !attribution.pronoun) return named(attribution);
  if (attribution?.pronoun) return lastNamedSpeaker(sentences, index) ?? NONE;
  const quoted = speakerAfterQuote(sentences, index);
  if (quoted) return quoted.pronoun ? lastNamedSpeaker(sentences, index) ?? NONE : named(quoted);
  const intro = quoteIntroduction(sentences, index) ?? headlineSource(sentences[index]) ?? tableSource(text, sentences, index);
  if (intro) return intro;
  const s = sentences[index];
  const from = previous ? sentences[previous.sentenceIndex] : null;
  // A headline or caption after body text starts afresh; a list of such lines continues.
  const continues = from && from.block === s.block && (!s.headline || from.headline);
  if (previous?.claim.claimant && continues && index - previous.sentenceIndex <= CARRY_OVER_SENTENCES) {
    return { claimant: previous.claim.claimant, context: previous.claim.claimant };
  }
  return NONE;
}

const GENERIC_ORG_RE = /^(?:the )?(?:nonprofit|charity|group|organi[sz]ation|agency|monitor|watchdog|body|network|institute|ngo)$/i;

function lastNamedSpeaker(sentences: Sentence[], index: number, lookback = PRONOUN_LOOKBACK, accept: (a: Attribution) => boolean = () => true): Source | null {
  for (let i = index - 1; i >= 0 && index - i <= lookback; i--) {
    const named = findAttributions(sentences[i].text).filter((a) => !a.pronoun && accept(a));
    if (named.length) return named[named.length - 1];
  }
  return null;
}

/** Inside an open quotation, the attribution that follows its closing mark on the same line. */
function speakerAfterQuote(sentences: Sentence[], index: number): Attribution | null {
  const s = sentences[index];
  const opens = (t: string) => (t.match(/[“]/g) ?? []).length - (t.match(/[”]/g) ?? []).length + ((t.match(/"/g) ?? []).length % 2);
  let depth = 0;
  for (let i = index; i >= 0 && sentences[i].line === s.line; i--) depth += opens(sentences[i].text);
  if (depth <= 0) return null;
  for (let i = index + 1; i < sentences.length && i - index <= QUOTE_LOOKAHEAD && sentences[i].line === s.line; i++) {
    const m = /[”"]/.exec(sentences[i].text);
    if (!m) continue;
    const after = findAttributions(sentences[i].text).filter((a) => a.at > m.index);
    return after[0] ?? null;
  }
  return null;
}

const SOURCE_PREFIX_RE = /^([^:]{2,40}):\s/;
const AGENT_WORD_RE = /\b(?:staff|ministry|monitors?|UN|U\.N\.|army|military|police|officials?|governor|mayor|president|minister|agency|mission|observatory|spokes\w+|IDF|ICRC|OCHA|WHO|UNICEF|Kremlin|Pentagon)\b/;

/** A quoted paragraph introduced by the line before it ("Alexei Smirnov, acting governor, on Monday:"). */
function quoteIntroduction(sentences: Sentence[], index: number): Source | null {
  let first = index;
  while (first > 0 && sentences[first - 1].line === sentences[index].line) first--;
  if (!/^[“"]/.test(sentences[first].text) || first === 0) return null;
  const intro = sentences[first - 1];
  if (intro.line !== sentences[first].line - 1 || !/:\s*$/.test(intro.text)) return null;
  const named = findAttributions(intro.text).filter((a) => !a.pronoun);
  if (named.length) return { claimant: named[named.length - 1].claimant, context: intro.text };
  const lead = intro.text.split(/[,:]|\s(?:on|in|at|via|from|to)\s/)[0].trim();
  return /\p{Lu}/u.test(lead) && lead.split(/\s+/).length <= 6 ? { claimant: lead, context: intro.text } : null;
}

/** "General Staff: Russia lost 1,830 troops in a day": a headline naming its source first. */
function headlineSource(s: Sentence): Source | null {
  if (!s.headline) return null;
  const m = SOURCE_PREFIX_RE.exec(s.text);
  return m && AGENT_WORD_RE.test(m[1]) ? { claimant: m[1].trim(), context: m[1].trim() } : null;
}

// "| Category (Observatory count) | Figure |", "Source: UN OCHA": a table naming its source.
const TABLE_SOURCE_RE = /\(([^()]{2,60}?)\s+(?:count|counts|figures|data|tally|estimates?)\)|^\s*(?:Source|Sources|Figures)\s*:\s*([^\n|]{2,80})$/im;
const TABLE_ROW_RE = /^\s*\|/;
/** How far above a table row its header or source line may be, in lines. */
const TABLE_LOOKBACK_LINES = 12;

/** The source a table names in its header or a "Source:" line, for a figure in one of its rows. */
function tableSource(text: string, sentences: Sentence[], index: number): Source | null {
  const s = sentences[index];
  if (!s.headline || !TABLE_ROW_RE.test(s.text)) return null;
  let from = s.start;
  for (let n = 0; n < TABLE_LOOKBACK_LINES && from > 0; n++) {
    const lineStart = text.lastIndexOf('\n', from - 2) + 1;
    const line = text.slice(lineStart, from).trim();
    if (!line) break;
    const m = TABLE_SOURCE_RE.exec(line);
    if (m) {
      const name = (m[1] ?? m[2]).trim().replace(/^(?:the|an?)\s+/i, '');
      // "(Observatory count)" → "Syrian Observatory for Human Rights" named earlier.
      const expanded = /^\S+$/.test(name) ? expandDefinite(name.toLowerCase(), text.slice(0, lineStart)) : name;
      const claimant = expanded.includes(' ') ? expanded : name;
      return { claimant, context: claimant };
    }
    from = lineStart;
  }
  return null;
}
