/**
 * Rewrites a zip so the same files always give the same bytes. WXT's zips stamp every entry
 * (and every implied folder) with the time of zipping, so two clean builds differed although
 * their contents were identical; stores and reviewers compare release zips, so we pin them.
 * Called from the `zip:*:done` hooks in wxt.config.ts.
 */
import fs from 'node:fs/promises';
import JSZip from 'jszip';

/** Every entry gets this timestamp (any fixed date after 1980, the zip format's epoch, will do). */
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

export async function normalizeZip(zipPath: string): Promise<void> {
  const source = await JSZip.loadAsync(await fs.readFile(zipPath));
  const out = new JSZip();
  // Files only, in byte order of their names: folder entries are optional in zips and only
  // carried the build time.
  const names = Object.keys(source.files)
    .filter((name) => !source.files[name].dir)
    .sort();
  for (const name of names) {
    const content = await source.files[name].async('nodebuffer');
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  const bytes = await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
  await fs.writeFile(zipPath, bytes);
}
