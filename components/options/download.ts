/** Saves text as a file through a temporary Blob URL: no downloads permission, nothing leaves the browser. */
export function downloadText(text: string, fileName: string, type: string): void {
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

/** `tollcheck-dataset-2026.11.1.json`: versioned so two exports never overwrite each other silently. */
export function exportFileName(version: string, ext: 'json' | 'csv'): string {
  return `tollcheck-dataset-${version.replace(/[^0-9A-Za-z.]/g, '_')}.${ext}`;
}
