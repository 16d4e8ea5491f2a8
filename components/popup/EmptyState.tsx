/** A state with nothing to list, saying what happened and what the reader can do. */
import type { ComponentChildren } from 'preact';

export function EmptyState({ kind, title, children }: { kind: string; title: string; children?: ComponentChildren }) {
  return (
    <section class="empty" data-state={kind} aria-labelledby="empty-title">
      <h2 id="empty-title">{title}</h2>
      {children}
    </section>
  );
}
