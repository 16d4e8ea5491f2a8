/**
 * npm run scan -- [--json] FILE_OR_URL...
 * Finds the casualty figures in .txt/.html files and local URLs and checks each against the bundled
 * dataset, through the same pipeline as the extension (lib/pipeline.ts: the page cut into the content
 * script's pieces, each checked with the page's title and date). With --json, prints exactly
 * one JSON array ({ file, published, conflicts, claims }[], each claim with status, reason and
 * references) on stdout; otherwise a readable table per input. Inputs that
 * cannot be read get a one-line error on stderr; the rest are still scanned; exit code 1 at the end.
 */
import { readFile, stat } from 'node:fs/promises';
import { pageFromHtml, pageFromText, type PageText } from '../lib/context/html-page';
import { BUNDLED_DATASET } from '../lib/dataset/bundled';
import { checkPage } from '../lib/pipeline';
import type { CheckedClaim } from '../lib/verdict';
import { buildIndex } from '../lib/verify';

interface FileReport {
  file: string;
  /** Publication date used for the verdicts, and where it came from (metadata, date line, estimate). */
  published: string | null;
  publishedFrom: PageText['publishedFrom'];
  conflicts: string[];
  claims: CheckedClaim[];
}

class InputError extends Error {}

const LOCAL_URL_RE = /^https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(?:\/|$)/i;

async function readInput(input: string): Promise<PageText> {
  if (/^https?:\/\//i.test(input)) {
    if (!LOCAL_URL_RE.test(input)) throw new InputError('only http://localhost or http://127.0.0.1 URLs can be scanned; save the page as .html and scan the file');
    const res = await fetch(input).catch((e: Error) => {
      throw new InputError(`could not fetch (${e.message}); is the local server running?`);
    });
    if (!res.ok) throw new InputError(`the server answered HTTP ${res.status}; check the address`);
    const body = await res.text();
    return /html/i.test(res.headers.get('content-type') ?? '') ? pageFromHtml(body) : pageFromText(body);
  }
  const info = await stat(input).catch(() => {
    throw new InputError('no such file; check the path');
  });
  if (info.isDirectory()) throw new InputError('is a directory; pass the .txt or .html files inside it');
  const bytes = await readFile(input);
  if (bytes.length === 0) throw new InputError('is empty; nothing to scan');
  if (bytes.includes(0)) throw new InputError('looks binary; pass a UTF-8 .txt or .html file');
  const text = new TextDecoder('utf-8').decode(bytes);
  if (!text.trim()) throw new InputError('holds only whitespace; nothing to scan');
  return /\.html?$/i.test(input) ? pageFromHtml(text) : pageFromText(text);
}

function table(report: FileReport): string {
  const rows = report.claims.map((c) => [
    c.figure,
    c.countHigh != null ? `${c.count}-${c.countHigh}` : String(c.count),
    c.qualifier,
    c.category,
    c.party ?? '—',
    c.claimant ? `${c.claimant} (${c.claimantType})` : '—',
    c.status,
  ]);
  const header = ['FIGURE', 'COUNT', 'QUALIFIER', 'CATEGORY', 'PARTY', 'CLAIMANT', 'STATUS'];
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const line = (r: string[]) =>
    r
      .map((cell, i) => (cell.length > widths[i] ? cell.slice(0, widths[i] - 1) + '…' : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
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
  const index = buildIndex(BUNDLED_DATASET.records);
  for (const file of inputs) {
    try {
      const page = await readInput(file);
      const { published, conflicts, claims } = checkPage(page, page.text, index);
      const report = { file, published, publishedFrom: page.publishedFrom, conflicts, claims };
      reports.push(report);
      if (!json) console.log(table(report));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      console.error(`scan: ${file}: ${e.message}`);
      failed = true;
    }
  }
  if (json) process.stdout.write(JSON.stringify(reports) + '\n');
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
