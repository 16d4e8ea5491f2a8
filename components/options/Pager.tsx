import type { Page } from '../../lib/dataset/options/table-model';
import { formatCount, plural } from './format';

interface Props {
  page: Page<unknown>;
  onPage(index: number): void;
  /** Id of the live summary, so the table can point at it with aria-describedby. */
  id: string;
  noun: string;
}

export function Pager({ page, onPage, id, noun }: Props) {
  return (
    <nav class="pager" aria-label={`${noun} pages`}>
      <button type="button" onClick={() => onPage(page.index - 1)} disabled={page.index === 0}>
        ← Previous
      </button>
      <span id={id} aria-live="polite">
        {page.total ? `${formatCount(page.first)}–${formatCount(page.last)} of ${plural(page.total, noun)}` : `0 ${noun}s`}
        {page.count > 1 && ` · page ${formatCount(page.index + 1)} of ${formatCount(page.count)}`}
      </span>
      <button type="button" onClick={() => onPage(page.index + 1)} disabled={page.index >= page.count - 1}>
        Next →
      </button>
    </nav>
  );
}
