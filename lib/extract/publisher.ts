/**
 * A press release speaks for its publisher: "our hospital received 120 wounded", "we have counted
 * 45 bodies" are the organisation's own figures. A news article's unquoted "we" is rare and is
 * the outlet's, so the first person names a source only on a page that says it is a release.
 */

// The marks a release carries: the label over it, the embargo line, the notes and contacts under it.
const RELEASE_RE = /\b(?:press release|news release|media release|for immediate release|notes? to editors|press office|media contacts?|press contacts?)\b/i;
// "Notes to editors: Frontline Medical Relief has worked in Sudan since 2004".
const NOTES_RE = /\b[Nn]otes? to [Ee]ditors\s*[:.–—-]?\s*((?:[Tt]he\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’&.-]*)){0,6})/u;
// "…, the Frontline Relief Alliance said today": the lede names who issues the release.
const SAID_TODAY_RE =
  /\b(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}'’&.-]*)){1,6})\s+(?:said|says|announced|warned|reported)\s+(?:today|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/u;
// A line of the masthead that is only a name: "Frontline Relief Alliance", or "… (fictional) | Geneva, 16 May".
const NAME_LINE_RE = /^((?:\p{Lu}[\p{L}'’&.-]*)(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’&.-]*)){1,6})(?:\s*\([^)]*\))?\s*(?:[|·,–—]\s*[^|]*)?$/u;
// "For further information, please contact the ICRC press office in Nairobi": the issuer's own press desk.
const CONTACT_RE =
  /\bcontact (?:the\s+)?((?:\p{Lu}[\p{L}'’&.-]*)(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’&.-]*)){0,6}?)(?:['’]s)?\s+(?:press office|media office|press desk|media relations|communications (?:office|department))\b/u;
const MARKER_LINE_RE = /^(?:PRESS RELEASE|NEWS RELEASE|MEDIA RELEASE|FOR IMMEDIATE RELEASE|For immediate release\b.*)$/;
const MASTHEAD_LINES = 8;

// The first person plural outside quotation marks ("US" in capitals is the country).
const FIRST_PERSON_RE = /\b(?:[Oo]ur|[Ww]e|[Uu]s)\b/;

let lastText: string | null = null;
let lastPublisher: string | null = null;

/** Who issues the release `text` is, or null when it is no release or names nobody. */
export function releasePublisher(text: string): string | null {
  if (text === lastText) return lastPublisher;
  lastText = text;
  lastPublisher = RELEASE_RE.test(text) ? findPublisher(text) : null;
  return lastPublisher;
}

function findPublisher(text: string): string | null {
  const notes = NOTES_RE.exec(text);
  if (notes) return tidy(notes[1]);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, MASTHEAD_LINES);
  for (const line of lines) {
    if (MARKER_LINE_RE.test(line) || line.includes(':')) continue;
    const m = NAME_LINE_RE.exec(line);
    // A headline is longer than a name and has lower-case words; a name line is short.
    if (m && m[1].split(/\s+/).length <= 6 && !/[.!?]$/.test(line)) return tidy(m[1]);
  }
  const said = SAID_TODAY_RE.exec(text.slice(0, 1500));
  if (said) return tidy(said[1]);
  const contact = CONTACT_RE.exec(text);
  return contact ? tidy(contact[1]) : null;
}

function tidy(name: string): string | null {
  const cleaned = name
    .replace(/^the\s+/i, '')
    .replace(/\s+(?:has|is|was|runs|works|and)$/i, '')
    .trim();
  return cleaned.includes(' ') || /^\p{Lu}{2,}$/u.test(cleaned) ? cleaned : null;
}

// A page that is a release, not one that mentions one ("the ministry said in a press release"): a
// line that opens with the label, the notes to editors or the contacts.
const RELEASE_LINE_RE =
  /^[ \t]*(?:press release|news release|media release|for immediate release|notes? to editors|for (?:further|more) information|media contacts?|press contacts?|media enquiries)\b/im;

let lastPageText: string | null = null;
let lastPagePublisher: string | null = null;

/** The publisher of `text` when the page itself is a release (its lines say so), else null (read once per text). */
export function pagePublisher(text: string): string | null {
  if (text !== lastPageText) {
    lastPageText = text;
    lastPagePublisher = RELEASE_LINE_RE.test(text) ? releasePublisher(text) : null;
  }
  return lastPagePublisher;
}

/** Whether `sentence` speaks in the first person plural outside any quotation in its line. */
export function speaksAsPublisher(sentence: string, lineBefore: string): boolean {
  if (!FIRST_PERSON_RE.test(sentence)) return false;
  const quotes = (t: string) => (t.match(/[“”"]/g) ?? []).length;
  // Inside an open quotation the "we" is whoever is quoted.
  if (quotes(lineBefore) % 2 === 1 || /[“"]/.test(sentence)) return false;
  return true;
}
