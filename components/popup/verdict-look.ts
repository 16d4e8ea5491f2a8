/**
 * How a verdict looks in the popup. Kept to one adapter so the popup follows the page's
 * highlight style in one place.
 */
import type { VerdictStatus } from '../../lib/verdict';

export interface VerdictLook {
  label: string;
  symbol: string;
  /** CSS text-decoration-style of the page underline. */
  line: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
}

const LOOKS: Record<VerdictStatus, VerdictLook> = {
  corroborated: { label: 'Corroborated', symbol: '✓', line: 'solid' },
  disputed: { label: 'Disputed', symbol: '✗', line: 'wavy' },
  unverified: { label: 'Unverified claim', symbol: '?', line: 'dashed' },
  no_data: { label: 'No reference data', symbol: '–', line: 'dotted' },
};

export const verdictLook = (status: VerdictStatus): VerdictLook => LOOKS[status];
export const verdictLabel = (status: VerdictStatus): string => LOOKS[status].label;
