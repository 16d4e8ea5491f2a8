/**
 * The dataset store the extension uses. The bundled dataset is a data file in the package
 * (`dataset/bundled.json`, written by the build from lib/dataset/bundled/), read with fetch when
 * first needed — on first install, when the store is empty or unreadable, and for "Restore
 * bundled" — instead of being compiled into the worker's and the options page's scripts.
 */
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { createDatasetStore } from '../dataset/store';
import type { Dataset } from '../dataset/schema';

import { BUNDLED_ASSET } from './bundled-asset';

function fetchBundledAsset(): Promise<Response> {
  // A file the build writes, so WXT's list of public paths (made from public/) does not know it.
  return fetch((browser.runtime.getURL as (path: string) => string)(`/${BUNDLED_ASSET}`));
}

async function loadBundledAsset(fetched: Promise<Response> = fetchBundledAsset()): Promise<Dataset> {
  const response = await fetched;
  if (!response.ok) throw new Error(`The dataset shipped with TollCheck could not be read (${response.status}); reinstall the extension.`);
  // The file was validated when it was built; a cheap shape check guards against a damaged package.
  const data: unknown = await response.json();
  if (!v.is(v.object({ format: v.number(), records: v.array(v.unknown()) }), data)) throw new Error('The dataset shipped with TollCheck is damaged; reinstall the extension.');
  return data as Dataset;
}

let prefetched: Promise<Response> | null = null;

/**
 * Starts reading the packaged dataset file at once, beside the store's own read: most users check
 * against it, and a cold worker then need not wait for the store to say it is empty before the file
 * is even opened. Only the file is read; it is parsed when the store asks for it (never, when the
 * user has installed a dataset of their own). A failed read is tried again then.
 */
export function prefetchBundledDataset(): void {
  prefetched ??= fetchBundledAsset();
  prefetched.catch(() => undefined); // reported when the store asks for it (below), not here
}

function bundled(): Promise<Dataset> {
  const early = prefetched;
  prefetched = null;
  return early ? loadBundledAsset(early).catch(() => loadBundledAsset()) : loadBundledAsset();
}

export const datasetStore = createDatasetStore({ bundled });
