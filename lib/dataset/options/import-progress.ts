/** What the options page shows while an import is checked and installed: a line of text and a bar. */
import type { Checkpoint } from '../slices';

const count = new Intl.NumberFormat('en');

export interface ProgressView {
  label: string;
  /** Fraction done in [0, 1], or null while the size of the work is not known (an indeterminate bar). */
  fraction: number | null;
}

export function progressView({ step, done, total }: Checkpoint): ProgressView {
  const fraction = total > 0 ? Math.min(1, done / total) : null;
  const ofTotal = `${count.format(done)} of ${count.format(total)}`;
  switch (step) {
    case 'reading':
      return { label: `Reading the file… ${Math.floor((fraction ?? 0) * 100)}%`, fraction };
    case 'checking':
      return { label: `Checking records ${ofTotal}`, fraction };
    case 'comparing':
      return { label: `Comparing with the active dataset: ${ofTotal} records`, fraction };
    case 'installing':
      return { label: `Installing records ${ofTotal}`, fraction };
    case 'loading':
      return { label: 'Installing… reading the new dataset back', fraction: null };
  }
}
