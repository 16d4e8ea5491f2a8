/**
 * npm run scan -- [--json] FILE_OR_URL...
 * Finds the casualty figures in .txt/.html files and local URLs. With --json, prints exactly one
 * JSON array ({ file, claims }[]) on stdout; otherwise a readable table per input. Inputs that
 * cannot be read get a one-line error on stderr; the rest are still scanned; exit code 1 at the end.
 */
import { readFile, stat } from 'node:fs/promises';
import { extractClaims } from '../lib/extract';
import type { Claim } from '../lib/claim';

interface FileReport {
  file: string;
  claims: Claim[];
}

class InputError extends Error {}

const LOCAL_URL_RE = /^https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(?:\/|$)/i;

/** Crude HTML → text: drops scripts and styles, keeps block boundaries as line breaks. */
function htmlToText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?(?:p|div|h[1-6]|li|ul|ol|br|tr|td|th|table|section|article|header|footer|figcaption|figure|blockquote|title)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : entities[e.toLowerCase()] ?? m)
    .split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter(Boolean).join('\n\n');
}

async function readInput(input: string): Promise<string> {
  if (/^https?:\/\//i.test(input)) {
    if (!LOCAL_URL_RE.test(input)) throw new InputError('only http://localhost or http://127.0.0.1 URLs can be scanned; save the page as .html and scan the file');
    const res = await fetch(input).catch((e: Error) => { throw new InputError(`could not fetch (${e.message}); is the local server running?`); });
    if (!res.ok) throw new InputError(`the server answered HTTP ${res.status}; check the address`);
    const body = await res.text();
    return /html/i.test(res.headers.get('content-type') ?? '') ? htmlToText(body) : body;
  }
  const info = await stat(input).catch(() => { throw new InputError('no such file; check the path'); });
  if (info.isDirectory()) throw new InputError('is a directory; pass the .txt or .html files inside it');
  const bytes = await readFile(input);
  if (bytes.length === 0) throw new InputError('is empty; nothing to scan');
  if (bytes.includes(0)) throw new InputError('looks binary; pass a UTF-8 .txt or .html file');
  const text = new TextDecoder('utf-8').decode(bytes);
  if (!text.trim()) throw new InputError('holds only whitespace; nothing to scan');
  return /\.html?$/i.test(input) ? htmlToText(text) : text;
}

function table(report: FileReport): string {
  const rows = report.claims.map((c) => [
    c.figure, c.countHigh != null ? `${c.count}-${c.countHigh}` : String(c.count), c.qualifier, c.category, c.party ?? '—', c.claimant ? `${c.claimant} (${c.claimantType})` : '—',
  ]);
  const header = ['FIGURE', 'COUNT', 'QUALIFIER', 'CATEGORY', 'PARTY', 'CLAIMANT'];
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (r: string[]) => r.map((cell, i) => (cell.length > widths[i] ? cell.slice(0, widths[i] - 1) + '…' : cell.padEnd(widths[i]))).join('  ').trimEnd();
  const body = rows.length ? [line(header), ...rows.map(line)].join('\n') : '(no casualty figures found)';
  return `${report.file}: ${rows.length} figure${rows.length === 1 ? '' : 's'}\n${body}\n`;
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const inputs = argv.filter((a) => a !== '--json');
  if (!inputs.length) {
    console.error('usage: npm run scan -- [--json] FILE_OR_URL...  (.txt/.html files or http://localhost URLs)');
    return 2;
  }
  const reports: FileReport[] = [];
  let failed = false;
  for (const file of inputs) {
    try {
      const claims = extractClaims(await readInput(file));
      reports.push({ file, claims });
      if (!json) console.log(table({ file, claims }));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      console.error(`scan: ${file}: ${e.message}`);
      failed = true;
    }
  }
  if (json) process.stdout.write(JSON.stringify(reports) + '\n');
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
