/**
 * What kind of source a claimant is. Order matters: a UN body or an independent monitor is
 * recognised before the generic "officials"; a health ministry or police force is `official`
 * even in a war; a warring state's army, ministries and office-holders are `belligerent`.
 */
import type { ClaimantType } from '../claim';
import { sideIn } from './party';
import { tokenize } from './tokens';

const UN_RE = /\b(?:UN|U\.N\.|United Nations|OHCHR|HRMMU|UNICEF|WHO|World Health Organi[sz]ation|OCHA|UNRWA|UNHCR|IOM|WFP|Security Council|UN human rights)\b/;
const INDEPENDENT_RE =
  /\b(?:NGO|researchers?|Mediazona|BBC Russian|Meduza|Airwars|ACLED|Observatory|monitor(?:s|ing group)?|Human Rights Watch|Amnesty|MSF|Médecins Sans Frontières|Doctors Without Borders|Red Cross|ICRC|Lancet|study|university|Iraq Body Count|Doctors Network|AAPP|Assistance Association for Political Prisoners|Crisis Group|UCDP|watchdog|analysts|Save the Children|Oxfam|Insecurity Insight|independent|charity|charities|nonprofit|non-profit|aid group|humanitarian group)\b/i;
const MEDIA_RE =
  /\b(?:news agency|AFP|Reuters|Associated Press|AP|tally|RIA|TASS|Interfax|Ukrinform|Al Jazeera|newspaper|broadcaster|state media|state TV|Xinhua|Anadolu|WAFA|BBC|CNN)\b/;
const INTELLIGENCE_RE = /\b(?:intelligence|Pentagon|NATO|Nato|CIA|MI6|GCHQ|Western officials|US officials|U\.S\. officials|British officials|American officials)\b/i;
const OFFICIAL_RE =
  /\b(?:health ministry|ministry of health|health authorit(?:y|ies)|health officials|civil defen[cs]e|police|fire(?:fighters| service| department)?|rescue(?:rs)?|emergency services|emergencies (?:ministry|service)|emergency service|disaster|coroners?|medical examiner|hospital|doctors|medics|paramedics|prosecutors?|FEMA|AFAD|red crescent|Emergency Situations)\b/i;
const BELLIGERENT_RE =
  /\b(?:army|military|armed forces|defen[cs]e ministry|ministry of defen[cs]e|general staff|IDF|Israel Defense Forces|Hamas|Hezbollah|RSF|Rapid Support Forces|SAF|junta|Houthis?|Kremlin|Wagner|TPLF|Coordination Headquarters|Prisoners of War)\b/i;
const OFFICE_RE =
  /\b(?:government|authorities|officials?|governor|mayor|president|minister|ministry|adviser|advisor|aide|spokes(?:man|woman|person)|representative|negotiator|envoy|delegation|ambassador|commander|deputy|cabinet|administration|prime minister|presidential|head)\b/i;
const WARRING_STATE_RE = /^(?:Ukraine|Russia|Israel|Kyiv|Kiev|Moscow|Jerusalem|Sudan|Myanmar|Syria|Yemen|Ethiopia|Eritrea)$/i;

export interface ClaimantKind {
  claimantType: ClaimantType;
  claimantSide: string | null;
}

export function classifyClaimant(claimant: string | null, context: string | null): ClaimantKind {
  if (!claimant) return { claimantType: 'unknown', claimantSide: null };
  const text = `${claimant} ${context ?? ''}`;
  const side = sideIn(tokenize(text));
  const kind = (claimantType: ClaimantType, warring = true): ClaimantKind => ({ claimantType, claimantSide: warring ? side : null });
  if (UN_RE.test(text)) return kind('un', false);
  if (INDEPENDENT_RE.test(text)) return kind('independent', false);
  if (MEDIA_RE.test(text)) return kind('media', false);
  if (INTELLIGENCE_RE.test(text)) return side && /\b(?:Ukrain|Russia|Israel)/i.test(text) && !/\bNATO|Nato\b/.test(text) ? kind('belligerent') : kind('intelligence', false);
  if (OFFICIAL_RE.test(text)) return kind('official');
  if (BELLIGERENT_RE.test(text) || WARRING_STATE_RE.test(claimant.trim())) return kind('belligerent');
  if (OFFICE_RE.test(text)) return side ? kind('belligerent') : kind('official');
  return kind('unknown');
}
