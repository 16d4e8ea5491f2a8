import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchText } from '../../../components/options/fetch-text';

let server: http.Server;
let origin: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/ok') return void res.end('{"format":1}');
    if (req.url === '/missing') return void res.writeHead(404, 'Not Found').end('gone');
    if (req.url === '/big') {
      // No content-length: the cap has to be enforced while reading.
      res.writeHead(200, { 'transfer-encoding': 'chunked' });
      for (let i = 0; i < 20; i++) res.write('x'.repeat(100));
      return void res.end();
    }
    if (req.url === '/declared-big') return void res.writeHead(200, { 'content-length': '999999999' }).end();
    // '/slow' never answers within the tests' time limit.
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetchText', () => {
  it('returns the body of a good reply', async () => {
    expect(await fetchText(`${origin}/ok`)).toMatchObject({ ok: true, text: '{"format":1}' });
  });

  it('names the status of an error reply', async () => {
    const r = await fetchText(`${origin}/missing`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/answered 404 Not Found for http:\/\/127.0.0.1:\d+\/missing. Check the address./);
  });

  it('stops a download that runs past the time limit', async () => {
    const r = await fetchText(`${origin}/slow`, { timeoutMs: 200 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/took longer than 0.2 seconds and was stopped/);
  });

  it('refuses a body over the size cap, declared or not', async () => {
    const streamed = await fetchText(`${origin}/big`, { maxBytes: 1000 });
    expect(streamed.ok).toBe(false);
    if (!streamed.ok) expect(streamed.message).toMatch(/larger than the 1000 bytes limit/);
    const declared = await fetchText(`${origin}/declared-big`, { maxBytes: 1000 });
    expect(declared.ok).toBe(false);
    if (!declared.ok) expect(declared.message).toMatch(/953.7 MB, over the 1000 bytes limit/);
  });

  it('explains a refused connection', async () => {
    const r = await fetchText('http://127.0.0.1:1/none');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/Could not download/);
  });
});
