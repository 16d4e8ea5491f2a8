/** The verdict's symbol over its underline style: the popup's echo of the page highlight. */
import type { VerdictStatus } from '../../lib/verdict';
import { verdictLook } from './verdict-look';

export function VerdictMark({ status }: { status: VerdictStatus }) {
  return (
    <span class="mark" aria-hidden="true">
      {verdictLook(status).symbol}
    </span>
  );
}
