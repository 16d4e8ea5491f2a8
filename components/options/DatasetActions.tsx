/** Undo and export: roll back to the previous dataset, return to the bundled one, download a copy. */

interface Props {
  busy: boolean;
  /** "version 2026.11.1 from file x.csv", or null when there is nothing to roll back to. */
  previous: string | null;
  isBundled: boolean;
  onRollback(): void;
  onRestoreBundled(): void;
  onExport(format: 'json' | 'csv'): void;
}

export function DatasetActions({ busy, previous, isBundled, onRollback, onRestoreBundled, onExport }: Props) {
  return (
    <div class="actions" role="group" aria-label="Dataset actions">
      <button type="button" onClick={onRollback} disabled={busy || !previous} title={previous ? `Back to ${previous}` : 'No previous dataset is kept yet'}>
        Roll back{previous ? ` to ${previous}` : ''}
      </button>
      <button type="button" onClick={onRestoreBundled} disabled={busy || isBundled}>
        Restore bundled dataset
      </button>
      <button type="button" onClick={() => onExport('json')} disabled={busy}>
        Export JSON
      </button>
      <button type="button" onClick={() => onExport('csv')} disabled={busy}>
        Export CSV
      </button>
    </div>
  );
}
