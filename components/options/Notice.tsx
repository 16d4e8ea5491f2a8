/** One line of feedback after an action; errors are announced at once, the rest politely. */
import type { NoticeMessage } from '../../lib/dataset/options/notice';

export function Notice({ notice }: { notice: NoticeMessage | null }) {
  return (
    <div class="notice-slot" aria-live="polite">
      {notice && (
        <p class={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
          {notice.text}
        </p>
      )}
    </div>
  );
}
