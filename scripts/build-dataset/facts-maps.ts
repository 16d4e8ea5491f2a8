/** Vocabulary mappings from FACTS.csv to the dataset format, decided once by reading each row. */
import type { Population } from '../../lib/claim';

export const CONFLICT_SLUGS: Record<string, string> = {
  russia_ukraine: 'russia-ukraine',
  israel_gaza: 'israel-gaza',
  israel_hezbollah: 'israel-lebanon',
  sudan_civil_war: 'sudan',
  syria_civil_war: 'syria',
  yemen_war: 'yemen',
  myanmar_civil_war: 'myanmar',
  ethiopia_tigray_war: 'ethiopia-tigray',
};

/** FACTS `party` → whose dead (side slug from lib/conflicts.ts, or `all`) and which population. */
export const FACTS_PARTIES: Record<string, { side: string; population: Population }> = {
  civilians_ukraine: { side: 'ukraine', population: 'civilian' },
  ukrainian_military: { side: 'ukraine', population: 'military' },
  ukrainians: { side: 'ukraine', population: 'all' },
  russian_military: { side: 'russia', population: 'military' },
  civilians_russia: { side: 'russia', population: 'civilian' },
  combatants_both_sides: { side: 'all', population: 'military' },
  palestinians_gaza: { side: 'palestinians', population: 'all' },
  palestinians_west_bank: { side: 'palestinians', population: 'all' },
  palestinian_militants_gaza: { side: 'palestinians', population: 'military' },
  people_israel: { side: 'israel', population: 'all' },
  hostages_israel: { side: 'israel', population: 'all' },
  israeli_military: { side: 'israel', population: 'military' },
  israeli_security_forces: { side: 'israel', population: 'military' },
  people_lebanon: { side: 'lebanon', population: 'all' },
  civilians_myanmar: { side: 'myanmar', population: 'civilian' },
  civilians_syria: { side: 'syria', population: 'civilian' },
  civilians_tigray: { side: 'ethiopia', population: 'civilian' },
  combatants_tigray_war: { side: 'all', population: 'military' },
  people_syria: { side: 'all', population: 'all' },
  people_sudan: { side: 'all', population: 'all' },
  people_yemen: { side: 'all', population: 'all' },
  people_tigray_war: { side: 'all', population: 'all' },
  all_conflict_deaths_ukraine: { side: 'all', population: 'all' },
  all_conflict_deaths_palestine: { side: 'all', population: 'all' },
  all_conflict_deaths_sudan: { side: 'all', population: 'all' },
  all_conflict_deaths_syria: { side: 'all', population: 'all' },
  all_conflict_deaths_yemen: { side: 'all', population: 'all' },
  all_conflict_deaths_myanmar: { side: 'all', population: 'all' },
  all_conflict_deaths_ethiopia: { side: 'all', population: 'all' },
};

/**
 * Sub-groups the format cannot express (children only): a record for them would be compared with
 * claims about everyone and mislead, so they are left out (documented in docs/dataset.md).
 */
export const SKIPPED_PARTIES = new Set(['children_gaza', 'children_ukraine', 'children_yemen']);

/** FACTS `region` values that are not a plain country name. */
export const PLACES: Record<string, { country: string | null; region: string | null }> = {
  'Kursk (Russia)': { country: 'Russia', region: 'Kursk region' },
  'Tigray (Ethiopia)': { country: 'Ethiopia', region: 'Tigray' },
  'West Darfur (El Geneina)': { country: 'Sudan', region: 'West Darfur (El Geneina)' },
  'Gaza Strip': { country: 'Palestine', region: 'Gaza Strip' },
  'West Bank': { country: 'Palestine', region: 'West Bank' },
  Palestine: { country: 'Palestine', region: null },
  'Israel/Gaza/Lebanon': { country: null, region: 'Israel, Gaza and Lebanon' },
  'Israel/Gaza/Lebanon/West Bank': { country: null, region: 'Israel, Gaza, Lebanon and the West Bank' },
  'Israel/Palestine': { country: null, region: 'Israel and Palestine' },
  'Russia and occupied areas of Ukraine': { country: 'Russia', region: 'Russia and occupied areas of Ukraine' },
};

/**
 * Rows that total a period (a month, a year, "since the counteroffensive began") rather than the
 * whole war: they become running totals with this period start. FACTS files them as events on the
 * period's last day; read from each row's note.
 */
export const PERIOD_STARTS: Record<string, string> = {
  'RUUA-0005': '2025-06-01', 'RUUA-0010': '2025-06-01', 'RUUA-0040': '2025-06-01', 'RUUA-0041': '2025-06-01', 'RUUA-0047': '2025-06-01',
  'RUUA-0052': '2024-01-01', 'RUUA-0053': '2024-02-01', 'RUUA-0054': '2024-01-01', 'RUUA-0055': '2024-01-01',
  'RUUA-0056': '2025-01-01', 'RUUA-0058': '2025-01-01', 'RUUA-0065': '2024-11-01', 'RUUA-0068': '2025-01-01',
  'RUUA-0071': '2025-01-01', 'RUUA-0073': '2023-06-01', 'RUUA-0076': '2024-01-01', 'RUUA-0077': '2025-01-01',
  'RUUA-0078': '2024-08-06', 'RUUA-0080': '2022-01-01', 'RUUA-0081': '2023-01-01', 'RUUA-0083': '2025-01-01',
  'RUUA-0090': '2022-03-01', 'RUUA-0091': '2022-03-01', 'RUUA-0100': '2022-09-01', 'RUUA-0106': '2022-12-01',
  'RUUA-0116': '2024-09-01', 'RUUA-0120': '2025-06-01', 'RUUA-0121': '2025-09-01', 'RUUA-0123': '2025-10-01',
  'RUUA-0124': '2025-01-01', 'RUUA-0146': '2022-12-01', 'RUUA-0170': '2023-01-01', 'RUUA-0173': '2024-01-01',
  'RUUA-0194': '2022-09-01', 'RUUA-0207': '2024-09-01', 'RUUA-0211': '2025-06-01', 'RUUA-0212': '2025-09-01',
  'RUUA-0214': '2025-10-01', 'RUUA-0215': '2025-01-01', 'RUUA-0219': '2022-12-01',
  'ISPS-0002': '2023-01-01', 'ISPS-0007': '2023-10-27',
  'SDN-0001': '2023-01-01', 'SDN-0003': '2023-01-01',
  'SYR-0001': '2023-01-01', 'SYR-0005': '2023-01-01', 'SYR-0006': '2024-01-01', 'SYR-0007': '2025-03-01', 'SYR-0008': '2024-12-08',
  'YEM-0002': '2021-01-01', 'MMR-0001': '2023-01-01', 'ETH-0001': '2021-01-01', 'ETH-0002': '2022-01-01',
};
