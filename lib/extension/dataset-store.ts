/**
 * The dataset store the extension uses. The bundled dataset is data files in the package (a
 * catalogue and one file per conflict, written by the build from lib/dataset/bundled/), read with
 * fetch when needed — the worker reads the catalogue and then only the conflicts a page is about;
 * the options page reads them all — instead of being compiled into the worker's and the options
 * page's scripts.
 */
import { browser } from 'wxt/browser';
import { isCatalogue, type Catalogue } from '../dataset/catalogue';
import { createDatasetStore, type BundledSource } from '../dataset/store';
import type { DatasetRecord } from '../dataset/schema';

import { BUNDLED_CATALOGUE, bundledConflictFile } from './bundled-asset';

function fetchPackaged(path: string): Promise<Response> {
  // Files the build writes, so WXT's list of public paths (made from public/) does not know them.
  return fetch((browser.runtime.getURL as (path: string) => string)(`/${path}`));
}

async function readPackaged(fetched: Promise<Response>): Promise<unknown> {
  const response = await fetched;
  if (!response.ok) throw new Error(`The dataset shipped with TollCheck could not be read (${response.status}); reinstall the extension.`);
  return response.json();
}

const DAMAGED = 'The dataset shipped with TollCheck is damaged; reinstall the extension.';

let prefetched: Promise<Response> | null = null;

/**
 * Starts reading the packaged catalogue at once, beside the store's own read: most users check
 * against the bundled dataset, and a cold worker then need not wait for the store to say it is
 * empty before the file is even opened. A failed read is tried again when the store asks for it.
 */
export function prefetchBundledDataset(): void {
  prefetched ??= fetchPackaged(BUNDLED_CATALOGUE);
  prefetched.catch(() => undefined); // reported when the store asks for it (below), not here
}

const packagedSource: BundledSource = {
  async catalogue(): Promise<Catalogue> {
    const early = prefetched;
    prefetched = null;
    const data = await (early ? readPackaged(early).catch(() => readPackaged(fetchPackaged(BUNDLED_CATALOGUE))) : readPackaged(fetchPackaged(BUNDLED_CATALOGUE)));
    if (!isCatalogue(data)) throw new Error(DAMAGED);
    return data;
  },
  async conflict(id: string): Promise<DatasetRecord[]> {
    // The files were validated when they were built; a cheap shape check guards against a damaged package.
    const data = await readPackaged(fetchPackaged(bundledConflictFile(id)));
    if (!Array.isArray(data) || !data.every((r: { conflict?: unknown } | null) => r?.conflict === id)) throw new Error(DAMAGED);
    return data as DatasetRecord[];
  },
};

export const datasetStore = createDatasetStore({ bundled: packagedSource });
