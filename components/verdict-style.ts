/**
 * How each verdict looks, in one place: the page's highlights, the tooltip and the popup all use
 * these so a verdict reads the same everywhere. Colour is never the only cue: each verdict also
 * has its own underline style and a word.
 */
import type { HighlightStyle } from '../lib/highlight-style';
import { VERDICT_WORDS, type VerdictStatus } from '../lib/verdict';

export type LineStyle = 'solid' | 'dashed' | 'wavy' | 'dotted';

export interface VerdictLook {
  /** The verdict in words, for readers (lib/verdict.ts). */
  label: string;
  /** One line saying what the verdict means (lib/verdict.ts). */
  meaning: string;
  /** Name of the page highlight (`CSS.highlights`) holding this verdict's figures. */
  highlight: string;
  /** Line colour readable on light backgrounds (≥ 3:1 against white). */
  light: string;
  /** Line colour readable on dark backgrounds (≥ 3:1 against near-black). */
  dark: string;
  /** Translucent tint for the "background" highlight style; works over light and dark text colours. */
  tint: string;
  line: LineStyle;
  /** A short symbol shown next to the label (another non-colour cue). */
  symbol: string;
}

export const VERDICT_LOOK: Record<VerdictStatus, VerdictLook> = {
  corroborated: {
    ...VERDICT_WORDS.corroborated,
    highlight: 'tollcheck-corroborated',
    light: '#1b7f3b',
    dark: '#5fd38a',
    tint: 'rgba(46, 160, 90, 0.28)',
    line: 'solid',
  },
  disputed: {
    ...VERDICT_WORDS.disputed,
    highlight: 'tollcheck-disputed',
    light: '#b35c00',
    dark: '#ffb25b',
    tint: 'rgba(230, 140, 20, 0.30)',
    line: 'wavy',
  },
  unverified: {
    ...VERDICT_WORDS.unverified,
    highlight: 'tollcheck-unverified',
    light: '#c0234e',
    dark: '#ff7fa3',
    tint: 'rgba(220, 50, 100, 0.26)',
    line: 'dashed',
  },
  no_data: {
    ...VERDICT_WORDS.no_data,
    highlight: 'tollcheck-no-data',
    light: '#5f6670',
    dark: '#aab2bd',
    tint: 'rgba(128, 136, 148, 0.28)',
    line: 'dotted',
  },
};

/**
 * The page stylesheet for the highlights. `dark` picks line colours for pages with light text on
 * a dark background. The background style keeps the underline so the verdict's line style stays.
 */
export function highlightCss(look: HighlightStyle, dark: boolean): string {
  const rules = Object.values(VERDICT_LOOK).map((v) => {
    const colour = dark ? v.dark : v.light;
    const thickness = v.line === 'solid' ? '2px' : '2.5px';
    const background = look === 'background' ? `background-color: ${v.tint};` : '';
    return `::highlight(${v.highlight}) { ${background} text-decoration: underline ${v.line} ${colour} ${thickness}; text-underline-offset: 3px; text-decoration-skip-ink: none; }`;
  });
  // The figure a reader jumped to from the popup or the shortcut flashes briefly.
  rules.push(`::highlight(tollcheck-flash) { background-color: ${dark ? 'rgba(255, 214, 10, 0.55)' : 'rgba(255, 200, 0, 0.6)'}; color: ${dark ? '#fff' : '#000'}; }`);
  return rules.join('\n');
}
