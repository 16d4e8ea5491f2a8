import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'scan-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

function scan(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/scan.ts'), ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const article = 'Quake toll rises\n\nThe earthquake killed at least 1,200 people and injured 3,400, the disaster agency said. Rescuers used 40 dogs.';
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(
      `<html><head><style>p{color:red}</style><script>var n = "500 killed";</script></head><body><h1>Flood toll</h1><p>Floods killed 87 people &amp; left 12 missing, police said.</p></body></html>`,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('npm run scan', () => {
  it('prints exactly one JSON array whose offsets index the file text', async () => {
    const txt = file('quake.txt', article);
    const { code, stdout, stderr } = await scan('--json', txt);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const reports = JSON.parse(stdout);
    expect(reports).toHaveLength(1);
    expect(reports[0].file).toBe(txt);
    const claims = reports[0].claims;
    expect(claims.map((c: { figure: string; category: string }) => [c.figure, c.category])).toEqual([
      ['at least 1,200', 'killed'],
      ['3,400', 'wounded'],
    ]);
    for (const c of claims) {
      expect(article.slice(c.start, c.end)).toBe(c.figure);
      for (const key of ['sentence', 'count', 'countHigh', 'qualifier', 'party', 'claimant', 'claimantType']) expect(c).toHaveProperty(key);
    }
    expect(claims[0].claimant).toBe('disaster agency');
  }, 30_000);

  it('reports bad inputs on stderr, scans the rest and exits non-zero', async () => {
    const good = file('good.txt', article);
    const empty = file('empty.txt', '');
    const binary = file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const folder = path.join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    const missing = path.join(dir, 'missing.txt');
    const { code, stdout, stderr } = await scan('--json', missing, empty, good, binary, folder);
    expect(code).toBe(1);
    const reports = JSON.parse(stdout);
    expect(reports.map((r: { file: string }) => r.file)).toEqual([good]);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain(missing);
    expect(lines[0]).toMatch(/no such file/);
    expect(lines[1]).toMatch(/empty\.txt: is empty/);
    expect(lines[2]).toMatch(/image\.txt: looks binary/);
    expect(lines[3]).toMatch(/folder: is a directory/);
  }, 30_000);

  it('reads .html files and local URLs as readable text, and refuses remote URLs', async () => {
    const html = file('page.html', '<p>Two soldiers were killed and five wounded, the army said.</p><script>var x = "900 dead";</script>');
    const { code, stdout, stderr } = await scan('--json', html, `${base}/article`, 'https://example.com/news');
    expect(code).toBe(1);
    expect(stderr).toMatch(/example\.com\/news: only http:\/\/localhost/);
    const [page, url] = JSON.parse(stdout);
    expect(page.claims.map((c: { count: number }) => c.count)).toEqual([2, 5]);
    expect(url.file).toBe(`${base}/article`);
    expect(url.claims.map((c: { figure: string; category: string }) => [c.figure, c.category])).toEqual([
      ['87', 'killed'],
      ['12', 'missing'],
    ]);
  }, 30_000);

  it('prints a readable table without --json', async () => {
    const { code, stdout } = await scan(file('table.txt', article));
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/table\.txt: 2 figures/);
    expect(lines[1]).toMatch(/^FIGURE\s+COUNT\s+QUALIFIER\s+CATEGORY\s+PARTY\s+CLAIMANT/);
    expect(lines[2]).toMatch(/^at least 1,200\s+1200\s+at_least\s+killed/);
    // columns line up: every row starts its COUNT cell at the same offset
    expect(lines[2].indexOf('1200')).toBe(lines[1].indexOf('COUNT'));
  }, 30_000);

  it('explains its usage when given nothing to scan', async () => {
    const { code, stderr } = await scan();
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: npm run scan/);
  }, 30_000);
});
