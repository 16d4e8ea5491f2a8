/**
 * Where the bundled dataset lives inside the extension package: a catalogue (header, conflicts,
 * record order) and one file of records per conflict, written by the build (wxt.config.ts) and
 * read by lib/extension/dataset-store.ts.
 */
export const BUNDLED_CATALOGUE = 'dataset/catalogue.json';

/** The file holding one conflict's records (conflict ids are slugs, lib/dataset/catalogue.ts). */
export function bundledConflictFile(id: string): string {
  return `dataset/conflicts/${id}.json`;
}
