/** The verdict's symbol drawn over its underline style: the popup's echo of the page highlight. */
import type { VerdictStatus } from '../../lib/verdict';
import { verdictLook } from './verdict-look';

export function VerdictMark({ status }: { status: VerdictStatus }) {
  const look = verdictLook(status);
  return (
    <span class="mark" aria-hidden="true" style={{ color: 'var(--verdict-ink)', textDecorationStyle: look.line, textDecorationColor: 'var(--verdict-line)' }}>
      {look.symbol}
    </span>
  );
}
