/**
 * Hostile imports and exports on the options page, in both browsers (driver.ts): redirects that end
 * on plain http, datasets with control and bidi characters, files that are not UTF-8, a dataset
 * whose header would run as a spreadsheet formula, plain-http sources in the tooltip, and the rows
 * an interrupted install leaves behind.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { BROWSERS, clickOn, count, type DriverPage, type ExtensionDriver, fill, launchDriver, text, until } from './driver';
import { startServer, type TestServer } from './harness';
import { applyPreview, catchExports, caughtExports, chooseFile, DATASETS, optionsReady, problems, readActive, waitForOutcome } from './options-page';
import { hoverFigure, tabIdOf, tabReport, tooltip, waitForPainted } from './page-helpers';

const dataset = (file: string) => fs.readFileSync(path.join(DATASETS, file), 'utf8');

/** Writes `body` to a file of this run named `name`, for the file picker. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tollcheck-security-import-'));
function fileOf(name: string, body: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, body);
  return file;
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionDriver;
  let server: TestServer;
  let options: DriverPage;
  /** Servers answering with CORS (so only TollCheck's own rules can refuse them): 127.0.0.2 is not "this computer" by those rules. */
  const others: http.Server[] = [];
  async function corsServer(host: string): Promise<string> {
    const s = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
      res.end(dataset('valid-v2.json'));
    });
    await new Promise<void>((ok) => s.listen(0, host, ok));
    others.push(s);
    return `http://${host}:${(s.address() as AddressInfo).port}`;
  }
  const local = (p: string) => server.url(p).replace('127.0.0.1', 'localhost');
  const bundledAgain = () =>
    until(options, () => /Bundled/.test(document.querySelector('[data-testid="active-origin"]')?.textContent ?? ''), undefined, 'the bundled dataset active');

  beforeAll(async () => {
    server = await startServer();
    browser = await launchDriver(name);
    options = await browser.openExtensionPage('/options.html');
    await optionsReady(options);
  });
  afterAll(async () => {
    for (const s of others) {
      s.closeAllConnections();
      s.close();
    }
    await browser?.close();
    await server?.close();
  });

  async function download(url: string): Promise<'preview' | 'refused'> {
    await fill(options, '#dataset-url', url);
    await clickOn(options, 'button[type="submit"]', 'Download');
    return waitForOutcome(options);
  }

  test('a localhost URL that redirects to a plain-http host elsewhere is refused, naming where it went; an allowed redirect is previewed under its final URL', async () => {
    const plain = await corsServer('127.0.0.2');
    const ok = await corsServer('127.0.0.1');
    server.route('/to-plain.json', { status: 302, headers: { location: `${plain}/data.json` }, body: '' });
    server.route('/moved.json', { status: 302, headers: { location: `${ok}/v2.json` }, body: '' });
    expect(await download(local('/to-plain.json'))).toBe('refused');
    expect((await problems(options)).join('\n')).toContain(
      `${local('/to-plain.json')} redirected to ${plain}/data.json, which TollCheck does not download from: Use an https:// address`,
    );
    expect(await count(options, '#preview-title')).toBe(0);

    expect(await download(local('/moved.json'))).toBe('preview');
    expect(await text(options, '.preview')).toContain(`from ${ok}/v2.json (redirected from ${local('/moved.json')})`);
    await applyPreview(options);
    expect((await readActive(options)).origin).toBe(`${ok}/v2.json`);

    // "Check for update" fetches the remembered address again, with the same rules.
    server.route('/moved.json', { status: 302, headers: { location: `${plain}/v3.json` }, body: '' });
    await clickOn(options, 'button', 'Check for update');
    await waitForOutcome(options);
    expect((await problems(options)).join('\n')).toContain(`redirected to ${plain}/v3.json, which TollCheck does not download from`);
    await clickOn(options, 'button', 'Restore bundled dataset');
    await bundledAgain();
  });

  test('control and bidi characters in any text field are refused, each naming its field', async () => {
    expect(await chooseFile(options, 'security-bidi-names.json')).toBe('refused');
    const list = (await problems(options)).join('\n');
    for (const field of ['header: `name`', '`source.name`', '`claimant`', '`caveat`', '`note`']) expect(list).toContain(field);
    expect(list).toContain('must be plain text on one line (no control characters, line breaks or bidirectional overrides)');
  });

  test('a file that is not UTF-8 is refused with a clear message, never imported with U+FFFD', async () => {
    expect(await chooseFile(options, 'security-latin1.csv')).toBe('refused');
    expect((await problems(options)).join('\n')).toMatch(/^The file is not UTF-8 text \(byte \d+, 0xE9\)\. Save or export it as UTF-8/);
    // The same text saved as UTF-8 is accepted.
    const utf8 = fs.readFileSync(path.join(DATASETS, 'security-latin1.csv')).toString('latin1');
    expect(await chooseFile(options, fileOf('utf8.csv', Buffer.from(utf8, 'utf8')))).toBe('preview');
    expect(await text(options, '#preview-title')).toContain('Café');
    await clickOn(options, 'button', 'Discard');
  });

  test('CSV export: header lines are single cells that start with "#", never formulas, and never span lines', async () => {
    expect(await chooseFile(options, 'security-formula-header.json')).toBe('preview');
    await applyPreview(options);
    await catchExports(options);
    await clickOn(options, 'button', 'Export CSV');
    await expect.poll(async () => (await caughtExports(options)).length).toBe(1);
    const [{ text: csv }] = await caughtExports(options);
    expect(csv).not.toContain('\r');
    const lines = csv.trimEnd().split('\n');
    const header = lines.filter((l) => l.startsWith('#') || l.startsWith('"#'));
    expect(header.length).toBeGreaterThanOrEqual(6);
    for (const delimiter of [',', ';', '\t']) {
      for (const line of header) {
        const cells = Papa.parse<string[]>(line, { delimiter }).data[0];
        if (delimiter === ',') expect(cells, line).toHaveLength(1);
        for (const cell of cells) expect(cell, line).not.toMatch(/^[=+\-@]/);
      }
    }
    const rows = Papa.parse<string[]>(lines.filter((l) => !header.includes(l)).join('\n')).data;
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // And it reads back as the same dataset.
    expect(await chooseFile(options, fileOf('export.csv', csv))).toBe('preview');
    expect(await text(options, '#preview-title')).toContain('Evil,=HYPERLINK("https://evil.example","click")');
    expect(await text(options, '.diff-counts')).toMatch(/0\s+added[\s\S]*0\s+changed[\s\S]*0\s+removed/);
    await clickOn(options, 'button', 'Discard');
    await clickOn(options, 'button', 'Restore bundled dataset');
    await bundledAgain();
  });

  test('a plain-http source is shown as text in the tooltip, never as a link', async () => {
    const article = await browser.newPage();
    await article.goto(server.url('/page-article.html'));
    await waitForPainted(article, 3);
    const tabId = await tabIdOf(browser.background, article.url());
    const claim = (await tabReport(browser.background, tabId))!.claims.find((c) => c.figure === 'at least 14,534')!;
    expect(claim.references.length).toBeGreaterThan(0);
    const record = { ...claim.references[0], source: { ...claim.references[0].source, url: 'http://example.org/plain-report' } };
    const http = {
      format: 1,
      name: 'Plain-http source',
      version: '2026.12.9',
      published: new Date().toISOString().slice(0, 10),
      licence: 'CC0 (test)',
      description: 'One record whose source is plain http.',
      sources: [],
      records: [record],
    };
    expect(await chooseFile(options, fileOf('http-source.json', JSON.stringify(http)))).toBe('preview');
    await applyPreview(options);
    await article.goto(article.url());
    await waitForPainted(article, 1);
    await hoverFigure(article, 'at least 14,534');
    await expect.poll(() => tooltip(article).count()).toBe(1);
    expect(await tooltip(article).innerText()).toContain('http://example.org/plain-report');
    expect(await tooltip(article).evaluate((el) => el.querySelectorAll('a').length)).toBe(0);
    await article.close();
    await clickOn(options, 'button', 'Restore bundled dataset');
    await bundledAgain();
  });

  test('the rows of an interrupted install are removed when the options page next starts', async () => {
    const slots = () =>
      options.evaluate(
        () =>
          new Promise<string[]>((ok, fail) => {
            const open = indexedDB.open('tollcheck-dataset');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const req = open.result.transaction('chunks').objectStore('chunks').getAllKeys();
              req.onsuccess = () => {
                ok([...new Set((req.result as [string, number][]).map(([s]) => s))]);
                open.result.close();
              };
            };
          }),
        undefined,
      );
    // What a tab closed mid-install leaves: rows of a slot started a moment ago, no metadata, no pointer.
    const partial = await options.evaluate(
      () =>
        new Promise<string>((ok, fail) => {
          const slot = `slot-${Date.now().toString(36)}-zzzzzz`;
          const open = indexedDB.open('tollcheck-dataset');
          open.onsuccess = () => {
            const tx = open.result.transaction('chunks', 'readwrite');
            tx.objectStore('chunks').put({ slot, index: 0, records: [] });
            tx.oncomplete = () => {
              open.result.close();
              ok(slot);
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      undefined,
    );
    expect(await slots()).toContain(partial);
    await options.goto(`${browser.origin}/options.html`);
    await optionsReady(options);
    await expect.poll(slots).not.toContain(partial);
  });
});
