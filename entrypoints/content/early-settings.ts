/**
 * The settings read begun at `document_start` (entrypoints/settings-early.content.ts), handed to
 * the content script when it starts at `document_idle`.
 *
 * The content script must know whether TollCheck is switched off for the site before it sends any
 * of the page's text, and its first call into the extension is slow: the browser sets up the
 * channel on that call, which takes 15–25 ms while a page loads (later calls take under 1 ms).
 * Begun at `document_start`, the read is back before the content script runs, and the page is sent
 * for checking without waiting on it. No page text is read here, only the user's settings.
 *
 * Both scripts run in the extension's isolated world, whose globals the page can neither see nor
 * set; the read is left there under one property and taken at most once per document.
 */
import { browser } from 'wxt/browser';

/** The keys of `storage.sync` the content script reads (settings-reader.ts turns them into settings). */
export const SETTINGS_KEYS = ['highlightStyle', 'markedCategories', 'markNoData', 'disabledSites'] as const;

export type RawSettings = Record<string, unknown>;

const SLOT = '__tollcheckEarlySettings';

interface EarlyRead {
  raw: Promise<RawSettings>;
  /** A setting changed after the read began: what it returns may be older than what is stored. */
  changed: boolean;
  stopWatching: () => void;
}

type World = Record<string, EarlyRead | undefined>;

/** Begins the read for this document (once: a second early script in the frame finds it begun). */
export function beginEarlySettingsRead(): void {
  const world = globalThis as unknown as World;
  if (world[SLOT]) return;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && SETTINGS_KEYS.some((k) => k in changes)) early.changed = true;
  };
  const early: EarlyRead = {
    raw: browser.storage.sync.get([...SETTINGS_KEYS]),
    changed: false,
    stopWatching: () => browser.storage.onChanged.removeListener(listener),
  };
  // The content script that takes the read sees its failure (and reads again); a read no script
  // takes belongs to a page TollCheck does not go on to read, and its failure matters to no one.
  early.raw.catch(() => {});
  browser.storage.onChanged.addListener(listener);
  world[SLOT] = early;
}

/**
 * The raw settings the early script read, taken once: null when no early script ran in this
 * document, when it was already taken (a later copy of the content script, injected from the
 * popup, reads the settings as they are now), or when a setting changed since it began.
 */
export function takeEarlySettings(): Promise<RawSettings> | null {
  const world = globalThis as unknown as World;
  const early = world[SLOT];
  if (!early) return null;
  delete world[SLOT];
  early.stopWatching();
  return early.changed ? null : early.raw;
}
