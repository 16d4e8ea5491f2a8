/**
 * The dataset shipped with the extension: used on first install, when the store is empty or
 * unreadable, and by "Restore bundled". The JSON files are the source of truth (written once by
 * scripts/build-dataset.ts); tests check them against the schema.
 */
import type { Dataset, DatasetRecord } from '../schema';
import { BUNDLED_HEADER } from './header';
import facts from './facts.json';
import genStaff from './ua-genstaff.json';
import gaza from './gaza-moh.json';
import westBank from './west-bank-ocha.json';
import lebanon from './lebanon-moph.json';
import ucdp from './ucdp-brd.json';

export { BUNDLED_HEADER } from './header';

/** Record files by source family, in the order their records appear in the dataset. */
export const BUNDLED_FILES = {
  'facts.json': facts,
  'ua-genstaff.json': genStaff,
  'gaza-moh.json': gaza,
  'west-bank-ocha.json': westBank,
  'lebanon-moph.json': lebanon,
  'ucdp-brd.json': ucdp,
} as unknown as Record<string, DatasetRecord[]>;

export const BUNDLED_DATASET: Dataset = {
  ...BUNDLED_HEADER,
  records: Object.values(BUNDLED_FILES).flat(),
};
