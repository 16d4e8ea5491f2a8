/**
 * `npm start`: the quickest way to see TollCheck work. Serves the demo article (demo/) on
 * 127.0.0.1 and opens it in Chromium with the built extension (`npm start` builds it first).
 * With a display it opens a real window and runs until you close it; without one (no $DISPLAY,
 * or CI) it saves screenshots of the highlighted article, an open tooltip and the popup to
 * test-output/demo/ (and the options page) and exits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { EXTENSION_DIR, OUTPUT_DIR, ROOT, launchWithExtension, startServer, type TestServer } from '../tests/e2e/harness';
import { waitForFigures } from './demo/page-figures';
import { hoverFigure, tabIdOf } from '../tests/e2e/page-helpers';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEMO_DIR = path.join(ROOT, 'demo');
const SHOTS_DIR = path.join(OUTPUT_DIR, 'demo');
const ARTICLE = '/article.html';
const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The demo folder's files as routes of the local server. */
function serveDemo(server: TestServer): void {
  for (const file of fs.readdirSync(DEMO_DIR)) {
    const type = CONTENT_TYPES[path.extname(file)];
    if (type) server.route(`/${file}`, { type, body: fs.readFileSync(path.join(DEMO_DIR, file)) });
  }
}

async function openWindow(url: string): Promise<void> {
  const profile = fs.mkdtempSync(path.join(OUTPUT_DIR, 'demo-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    args: ['--no-first-run', '--disable-sync', `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Chromium is showing ${url} with TollCheck loaded. Close the window (or press Ctrl+C) to stop.`);
  process.once('SIGINT', () => void context.close());
  await new Promise<void>((done) => context.on('close', () => done()));
  fs.rmSync(profile, { recursive: true, force: true });
}

async function saveScreenshots(url: string): Promise<string[]> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    const figures = await waitForFigures(page);
    if (figures.length === 0) console.warn('Warning: no highlighted figures appeared within 15 s; the screenshots will show the bare article.');
    const shots: string[] = [];
    const shoot = async (p: typeof page, name: string, fullPage = false) => {
      const file = path.join(SHOTS_DIR, `${name}.png`);
      await p.screenshot({ path: file, fullPage });
      shots.push(file);
    };
    await shoot(page, 'article', true);

    // Hover the first figure that carries a caution, else any, and wait for the tooltip to paint.
    const target = figures.find((f) => f.highlight === 'tollcheck-disputed') ?? figures[0];
    if (target) {
      await hoverFigure(page, target.text);
      await page.waitForTimeout(600);
      await shoot(page, 'tooltip');
    }

    const tabId = await tabIdOf(browser.worker, page.url());
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('main.popup:not([aria-busy])');
    await popup.waitForTimeout(300);
    await shoot(popup, 'popup');

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForLoadState('networkidle');
    await options.waitForTimeout(500);
    await shoot(options, 'options');
    if (browser.errors.length > 0) console.warn(`Console errors seen:\n  ${browser.errors.join('\n  ')}`);
    return shots;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) fail(`Chromium was not found at ${CHROMIUM}. Install it with:\n  sudo apt-get install chromium\n(or set CHROMIUM_PATH to another Chromium binary).`);
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) fail('The extension is not built yet: run `npm start` (it builds first) or `npm run build:test`.');
  const server = await startServer();
  serveDemo(server);
  const url = server.url(ARTICLE);
  try {
    if (process.env.DISPLAY && !process.env.CI) await openWindow(url);
    else {
      const shots = await saveScreenshots(url);
      console.log(`No display, so TollCheck's demo was saved as screenshots:\n  ${shots.map((f) => path.relative(process.cwd(), f)).join('\n  ')}`);
    }
  } finally {
    await server.close();
  }
}

await main();
