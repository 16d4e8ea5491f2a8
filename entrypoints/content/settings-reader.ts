/**
 * Reads the user's settings (written by lib/extension/settings.ts) straight from `storage.sync`.
 * The content script cannot afford the storage library's ~11 KB, so this reads the same keys the
 * library stores values under; tests/unit/entrypoints/content/settings-reader.test.ts keeps the two in step.
 */
import { browser } from 'wxt/browser';
import { type RawSettings, SETTINGS_KEYS } from './early-settings';
import { CATEGORIES, type Category } from '@/lib/claim';
import { DEFAULT_HIGHLIGHT_STYLE, type HighlightStyle, isHighlightStyle } from '@/lib/highlight-style';
import { onAbort } from '@/lib/page/session-timers';
import { reported } from '@/lib/report-error';
import { siteKey } from '@/lib/sites';

export interface PageSettings {
  look: HighlightStyle;
  categories: Category[];
  markNoData: boolean;
  disabledSites: string[];
}

/**
 * The settings now, or those read at `document_start` when the early script left them
 * (early-settings.ts). An early read that failed (the extension was updated meanwhile) is read again.
 */
export async function readSettings(early: Promise<RawSettings> | null = null): Promise<PageSettings> {
  const fresh = () => browser.storage.sync.get([...SETTINGS_KEYS]);
  return parseSettings(await (early ? early.catch(fresh) : fresh()));
}

function parseSettings(raw: RawSettings): PageSettings {
  return {
    look: isHighlightStyle(raw.highlightStyle) ? raw.highlightStyle : DEFAULT_HIGHLIGHT_STYLE,
    categories: Array.isArray(raw.markedCategories) ? (raw.markedCategories as Category[]) : [...CATEGORIES],
    markNoData: typeof raw.markNoData === 'boolean' ? raw.markNoData : true,
    disabledSites: Array.isArray(raw.disabledSites) ? (raw.disabledSites as string[]) : [],
  };
}

/** Calls `onChange` with fresh settings whenever one of them changes, until `signal` aborts. */
export function watchSettings(signal: AbortSignal, onChange: (s: PageSettings) => void): void {
  if (signal.aborted) return;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !SETTINGS_KEYS.some((k) => k in changes)) return;
    void readSettings()
      .then((s) => {
        if (!signal.aborted) onChange(s);
      })
      .catch(reported('reading the changed settings'));
  };
  browser.storage.onChanged.addListener(listener);
  onAbort(signal, () => browser.storage.onChanged.removeListener(listener));
}

export function isDisabledHere(s: PageSettings): boolean {
  const key = siteKey(location.href);
  return key !== null && s.disabledSites.includes(key);
}
