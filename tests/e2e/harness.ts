/**
 * Real-browser test harness: Debian's Chromium with the built extension (.output/chrome-mv3-test,
 * built by `npm run build:test`) and a local page server on 127.0.0.1. Every request the browser
 * makes is recorded so tests can prove nothing leaves for anywhere but the local server.
 */
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3-test');
export const PAGES_DIR = path.join(import.meta.dirname, 'pages');
export const OUTPUT_DIR = path.join(ROOT, 'test-output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Route {
  status?: number;
  type?: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  /** Milliseconds to wait before answering (slow-server tests). */
  delayMs?: number;
}

export interface TestServer {
  origin: string;
  url(p: string): string;
  /** Adds or replaces a route served at `p` (e.g. '/article.html'). */
  route(p: string, r: Route): void;
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves tests/e2e/pages/ plus any routes added at run time, on 127.0.0.1 only. */
export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(p);
    const send = (r: Route) => {
      res.writeHead(r.status ?? 200, { 'content-type': r.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...r.headers });
      res.end(r.body);
    };
    const r = routes.get(p);
    if (r) {
      if (r.delayMs) setTimeout(() => send(r), r.delayMs).unref();
      else send(r);
      return;
    }
    const file = path.join(PAGES_DIR, path.normalize(p).replace(/^([/\\])+/, ''));
    if (!file.startsWith(PAGES_DIR) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return send({ status: 404, type: 'text/plain', body: 'not found' });
    send({ type: TYPES[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file) });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => origin + p,
    route: (p, r) => void routes.set(p, r),
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every URL any page, frame or worker of the browser requested. */
  requests: string[];
  /** Console errors and uncaught page errors, with the page URL. */
  errors: string[];
  close(): Promise<void>;
}

/** Launches Chromium with the unpacked extension loaded, in a fresh profile. */
export async function launchWithExtension(
  opts: { colorScheme?: 'light' | 'dark'; extensionDir?: string; executablePath?: string /** More Chromium switches (the bench's DevTools port). */; extraArgs?: string[] } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run \`npm run build:test\` first.`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tollcheck-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: opts.executablePath ?? CHROMIUM,
    headless: true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(opts.extraArgs ?? []),
    ],
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => void requests.push(r.url()));
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => void errors.push(`${page.url()}: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  // An extension without a background (the bench's floor baseline) has no worker to wait for.
  const hasWorker = 'background' in JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const worker = hasWorker ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }))) : (null as unknown as Worker);
  const extensionId = hasWorker ? new URL(worker.url()).host : '';
  return {
    context,
    extensionId,
    worker,
    requests,
    errors,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot under test-output/screenshots/ and returns its path. */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  const file = path.join(OUTPUT_DIR, 'screenshots', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: opts.fullPage });
  return file;
}

/** Requests that went anywhere but the local test server or the extension itself. */
export function externalRequests(requests: string[], server: TestServer): string[] {
  return requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('chrome-extension://') && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:blank');
}
