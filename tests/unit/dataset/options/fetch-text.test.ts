import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchText } from '../../../../lib/dataset/options/fetch-text';

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

describe('fetchText: where the text really came from', () => {
  const reply = (url: string, body: Uint8Array | string, redirected = true) =>
    (async () => ({
      ok: true,
      status: 200,
      statusText: 'OK',
      url,
      redirected,
      type: 'basic',
      headers: new Headers(),
      body: null,
      arrayBuffer: async () => (typeof body === 'string' ? new TextEncoder().encode(body) : body).buffer,
    })) as unknown as typeof fetch;

  it('refuses a redirect from localhost to a plain-http host, naming both', async () => {
    const r = await fetchText('http://localhost:8080/data.json', { fetchImpl: reply('http://evil.example/data.json', '{}') });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message).toBe(
        'http://localhost:8080/data.json redirected to http://evil.example/data.json, which TollCheck does not download from: Use an https:// address: plain http could be altered on the way. (http is allowed only for localhost and 127.0.0.1.)',
      );
  });

  it('refuses a redirect to another scheme, and one carrying credentials', async () => {
    expect((await fetchText('https://example.org/d.json', { fetchImpl: reply('ftp://example.org/d.json', '{}') })).ok).toBe(false);
    expect((await fetchText('https://example.org/d.json', { fetchImpl: reply('https://user:pw@example.net/d.json', '{}') })).ok).toBe(false);
  });

  it('accepts a redirect to an https address and says where the text came from', async () => {
    const r = await fetchText('http://localhost:8080/latest.json', { fetchImpl: reply('https://data.example.org/v2.json', '{"a":1}') });
    expect(r).toMatchObject({ ok: true, text: '{"a":1}', url: 'https://data.example.org/v2.json', redirected: true });
  });

  it('refuses a download that is not UTF-8', async () => {
    const r = await fetchText('https://example.org/d.json', { fetchImpl: reply('https://example.org/d.json', Uint8Array.from([0x7b, 0xe9, 0x7d]), false) });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message).toBe('The dataset at https://example.org/d.json is not UTF-8 text (byte 2, 0xE9). Save or export it as UTF-8 and try again; nothing was imported.');
  });
});
