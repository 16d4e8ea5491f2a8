/**
 * How marked figures are drawn on a page, as the user chooses it on the options page: the verdict's
 * underline alone, or the underline over a tint. Stored by lib/extension/settings.ts, read by the
 * content script's settings reader, turned into CSS by components/verdict-style.ts.
 */
export const HIGHLIGHT_STYLES = ['underline', 'background'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** What a fresh install draws, and what an unreadable stored value falls back to. */
export const DEFAULT_HIGHLIGHT_STYLE: HighlightStyle = 'underline';

export function isHighlightStyle(value: unknown): value is HighlightStyle {
  return (HIGHLIGHT_STYLES as readonly unknown[]).includes(value);
}
