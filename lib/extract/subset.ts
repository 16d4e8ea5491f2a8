/**
 * The part of a party a figure counts (lib/subsets.ts vocabulary): a group named by the counted
 * phrase ("23 children", "26 employees of healthcare institutions", "16,100 recruited prisoners")
 * or a place the figure is scoped to ("658 in Latakia" in a breakdown, "nearly 600 killed in
 * Sweida province"). The whole-population figure keeps null, and so does a place that is where the
 * whole conflict is (Gaza in the Gaza war, Ukraine in Ukraine's).
 */
import { placeSubset } from '../subsets';
import { firstPlaceIn, isWholeConflictPlace } from './places';

/** Group words of the counted phrase → subset slug. Checked on the phrase with what follows it. */
const GROUPS: [RegExp, string][] = [
  [/\b(?:un|u\.n\.|unrwa|united nations)\s+(?:staff|staffers|employees|workers|personnel|colleagues|aid workers)\b|\bemployees of (?:the )?(?:un|unrwa|united nations)\b/i, 'un-staff'],
  [/\b(?:aid|humanitarian|relief)\s+(?:workers?|staff|personnel)\b|\bhumanitarians\b/i, 'aid-workers'],
  [/\b(?:health(?:care)?|medical|hospital)\s+(?:workers?|staff|personnel|employees)\b|\bemployees of (?:healthcare|health|medical)\b|\bhealth professionals\b/i, 'health-workers'],
  [/\b(?:medics|paramedics|doctors|nurses|ambulance (?:crews?|workers?|staff))\b/i, 'medics'],
  [/\b(?:emergency(?: service)? (?:workers?|personnel|responders|staff)|first responders|rescuers|rescue workers|firefighters|civil defen[cs]e (?:workers?|members|personnel|staff|crews?))\b/i, 'emergency-workers'],
  [/\b(?:journalists?|reporters?|media workers?|media professionals|photojournalists?|camera(?:men|man)|press workers)\b/i, 'journalists'],
  [/\b(?:recruited prisoners|prisoner recruits|convicts?|former (?:prisoners|inmates)|recruits? from prisons?|storm-z)\b/i, 'recruited-prisoners'],
  [/\b(?:mercenar(?:y|ies)|foreign fighters|wagner (?:fighters|mercenaries))\b/i, 'mercenaries'],
  [/\b(?:mobili[sz]ed(?: (?:men|soldiers|troops|servicemen|reservists))?|mobilisation|mobilization)\b/i, 'mobilised'],
  [/\bconscripts?\b/i, 'conscripts'],
  [/\bvolunteers?\b/i, 'volunteers'],
  [/\bgenerals?\b/i, 'generals'],
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
  const clause = scene.after.split(/[;:—–]|,\s+(?:and|while|but|including|according|the|a|an|as|with)\b|\b(?:and|while)\s+(?:\d|another|a further)/)[0];
  const near = clause.slice(0, 60);
  const place = (PLACE_HINT_RE.test(near) ? firstPlaceIn(near) : null) ?? placeBefore(scene.before);
  if (place && !isWholeConflictPlace(place.name)) return placeSubset(place.name);
  return null;
}

const PLACE_HINT_RE = /\b(?:[Ii]n|[Nn]ear|[Aa]t|[Aa]cross|[Aa]round|[Ii]nside|[Oo]utside|[Oo]n|[Oo]f|[Tt]hroughout)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:\p{Lu}|al-)/u;

// "In Jabalia, rescuers recovered …" (a fronted place scopes the sentence); "Moscow, home to 13
// million people, has lost fewer than 900 men" (the place as the subject that lost them).
const FRONTED_RE = /^(?:In|At|Near|Inside|Across|Outside)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2}),/u;
const SUBJECT_RE = /^((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?:,[^,.;]{0,60},)?\s+(?:has\s+|have\s+|had\s+)?(?:lost|buried|mourned|counted|recorded)\s+$/u;

function placeBefore(before: string): { name: string } | null {
  const m = FRONTED_RE.exec(before) ?? SUBJECT_RE.exec(before);
  if (!m) return null;
  const place = firstPlaceIn(`in ${m[1]}`);
  return place;
}
