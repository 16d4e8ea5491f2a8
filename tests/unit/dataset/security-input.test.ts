/**
 * Hostile dataset input, checked to the byte: control and bidi characters in every text field,
 * files that are not UTF-8, CSV export that a spreadsheet could run, and rows of an interrupted install.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import Papa from 'papaparse';
import { datasetToCsv, datasetToJson, decodeDatasetBytes, firstInvalidUtf8, parseDatasetCsv, parseDatasetJson } from '../../../lib/dataset/validate';
import { bundledFrom, createDatasetStore, type DatasetStore } from '../../../lib/dataset/store';
import { sampleDataset, sampleRecord } from './sample';

function problems(result: ReturnType<typeof parseDatasetJson>): string {
  if (result.ok) throw new Error('expected the input to be refused');
  return result.problems.join('\n');
}

describe('text fields refuse control and bidirectional characters', () => {
  const bad = ['\u202e', '\u0000', '\u001b', '\n', '\r', '\t', '\u0085', '\u2066', '\u200f', '\u061c'];
  const recordFields: [string, (s: string) => Record<string, unknown>][] = [
    ['claimant', (s) => ({ claimant: `UN${s}HRMMU` })],
    ['source.name', (s) => ({ source: { name: `Report ${s}gro.nu`, url: 'https://example.org/r', published: null } })],
    ['source.url', (s) => ({ source: { name: 'Report', url: `https://example.org/${s}x`, published: null } })],
    ['caveat', (s) => ({ caveat: `a${s}b` })],
    ['note', (s) => ({ note: `a${s}b` })],
    ['country', (s) => ({ country: `Ukr${s}aine` })],
    ['region', (s) => ({ region: `Done${s}tsk` })],
  ];
  it.each(recordFields.flatMap(([field, patch]) => bad.map((ch) => [field, ch.codePointAt(0)!.toString(16), patch(ch)] as const)))(
    'record field %s with U+%s is refused, naming the field',
    (field, _, patch) => {
      const dataset = sampleDataset() as unknown as { records: Record<string, unknown>[] };
      dataset.records[1] = { ...dataset.records[1], ...patch };
      const text = problems(parseDatasetJson(JSON.stringify(dataset)));
      expect(text).toContain(`record 2 (id "b"): \`${field}\``);
      expect(text).toMatch(/no control characters|must be a URL/);
    },
  );

  it.each(['name', 'licence', 'description'])('header field %s with U+202E is refused', (field) => {
    const text = problems(parseDatasetJson(JSON.stringify({ ...sampleDataset(), [field]: 'Evil \u202egro.nu\u202c' })));
    expect(text).toContain(`header: \`${field}\` must be plain text on one line`);
  });

  it('header sources are checked too, and a CSV row names its column', () => {
    expect(problems(parseDatasetJson(JSON.stringify({ ...sampleDataset(), sources: [{ name: 'A\u0007B', url: 'https://example.org/' }] })))).toContain('header: `sources.0.name`');
    const csv = datasetToCsv(sampleDataset()).replace('Test Monitoring Mission', 'Test\u202eMission');
    expect(problems(parseDatasetCsv(csv))).toMatch(/row \d+: `claimant` must be plain text on one line/);
  });

  it('ordinary text (accents, other scripts, quotes, dashes) is still accepted', () => {
    const record = sampleRecord('x', { claimant: 'Міністерство охорони здоровʼя — “UN” · وزارة الصحة', note: 'Ceasefire – Gaza; é, ß, 中文' });
    expect(parseDatasetJson(datasetToJson(sampleDataset('1', [record]))).ok).toBe(true);
  });
});

describe('files are decoded as strict UTF-8', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('decodes UTF-8, dropping a byte order mark as before', () => {
    expect(decodeDatasetBytes(utf8('\ufeff{"a":"é"}'))).toEqual({ ok: true, text: '{"a":"é"}' });
  });

  it('refuses Latin-1 with the byte it stopped at', () => {
    const latin1 = Uint8Array.from([...utf8('{"name":"Caf'), 0xe9, ...utf8('"}')]);
    const result = decodeDatasetBytes(latin1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('The file is not UTF-8 text (byte 13, 0xE9). Save or export it as UTF-8 and try again; nothing was imported.');
  });

  it('refuses UTF-16, overlong forms, surrogates and truncated sequences', () => {
    expect(decodeDatasetBytes(Uint8Array.from([0xff, 0xfe, 0x7b, 0x00])).ok).toBe(false);
    for (const bytes of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xe2, 0x82],
      [0xf5, 0x80, 0x80, 0x80],
    ]) {
      expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(0);
      expect(decodeDatasetBytes(Uint8Array.from(bytes)).ok).toBe(false);
    }
    expect(firstInvalidUtf8(utf8('ok é 中 😀'))).toBe(-1);
  });
});

describe('CSV export is inert in a spreadsheet', () => {
  const hostile = {
    ...sampleDataset(),
    name: 'Evil,=HYPERLINK("https://evil.example","x")',
    description: 'line one\r=cmd|calc\nline two',
    licence: '@SUM(1;2)',
    sources: [{ name: 'Src;=1+1', url: 'https://example.org/' }],
  };

  it('every line reads as cells that never start with a formula character, and header lines stay one line', () => {
    const csv = datasetToCsv(hostile);
    const lines = csv.split('\n');
    expect(csv).not.toContain('\r');
    for (const line of lines.filter((l) => l.startsWith('#') || l.startsWith('"#'))) {
      for (const sep of [',', ';', '\t']) {
        const cells = Papa.parse<string[]>(line, { delimiter: sep }).data[0] ?? [];
        for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        if (sep === ',') expect(cells.length).toBe(1);
      }
    }
    const table = Papa.parse<string[]>(lines.filter((l) => l && !l.startsWith('#') && !l.startsWith('"#')).join('\n')).data;
    for (const row of table) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('reads back as the same header values (line breaks become spaces)', () => {
    const back = parseDatasetCsv(datasetToCsv({ ...hostile, description: 'line one and two' }));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.dataset.name).toBe(hostile.name);
    expect(back.dataset.licence).toBe(hostile.licence);
    expect(back.dataset.sources).toEqual(hostile.sources);
    expect(back.dataset.records).toEqual(hostile.records);
  });
});

describe('rows of an interrupted install', () => {
  let store: DatasetStore | undefined;
  afterEach(async () => {
    await store?.close();
    vi.unstubAllGlobals();
  });

  async function partialInstall(name: string, startedAgoMs: number): Promise<string> {
    const slot = `slot-${(Date.now() - startedAgoMs).toString(36)}-zzzzzz`;
    const db = await openDB(name);
    await db.put('chunks', { slot, index: 0, records: [sampleRecord('half')] });
    db.close();
    return slot;
  }
  async function slots(name: string): Promise<string[]> {
    const db = await openDB(name);
    const keys = (await db.getAllKeys('chunks')) as [string, number][];
    db.close();
    return [...new Set(keys.map(([s]) => s))];
  }

  it('go at the next start when no install holds the lock, however recent', async () => {
    const held = new Set<string>();
    vi.stubGlobal('navigator', {
      locks: {
        request: async (lockName: string, opts: { ifAvailable?: boolean }, cb: (lock: unknown) => Promise<unknown>) => {
          if (held.has(lockName)) return opts.ifAvailable ? cb(null) : Promise.reject(new Error('busy in this fake'));
          held.add(lockName);
          try {
            return await cb({ name: lockName });
          } finally {
            held.delete(lockName);
          }
        },
      },
    });
    const name = 'interrupted-1';
    store = createDatasetStore({ name, bundled: bundledFrom(sampleDataset('bundled')) });
    await store.install(sampleDataset('1'), { kind: 'file', name: 'one.json' });
    const active = (await store.getActiveMeta()).slot;
    await store.close();
    const partial = await partialInstall(name, 5_000); // interrupted five seconds ago
    store = createDatasetStore({ name, bundled: bundledFrom(sampleDataset('bundled')) });
    expect((await store.getActive()).header.version).toBe('1');
    await expect.poll(() => slots(name)).toEqual([active]);
    expect(await slots(name)).not.toContain(partial);

    // While an install holds the lock, a recent partial slot (maybe that install's) is kept.
    const running = await partialInstall(name, 1_000);
    held.add('tollcheck-dataset-install');
    await store.removeOrphans();
    expect(await slots(name)).toContain(running);
    held.delete('tollcheck-dataset-install');
    await store.removeOrphans();
    expect(await slots(name)).not.toContain(running);
  });
});
