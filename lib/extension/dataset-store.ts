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

async function loadBundledAsset(): Promise<Dataset> {
  // A file the build writes, so WXT's list of public paths (made from public/) does not know it.
  const url = (browser.runtime.getURL as (path: string) => string)(`/${BUNDLED_ASSET}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The dataset shipped with TollCheck could not be read (${response.status}); reinstall the extension.`);
  // The file was validated when it was built; a cheap shape check guards against a damaged package.
  const data: unknown = await response.json();
  if (!v.is(v.object({ format: v.number(), records: v.array(v.unknown()) }), data)) throw new Error('The dataset shipped with TollCheck is damaged; reinstall the extension.');
  return data as Dataset;
}

export const datasetStore = createDatasetStore({ bundled: loadBundledAsset });
