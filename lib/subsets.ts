/**
 * The vocabulary of subsets: parts of a side's dead that news and datasets count separately.
 * A claim's `subset` and a record's `subset` use these slugs, so "children" in an article meets
 * "children" in the dataset and never the whole civilian toll. Places use `place-<slug>`
 * (`place-sweida`, `place-el-fasher`), written by `placeSubset`.
 */
export const GROUP_SUBSETS = [
  'children',
  'women',
  'men',
  'elderly',
  'officers',
  'generals',
  'medics',
  'health-workers',
  'journalists',
  'aid-workers',
  'un-staff',
  'emergency-workers',
  'volunteers',
  'mobilised',
  'conscripts',
  'recruited-prisoners',
  'mercenaries',
  'police',
  'hostages',
  'foreigners',
] as const;
export type GroupSubset = (typeof GROUP_SUBSETS)[number];

const GROUPS: ReadonlySet<string> = new Set(GROUP_SUBSETS);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `place-<slug>` for a figure that counts one region's or city's dead ("658 in Latakia"). */
export function placeSubset(place: string): string {
  return `place-${place
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** Whether a string is a subset this vocabulary knows: a group slug or a well-formed place slug. */
export function isSubset(value: string): boolean {
  return GROUPS.has(value) || (value.startsWith('place-') && SLUG.test(value.slice(6)) && value.length > 6);
}

/** "children" → "children", "place-el-fasher" → "people in El Fasher"; for reasons and tooltips. */
export function describeSubset(subset: string): string {
  if (!subset.startsWith('place-')) return subset.replace(/-/g, ' ');
  return `people in ${subset
    .slice(6)
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ')}`;
}
