import { useRef } from 'preact/hooks';

/** A file picker for .json / .csv datasets; the size check happens before the file is read. */
export function ImportFromFile({ busy, onFile }: { busy: boolean; onFile(file: File): void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="field">
      <label for="dataset-file">From a file (JSON or CSV, up to 50 MB)</label>
      <input
        ref={input}
        id="dataset-file"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        disabled={busy}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Clearing lets the same file be chosen again after it has been fixed.
          if (input.current) input.current.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
