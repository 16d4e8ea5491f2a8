/**
 * Figures in tables whose header row names the casualty columns:
 *   Region <tab> Killed <tab> Wounded        | Region | Killed | Wounded |
 *   North Darfur <tab> 1,204 <tab> 3,210     | North Darfur | 1,204 | 3,210 |
 * Row labels ("| Civilians killed | 1,383 |") are read by the label rule in tolls.ts instead.
 */
import type { Category, Claim } from '../claim';
import { classifyClaimant } from './claimant-type';
import { findNumbers } from './numbers';
import { labelCategory } from './tolls';

interface Cell {
  start: number;
  text: string;
}

const ROW_RE = /[^\n]+/g;

function cells(line: string, offset: number): Cell[] | null {
  const sep = line.includes('\t') ? '\t' : line.includes('|') ? '|' : null;
  if (!sep) return null;
  const out: Cell[] = [];
  let from = 0;
  for (const part of line.split(sep)) {
    out.push({ start: offset + from, text: part });
    from += part.length + 1;
  }
  const filled = out.filter((c) => c.text.trim());
  return filled.length >= 2 ? out : null;
}

/** A header cell naming who gives each row's figures: "Source", "Reported by". */
const SOURCE_HEADER_RE = /^(?:source|sources|reported by|according to|claimed by|estimate by|estimated by|by)$/i;

/**
 * The source a row names in its table's source column ("Zelensky, Feb 2025" → "Zelensky"; the
 * date and a "(names)" note left off), or null when the table has no such column or the cell is empty.
 */
export function sourceOfRow(header: readonly string[], row: readonly string[]): string | null {
  const k = header.findIndex((c) => SOURCE_HEADER_RE.test(c.trim()));
  if (k < 0) return null;
  const name = (row[k] ?? '')
    .trim()
    .replace(/,\s*[^,]*\b(?:19|20)\d\d\b[^,]*$/, '')
    .replace(/\s*\((?:names|named)\)$/i, '')
    .trim();
  return /\p{L}{2}/u.test(name) ? name : null;
}

// A table's title naming the document it reproduces: "NDMA situation report No. 23 (…)".
export const TABLE_TITLE_SOURCE_RE =
  /^((?:\p{Lu}[\p{L}'’&.-]*\s+){0,4}?\p{Lu}[\p{L}'’&.-]*)(?:['’]s)?\s+(?:daily\s+|weekly\s+|monthly\s+)?(?:situation report|sitrep|bulletin|report|update|figures|data|statistics)\b/u;

/** Claims for the numeric cells under casualty column headers, in text order. */
export function tableClaims(text: string): Claim[] {
  const out: Claim[] = [];
  let header: (Category | null)[] | null = null;
  let headerText: string[] = [];
  // The line just above the table, and the source its title names.
  let lineAbove = '';
  let titled: string | null = null;
  for (const m of text.matchAll(ROW_RE)) {
    const row = cells(m[0], m.index!);
    if (!row) {
      header = null;
      lineAbove = m[0].trim();
      continue;
    }
    if (row.every((c) => /^[\s:—–-]*$/.test(c.text))) continue; // |---|---|
    if (row.every((c) => !/\d/.test(c.text))) {
      const categories = row.map((c) => (c.text.trim() ? labelCategory(c.text) : null));
      header = categories.some(Boolean) ? categories : null;
      headerText = row.map((c) => c.text);
      titled = TABLE_TITLE_SOURCE_RE.exec(lineAbove)?.[1].trim() ?? null;
      continue;
    }
    if (!header || header.length !== row.length) continue;
    const label = row.find((c) => c.text.trim() && !/\d/.test(c.text))?.text.trim() ?? null;
    const source =
      sourceOfRow(
        headerText,
        row.map((c) => c.text),
      ) ?? titled;
    const kind = classifyClaimant(source, source);
    row.forEach((cell, i) => {
      const category = header![i];
      const n = category ? findNumbers(cell.text)[0] : undefined;
      if (!category || !n || cell.text.trim() !== cell.text.slice(n.start, n.end).trim()) return;
      out.push({
        start: cell.start + n.start,
        end: cell.start + n.end,
        figure: cell.text.slice(n.start, n.end),
        sentence: m[0].trim(),
        count: n.count,
        countHigh: n.countHigh,
        qualifier: n.qualifier,
        category,
        party: label,
        side: null,
        population: null,
        claimant: source,
        ...kind,
        timeScope: null,
        subset: null,
      });
    });
  }
  return out;
}
