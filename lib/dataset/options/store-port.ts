/**
 * What the options page needs from the dataset store, in the page's own terms. The real store
 * (lib/dataset/store.ts) is adapted to this in store-adapter.ts, so components never depend on
 * how the store keeps its metadata.
 */
import type { Dataset } from '../schema';
import type { DatasetOrigin, WriteProgress } from '../store';

/** Where an import comes from: a chosen file or a URL (the bundled dataset is never imported). */
export type ImportSource = Exclude<DatasetOrigin, { kind: 'bundled' }>;

/** The active dataset at a glance, as the summary card shows it. */
export interface ActiveSummary {
  name: string;
  version: string;
  published: string;
  licence: string;
  records: number;
  /** "Bundled with TollCheck", "file dataset.csv", or the URL. */
  origin: string;
  /** ISO timestamp, or null for the bundled dataset that was never installed by the user. */
  installedAt: string | null;
}

export interface ActiveState {
  dataset: Dataset;
  summary: ActiveSummary;
  isBundled: boolean;
  /** How to name the dataset "Roll back" would restore, or null when none is kept. */
  previous: string | null;
}

export interface DatasetStorePort {
  load(): Promise<ActiveState>;
  /**
   * Installs and gives the new active state, with the records it was given (they are what was
   * written), so the page need not read 50,000 records back from the store.
   */
  install(dataset: Dataset, source: ImportSource, onProgress?: WriteProgress): Promise<ActiveState>;
  rollback(): Promise<void>;
  restoreBundled(): Promise<void>;
  /** Removes what an interrupted install left behind (optional: test doubles need not). */
  cleanUp?(): Promise<void>;
}

export function describeSource(source: ImportSource): string {
  return source.kind === 'file' ? `file ${source.name}` : source.url;
}

/** The heading over an import's problems: names the file or address the user chose. */
export function refusalTitle(source: ImportSource): string {
  return source.kind === 'file' ? `The file “${source.name}” cannot be used` : `The dataset at ${source.url} cannot be used`;
}
