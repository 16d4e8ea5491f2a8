/**
 * The options page's view of a dataset store (lib/dataset/store.ts). The store is passed in — the
 * extension's own (lib/extension/dataset-store.ts) in the page, one over fake IndexedDB in tests —
 * so this model does not depend on the extension's contexts.
 */
import { BUNDLED_SLOT, toDataset, type ActiveDataset, type DatasetOrigin, type DatasetStore, type SlotMeta } from '../store';
import { describeSource, type ActiveState, type DatasetStorePort } from './store-port';

export function createStoreAdapter(store: DatasetStore): DatasetStorePort {
  return {
    load: async () => stateOf(...(await Promise.all([store.getActive(), store.getPreviousMeta()]))),
    async install(dataset, source, onProgress) {
      const meta = await store.install(dataset, source, onProgress);
      return stateOf({ ...meta, records: dataset.records }, await store.getPreviousMeta());
    },
    rollback: async () => void (await store.rollback()),
    restoreBundled: async () => void (await store.restoreBundled()),
    cleanUp: () => store.removeOrphans(),
  };
}

function stateOf(active: ActiveDataset, previous: SlotMeta | null): ActiveState {
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
}

function originLabel(origin: DatasetOrigin): string {
  if (origin.kind !== 'bundled') return describeSource(origin);
  // The store falls back to the bundled data rather than serve a damaged one; say so.
  return origin.fallback === 'unreadable' ? 'Bundled with TollCheck (the installed dataset could not be read, so the bundled one is used)' : 'Bundled with TollCheck';
}

function previousLabel(meta: SlotMeta): string {
  return meta.slot === BUNDLED_SLOT ? `bundled version ${meta.header.version}` : `version ${meta.header.version}`;
}
