/** Loads the popup's tab and keeps its report fresh while the popup is open (pages keep changing). */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { disabledSites } from '../../lib/extension/settings';
import { findTargetTab, loadTabData, type TabData, type TargetTab } from './tab-data';

const REFRESH_MS = 1000;

export type Loaded = { status: 'loading' } | { status: 'no-tab' } | { status: 'ready'; tab: TargetTab; data: TabData };

export function useTabData(search: string): { loaded: Loaded; refresh(): void } {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);

  useEffect(() => {
    findTargetTab(search).then(setTab, () => setTab(null));
  }, [search]);

  const refresh = useCallback(() => {
    if (tab === undefined) return;
    if (tab === null) return setLoaded({ status: 'no-tab' });
    loadTabData(tab).then((data) => setLoaded({ status: 'ready', tab, data }));
  }, [tab]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    const unwatch = disabledSites.watch(() => refresh());
    return () => {
      clearInterval(timer);
      unwatch();
    };
  }, [refresh]);

  return { loaded, refresh };
}
