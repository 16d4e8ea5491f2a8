/**
 * Transcripts of briefings, interviews and broadcasts put the speaker in a label at the head of each
 * turn ("CHIEF OKAFOR: We received …", "DR. LENA PRUITT, TRAUMA DIRECTOR, ST. BRENDAN …: …"). The
 * figures of a turn with no source of their own are the speaker's; a reporter's or an anchor's turn
 * ("Q:", "ANCHOR:", "CORRESPONDENT (NAME):") speaks for no one but the sources it names.
 */
import type { Sentence } from './sentences';

// The label: capitals (a title, a name), an optional name in brackets, an optional role after a comma.
const SPEAKER_LABEL_RE = /^([A-Z][A-Z.'’ -]{0,40}?[A-Z.])(?:\s*\(([^)]{2,40})\))?(?:,\s*([^:\n]{2,100}?))?:\s/;
// Those who ask or present, not sources.
const ASKER_RE = /^(?:Q|A|QUESTION|ANSWER|ANCHOR|CO-ANCHOR|HOST|PRESENTER|REPORTER|CORRESPONDENT|INTERVIEWER|MODERATOR|NARRATOR|VOICE|VOICEOVER|CAPTION)$/;
// Words a label may hold that are not part of a name.
const TITLE_WORDS = new Set([
  'CHIEF',
  'DR.',
  'DR',
  'GOV.',
  'GOV',
  'GOVERNOR',
  'MAYOR',
  'SHERIFF',
  'GEN.',
  'GEN',
  'COL.',
  'COL',
  'CAPT.',
  'CAPT',
  'SGT.',
  'SGT',
  'MR.',
  'MR',
  'MRS.',
  'MRS',
  'MS.',
  'MS',
  'PROF.',
  'PROF',
  'MINISTER',
  'SPOKESMAN',
  'SPOKESWOMAN',
  'SPOKESPERSON',
  'OFFICER',
  'DIRECTOR',
  'COMMISSIONER',
]);

export interface TurnSpeaker {
  claimant: string;
  /** The label with its role, for classifying the speaker ("Dr. Lena Pruitt, trauma director, …"). */
  context: string;
}

/**
 * The speaker of the transcript turn holding sentence `index`: the label that opens its paragraph,
 * with a surname expanded to the fullest form the text gave before ("CHIEF OKAFOR" → "Police Chief
 * Renata Okafor"). Null outside a transcript and in a reporter's turn.
 */
export function turnSpeaker(text: string, sentences: readonly Sentence[], index: number): TurnSpeaker | null {
  if (!isTranscript(text)) return null;
  let first = index;
  while (first > 0 && sentences[first - 1].block === sentences[index].block) first--;
  const m = SPEAKER_LABEL_RE.exec(sentences[first].text);
  if (!m) return null;
  const label = m[1].trim();
  if (ASKER_RE.test(label) || HEADING_LABEL_RE.test(label) || !/[A-Z]{2}/.test(label)) return null;
  const words = label.split(/\s+/);
  const surname = words.filter((w) => !TITLE_WORDS.has(w)).pop();
  if (!surname || surname.length < 2) return null;
  // A label with a full name is that name; a surname alone is the fullest form written before it.
  const nameWords = words.filter((w) => !TITLE_WORDS.has(w)).length;
  const claimant = (nameWords < 2 ? fullerName(surname, text.slice(0, sentences[first].start)) : null) ?? titleCase(label);
  const role = m[3] ? `, ${titleCase(m[3])}` : '';
  return { claimant, context: `${claimant}${role}` };
}

// A turn of someone who asks or presents, at the head of a line: what makes a page a transcript
// (a fact-check's "VERDICT:" or a bulletin's "OCHA:" alone does not).
const ASKER_LINE_RE = /^(?:Q|QUESTION|ANCHOR|CO-ANCHOR|HOST|PRESENTER|REPORTER|CORRESPONDENT|INTERVIEWER|MODERATOR)\b[^:\n]{0,40}:\s/m;
// Headings that end in a colon and name no one.
const HEADING_LABEL_RE =
  /^(?:TRANSCRIPT|VERDICT|BOTTOM LINE|CLAIM|THE CLAIM|RATING|UPDATE|UPDATED|BREAKING|NOTE|EDITOR['’]S NOTE|CORRECTION|BACKGROUND|CONTEXT|SUMMARY|ANALYSIS|FACT CHECK|SOURCES?|KEY FIGURES|WHAT WE KNOW|LIVE|WATCH|RELATED|READ MORE)$/;

let lastText: string | null = null;
let lastIsTranscript = false;

function isTranscript(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastIsTranscript = ASKER_LINE_RE.test(text);
  }
  return lastIsTranscript;
}

/** The longest run of capitalised words ending in the surname, as the text wrote it before. */
function fullerName(surname: string, earlier: string): string | null {
  const name = surname.charAt(0) + surname.slice(1).toLowerCase();
  const re = new RegExp(`(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu');
  let best: string | null = null;
  for (const found of earlier.matchAll(re)) if (!best || found[0].length > best.length) best = found[0];
  return best;
}

function titleCase(words: string): string {
  return words.replace(/\p{L}+/gu, (w) => (w.length <= 3 && /^(?:OF|THE|AND|FOR)$/.test(w) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase()));
}
