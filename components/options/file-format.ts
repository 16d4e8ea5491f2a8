/**
 * Decides how to read an imported file before any parsing: by its extension when it has a known
 * one, otherwise by a look at its first characters. Binary files and prose are refused by name so
 * the user is not shown a confusing JSON or CSV syntax error for a PDF.
 */

export type FileFormat = 'json' | 'csv';
export type FormatGuess = { ok: true; format: FileFormat } | { ok: false; message: string };

export function guessFormat(fileName: string, text: string): FormatGuess {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (looksBinary(text)) return { ok: false, message: `“${fileName}” is not a text file. Choose a TollCheck dataset saved as .json or .csv.` };
  if (ext === 'json') return { ok: true, format: 'json' };
  if (ext === 'csv') return { ok: true, format: 'csv' };
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return { ok: true, format: 'json' };
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes(',')) return { ok: true, format: 'csv' };
  return { ok: false, message: `“${fileName}” is neither JSON nor CSV. Choose a TollCheck dataset saved as .json or .csv (a header row naming the columns).` };
}

/** NUL or many control characters in the first few KB: an image, archive or office document. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return true;
  const control = head.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return head.length > 0 && control / head.length > 0.05;
}
