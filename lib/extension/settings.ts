/**
 * User settings, kept in browser storage (`sync:` so they follow the user where the browser syncs).
 * Shared by the content script (what to mark), the popup (per-site switch) and the options page.
 */
import { storage } from 'wxt/utils/storage';
import { CATEGORIES, type Category } from '../claim';
import { DEFAULT_HIGHLIGHT_STYLE, type HighlightStyle } from '../highlight-style';
import { siteKey } from '../sites';

/** Which categories of figure to mark on pages. */
export const markedCategories = storage.defineItem<Category[]>('sync:markedCategories', { fallback: [...CATEGORIES], version: 1 });
/** Whether figures the dataset says nothing about (`no_data`) are marked at all. */
export const markNoData = storage.defineItem<boolean>('sync:markNoData', { fallback: true, version: 1 });
export const highlightStyle = storage.defineItem<HighlightStyle>('sync:highlightStyle', { fallback: DEFAULT_HIGHLIGHT_STYLE, version: 1 });
/** Site keys (lib/sites.ts `siteKey`) where TollCheck is switched off. */
export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', { fallback: [], version: 1 });

export async function isSiteDisabled(url: string): Promise<boolean> {
  const key = siteKey(url);
  return key !== null && (await disabledSites.getValue()).includes(key);
}

export async function setSiteDisabled(url: string, disabled: boolean): Promise<void> {
  const key = siteKey(url);
  if (key === null) return;
  const sites = new Set(await disabledSites.getValue());
  if (disabled) sites.add(key);
  else sites.delete(key);
  await disabledSites.setValue([...sites].sort());
}
