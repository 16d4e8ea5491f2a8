/** Saves text as a file through a temporary Blob URL: no downloads permission, nothing leaves the browser. */
import type { ExportFile } from '../../lib/dataset/options/export-file';

export function downloadText({ text, fileName, type }: ExportFile): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The click starts the download synchronously; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
