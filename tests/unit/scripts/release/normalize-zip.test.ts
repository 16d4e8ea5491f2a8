/** The zip rewrite that makes release zips reproducible: same files in, same bytes out. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { expect, test } from 'vitest';
import { normalizeZip } from '../../../../scripts/release/normalize-zip';

async function writeZip(file: string, entries: Array<[string, string]>, date: Date): Promise<void> {
  const zip = new JSZip();
  for (const [name, content] of entries) zip.file(name, content, { date });
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

test('two zips of the same files, made at different times in a different order, become identical', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tollcheck-zip-'));
  const [a, b] = [path.join(dir, 'a.zip'), path.join(dir, 'b.zip')];
  const files: Array<[string, string]> = [
    ['manifest.json', '{"manifest_version":3}'],
    ['chunks/popup.js', 'console.log(1)'],
    ['icon/16.png', 'png'],
  ];
  await writeZip(a, files, new Date('2026-11-22T10:00:00Z'));
  await writeZip(b, [...files].reverse(), new Date('2026-11-22T11:30:07Z'));
  expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(false);

  await normalizeZip(a);
  await normalizeZip(b);
  expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);

  const out = await JSZip.loadAsync(fs.readFileSync(a));
  expect(Object.keys(out.files)).toEqual(['chunks/popup.js', 'icon/16.png', 'manifest.json']);
  expect(await out.file('chunks/popup.js')!.async('string')).toBe('console.log(1)');
  fs.rmSync(dir, { recursive: true, force: true });
});
