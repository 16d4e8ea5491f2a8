import { describe, expect, it } from 'vitest';
import { checkSize, datasetToCsv, datasetToJson, detectKind, parseDatasetCsv, parseDatasetJson, parseDatasetText } from '../../../lib/dataset/validate';
import { diffDatasets } from '../../../lib/dataset/diff';
import { sampleDataset, sampleRecord } from './sample';

const json = (value: unknown) => JSON.stringify(value);
const withRecord = (patch: Record<string, unknown>, index = 1) => {
  const dataset = sampleDataset() as unknown as { records: Record<string, unknown>[] };
  dataset.records[index] = { ...dataset.records[index], ...patch };
  return json(dataset);
};
function problems(result: ReturnType<typeof parseDatasetJson>): string[] {
  if (result.ok) throw new Error('expected the input to be refused');
  return result.problems;
}

describe('JSON import', () => {
  it('accepts a valid dataset and keeps every record', () => {
    const result = parseDatasetJson(datasetToJson(sampleDataset()));
    expect(result.ok && result.dataset.records.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['an empty file', '  \n', 'The file is empty.'],
    ['truncated JSON', datasetToJson(sampleDataset()).slice(0, 300), 'looks truncated'],
    ['text that is not JSON', '{ name: dataset }', 'not valid JSON'],
    ['a JSON array', '[1, 2]', 'not a TollCheck dataset'],
    ['a missing format', json({ ...sampleDataset(), format: undefined }), 'has no `format` field'],
    ['a newer format', json({ ...sampleDataset(), format: 2 }), 'format 2, but this version of TollCheck reads format 1'],
    ['a __proto__ key', datasetToJson(sampleDataset()).replace('"name"', '"__proto__": {"polluted": true}, "name"'), 'reserved key(s) `__proto__`'],
    ['a constructor key', withRecord({ constructor: 'x' }), 'reserved key(s) `constructor`'],
  ])('refuses %s with its own message', (_, text, message) => {
    expect(problems(parseDatasetJson(text)).join('\n')).toContain(message);
  });

  it.each([
    ['an impossible date', { time: { kind: 'event', eventDate: '2024-02-30' } }, 'record 2 (id "b"): `time.eventDate` must be a real calendar date, got "2024-02-30"'],
    [
      'a non-ISO date',
      { time: { kind: 'cumulative', periodStart: null, asOf: '30/04/2024' } },
      'record 2 (id "b"): `time.asOf` must be a date written YYYY-MM-DD, got "30/04/2024"',
    ],
    ['a negative count', { best: -5, low: -5 }, 'record 2 (id "b"): `best` must be a whole number ≥ 0, got -5'],
    ['a fractional count', { high: 500.5 }, 'record 2 (id "b"): `high` must be a whole number ≥ 0, got 500.5'],
    ['a count written as text', { best: 'twelve' }, 'record 2 (id "b"): `best` must be a whole number ≥ 0, got "twelve"'],
    ['low > best', { low: 600 }, 'record 2 (id "b"): figures must satisfy low ≤ best ≤ high, got low 600, best 500, high 500'],
    ['best > high', { high: 400 }, 'figures must satisfy low ≤ best ≤ high, got low 500, best 500, high 400'],
    ['an unknown category', { category: 'deaths' }, 'record 2 (id "b"): `category` must be one of killed, wounded, casualties, bodies, missing, captured, got "deaths"'],
    ['markup in a note', { note: 'see <script>alert(1)</script>' }, 'record 2 (id "b"): `note` must be plain text'],
    ['an unknown field', { deaths: 3 }, 'record 2 (id "b"): `deaths` is not a field of this format'],
    ['a missing field', { claimant: undefined }, 'record 2 (id "b"): `claimant` is required but missing'],
  ])('names the record and field for %s', (_, patch, message) => {
    const list = problems(parseDatasetJson(withRecord(patch)));
    expect(list.join('\n')).toContain(message);
  });

  it('reports a duplicate id with both records', () => {
    const text = json(sampleDataset('1', [sampleRecord('x'), sampleRecord('y'), sampleRecord('x')]));
    expect(problems(parseDatasetJson(text))).toEqual(['record 3 (id "x"): duplicate id "x", already used by record 1 (id "x"). Every record needs its own id.']);
  });

  it('lists at most the first 20 problems', () => {
    const records = Array.from({ length: 30 }, (_, i) => ({ ...sampleRecord(`r${i}`), best: -1 }));
    const list = problems(parseDatasetJson(json(sampleDataset('1', records))));
    expect(list).toHaveLength(20);
    expect(list[0]).toMatch(/^record 1 \(id "r0"\)/);
  });
});

describe('size and kind', () => {
  it('refuses files over 50 MB before reading them', () => {
    expect(checkSize(50 * 1024 * 1024)).toBeNull();
    expect(checkSize(60 * 1024 * 1024)).toContain('The file is 60.0 MB; TollCheck imports datasets of at most 50 MB');
  });

  it('tells JSON, CSV and neither apart', () => {
    expect(detectKind('{"format":1}')).toBe('json');
    expect(detectKind('# name: x\nid,conflict\n')).toBe('csv');
    expect(detectKind('%PDF-1.7\u0000\u0001')).toBeNull();
    expect(problems(parseDatasetText('<html><body>Not found</body></html>'))).toEqual([expect.stringContaining('neither JSON nor CSV')]);
  });
});

describe('CSV import and export', () => {
  const csv = datasetToCsv(sampleDataset('7'));

  it('round-trips: export then import gives the same header and records', () => {
    const back = parseDatasetCsv(csv);
    if (!back.ok) throw new Error(back.problems.join('\n'));
    expect(diffDatasets(sampleDataset(), back.dataset)).toEqual({ added: [], changed: [], removed: [] });
    expect(back.dataset).toMatchObject({ name: 'Sample dataset', version: '7', licence: 'CC BY 4.0', sources: sampleDataset().sources });
  });

  it('keeps formula-like text inert in the file', () => {
    expect(csv).toContain(`"'=1+1 looks like a formula`);
  });

  it('fills header defaults when the file has no comment lines', () => {
    const bare = csv
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n');
    const back = parseDatasetCsv(bare, { today: '2025-01-02' });
    expect(back.ok && [back.dataset.name, back.dataset.version, back.dataset.published]).toEqual(['Imported CSV dataset', '0', '2025-01-02']);
  });

  it('names the row and column of a bad cell', () => {
    const lines = csv.trimEnd().split('\n');
    const rowLine = lines.findIndex((l) => l.startsWith('b,'));
    lines[rowLine] = lines[rowLine].replace(',500,500,500,', ',twelve,500,500,');
    lines.push(lines[rowLine].replace(/^b,/, 'd,').replace('2024-04-20', '2024-02-30'));
    const list = problems(parseDatasetCsv(lines.join('\n')));
    expect(list).toContain(`row ${rowLine + 1}: \`count_best\` must be a whole number ≥ 0, got "twelve"`);
    expect(list).toContain(`row ${lines.length}: \`event_date\` must be a real calendar date, got "2024-02-30"`);
  });

  it('refuses unknown columns and ragged rows', () => {
    const head = csv.split('\n').find((l) => l.startsWith('id,'))!;
    expect(problems(parseDatasetCsv(`${head},__proto__\n`))[0]).toContain('unknown column `__proto__`');
    expect(problems(parseDatasetCsv(`${head}\na,b\n`))[0]).toBe('row 2: has 2 cells but the header row has 24. Check for a missing or extra comma, or an unclosed quote.');
    expect(problems(parseDatasetCsv('id,name\n1,x\n'))).toContainEqual(expect.stringContaining('missing required column(s) `conflict`'));
  });

  it('accepts empty low/high as equal to best', () => {
    const lines = csv.trimEnd().split('\n');
    const i = lines.findIndex((l) => l.startsWith('a,'));
    lines[i] = lines[i].replace(',120,120,120,', ',120,,,');
    const back = parseDatasetCsv(lines.join('\n'));
    expect(back.ok && back.dataset.records[0]).toMatchObject({ best: 120, low: 120, high: 120 });
  });
});
