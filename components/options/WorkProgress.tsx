/**
 * What the page is doing and how far it has got. The status line (announced politely) changes once
 * per action; the bar and its label follow every slice of work, so a screen reader can read the
 * figure on request without being interrupted by each new count.
 */
import type { Checkpoint } from '../../lib/dataset/slices';
import { progressView } from '../../lib/dataset/options/import-progress';

export function WorkProgress({ busy, progress }: { busy: string; progress: Checkpoint | null }) {
  const view = progress && progressView(progress);
  return (
    <div class="busy" data-testid="work-progress">
      <p role="status" class="muted">
        {busy}
      </p>
      {view && (
        <p class="progress-line">
          <label for="work-progress-bar" data-testid="work-progress-label">
            {view.label}
          </label>
          {view.fraction === null ? <progress id="work-progress-bar" /> : <progress id="work-progress-bar" max={1} value={view.fraction} />}
        </p>
      )}
    </div>
  );
}
