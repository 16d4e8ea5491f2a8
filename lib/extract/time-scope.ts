/**
 * Running total or single incident. Cumulative wording ("since the invasion", "so far", "in total",
 * "the death toll has risen to") wins over incident wording ("on Friday", "in the strike").
 */
import type { TimeScope } from '../claim';

const CUMULATIVE_RE =
  /\b(?:since (?:the (?:start|beginning|outbreak)|the (?:full-scale )?(?:invasion|war|conflict)|(?:\p{Lu}[\p{L}'’]*\s+)?(?:full-scale )?(?:invasion|war|offensive)|(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}))|so far|in total|to date|overall|cumulative|throughout the (?:war|conflict)|(?:death )?toll (?:has |had )?(?:risen|rose|climbed|reached|increased|jumped|passed|surpassed|now stands|stands)|running total|over the course of the war|since it began)\b/iu;
const EVENT_RE =
  /\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|overnight|yesterday|last night|this morning|a day earlier|in (?:the|a|an|this|that) (?:\S+ ){0,2}?(?:strike|attack|blast|explosion|shelling|bombing|airstrike|air strike|raid|ambush|shooting|crash|collision|fire|quake|earthquake|flood|landslide|stampede|assault|incident)|when (?:a|an|the) )/i;

export function timeScopeOf(sentence: string): TimeScope | null {
  if (CUMULATIVE_RE.test(sentence)) return 'cumulative';
  if (EVENT_RE.test(sentence)) return 'event';
  return null;
}
