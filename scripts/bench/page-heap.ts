/**
 * JavaScript heap figures for `npm run bench:page` (Chromium): the extension's service worker,
 * read over DevTools (`Runtime.getHeapUsage` on the worker's own target, after a garbage
 * collection), and a page's renderer heap (the page and the content script's isolated world share
 * one V8 isolate, so the content script's share is the difference from the same page with the floor
 * baseline's script). Playwright gives no session on a service worker, so the worker is reached by
 * puppeteer-core attached to the same Chromium through a local DevTools port.
 */
import net from 'node:net';
import type { Page } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A free TCP port on 127.0.0.1 for Chromium's `--remote-debugging-port`. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((ok) => server.close(ok));
  return port;
}

export class WorkerHeap {
  private constructor(
    private readonly devtools: Browser,
    private readonly extensionId: string,
  ) {}

  static async attach(port: number, extensionId: string): Promise<WorkerHeap> {
    return new WorkerHeap(await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null }), extensionId);
  }

  /** Bytes in use on the extension's running service worker's heap after a full collection. */
  async used(): Promise<number> {
    const target = this.devtools
      .targets()
      .filter((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${this.extensionId}/`))
      .at(-1);
    if (!target) throw new Error('no running TollCheck service worker to measure');
    const session = await target.createCDPSession();
    try {
      await session.send('HeapProfiler.collectGarbage');
      return (await session.send('Runtime.getHeapUsage')).usedSize;
    } finally {
      await session.detach();
    }
  }

  async close(): Promise<void> {
    await this.devtools.disconnect();
  }
}

/** Bytes in use on a page's JavaScript heap (page and content scripts) after a full collection. */
export async function pageHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}
