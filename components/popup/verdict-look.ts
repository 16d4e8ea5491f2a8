/**
 * The popup's view of the shared verdict style (components/verdict-style.ts): the same words,
 * symbols, line styles and colours as the page highlights and the tooltip.
 */
import type { VerdictStatus } from '../../lib/verdict';
import { VERDICT_LOOK, type VerdictLook } from '../verdict-style';

export const verdictLook = (status: VerdictStatus): VerdictLook => VERDICT_LOOK[status];
export const verdictLabel = (status: VerdictStatus): string => VERDICT_LOOK[status].label;

/**
 * CSS custom properties per verdict class (`.verdict-<status>`): `--verdict-line` for lines and
 * borders, `--verdict-tint` for backgrounds, in light and dark colour schemes.
 */
export function verdictCss(): string {
  const rules = (pick: (v: VerdictLook) => string) =>
    Object.entries(VERDICT_LOOK)
      .map(([status, v]) => `.verdict-${status} { --verdict-line: ${pick(v)}; --verdict-tint: ${v.tint}; --verdict-style: ${v.line}; }`)
      .join('\n');
  return `${rules((v) => v.light)}\n@media (prefers-color-scheme: dark) {\n${rules((v) => v.dark)}\n}`;
}
