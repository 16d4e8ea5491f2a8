/** The options page's view of the real dataset store (lib/dataset/store.ts). */
import { BUNDLED_SLOT, toDataset, type DatasetOrigin, type SlotMeta } from '../../lib/dataset/store';
import { datasetStore } from '../../lib/extension/dataset-store';
import { describeSource, type DatasetStorePort } from './store-port';

export const storeAdapter: DatasetStorePort = {
  async load() {
    const [active, previous] = await Promise.all([datasetStore.getActive(), datasetStore.getPreviousMeta()]);
    const { header, records } = active;
    return {
      dataset: toDataset(active),
      summary: {
        name: header.name,
        version: header.version,
        published: header.published,
        licence: header.licence,
        records: records.length,
        origin: originLabel(active.origin),
        installedAt: active.installedAt,
      },
      isBundled: active.slot === BUNDLED_SLOT,
      previous: previous ? previousLabel(previous) : null,
    };
  },
  install: async (dataset, source) => void (await datasetStore.install(dataset, source)),
  rollback: async () => void (await datasetStore.rollback()),
  restoreBundled: async () => void (await datasetStore.restoreBundled()),
  cleanUp: () => datasetStore.removeOrphans(),
};

function originLabel(origin: DatasetOrigin): string {
  if (origin.kind !== 'bundled') return describeSource(origin);
  // The store falls back to the bundled data rather than serve a damaged one; say so.
  return origin.fallback === 'unreadable' ? 'Bundled with TollCheck (the installed dataset could not be read, so the bundled one is used)' : 'Bundled with TollCheck';
}

function previousLabel(meta: SlotMeta): string {
  return meta.slot === BUNDLED_SLOT ? `bundled version ${meta.header.version}` : `version ${meta.header.version}`;
}
