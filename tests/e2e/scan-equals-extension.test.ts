/**
 * `scan` is what the extension does: the command run on a saved page and the extension on the
 * same page served to Chromium and to Firefox give the same figures with the same verdicts, in the
 * same order.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtensionDriver, launchDriver } from './driver';
import { PAGES_DIR, ROOT, startServer, type TestServer } from './harness';
import { tabIdOf, tabReport, waitForPainted } from './page-helpers';

const PAGES = ['page-article.html', 'page-split.html', 'page-dark.html'];

interface ScannedClaim {
  figure: string;
  status: string;
  category: string;
  claimant: string | null;
}

function scan(files: string[]): { file: string; claims: ScannedClaim[] }[] {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/scan.ts'), '--json', ...files], { encoding: 'utf8' });
  return JSON.parse(out);
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionDriver;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchDriver(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('scan and the extension agree on every figure and verdict of several pages', async () => {
    const scanned = scan(PAGES.map((p) => path.join(PAGES_DIR, p)));
    expect(scanned.map((r) => path.basename(r.file))).toEqual(PAGES);
    for (const [i, file] of PAGES.entries()) {
      const fromScan = scanned[i].claims.map((c) => [c.figure.replace(/\s+/g, ' '), c.status, c.category, c.claimant]);
      expect(fromScan.length, file).toBeGreaterThanOrEqual(2);
      const page = await browser.newPage();
      await page.goto(server.url(`/${file}`));
      await waitForPainted(page, fromScan.length);
      const tabId = await tabIdOf(browser.background, page.url());
      await expect.poll(async () => (await tabReport(browser.background, tabId))?.checking).toBe(false);
      const report = await tabReport(browser.background, tabId);
      const fromExtension = (report?.claims ?? []).map((c) => [c.figure.replace(/\s+/g, ' '), c.status, c.category, c.claimant]);
      expect(fromExtension, file).toEqual(fromScan);
      await page.close();
    }
  });
});
