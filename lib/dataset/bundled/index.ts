/**
 * The dataset shipped with the extension, for Node (tests, `scan`, the build). The JSON files are
 * written by `npm run dataset:build` from the curated facts in data/ and the source snapshots, and
 * checked by `npm run dataset:check`. The extension does not import this module: the build writes
 * the same dataset as a data file (dataset/bundled.json) that the worker reads when it needs it.
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
