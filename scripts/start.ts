/**
 * `npm start [-- --browser=chrome|firefox]`: the quickest way to see TollCheck work. Finds a
 * browser the user has (scripts/start/find-browser.ts), builds the extension for it, serves the
 * demo article (demo/) on 127.0.0.1 and opens it there with TollCheck loaded. With a display it
 * opens a real window and runs until you close it; without one (Linux with no $DISPLAY, or CI) it
 * saves screenshots of the highlighted article, an open tooltip, the popup and the options page to
 * test-output/demo/ and exits.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension } from '../tests/e2e/firefox-harness';
import { findBrowser, installAdvice, type BrowserFamily, type FoundBrowser } from './start/find-browser';
import { EXTENSION_DIR, OUTPUT_DIR, ROOT, launchWithExtension, startServer, type TestServer } from '../tests/e2e/harness';
import { waitForFigures } from './demo/page-figures';
import { hoverFigure, tabIdOf } from '../tests/e2e/page-helpers';

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

async function openWindow(url: string, found: FoundBrowser): Promise<void> {
  if (found.family === 'firefox') return openFirefoxWindow(url, found);
  const profile = fs.mkdtempSync(path.join(OUTPUT_DIR, 'demo-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: found.executable,
    headless: false,
    viewport: null,
    // Google Chrome 137+ ignores --load-extension unless this feature is switched off.
    args: [
      '--no-first-run',
      '--disable-sync',
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`${found.name} is showing ${url} with TollCheck loaded. Close the window (or press Ctrl+C) to stop.`);
  console.log(
    `If TollCheck's marks do not appear, this browser refused the unpacked extension: load ${path.relative(ROOT, EXTENSION_DIR)} at chrome://extensions (Developer mode → Load unpacked).`,
  );
  process.once('SIGINT', () => void context.close());
  await new Promise<void>((done) => context.on('close', () => done()));
  fs.rmSync(profile, { recursive: true, force: true });
}

async function openFirefoxWindow(url: string, found: FoundBrowser): Promise<void> {
  const firefox = await launchFirefoxWithExtension({ executablePath: found.executable, headless: false });
  const page = await firefox.newPage();
  await page.goto(url);
  console.log(`${found.name} is showing ${url} with TollCheck loaded (a temporary add-on). Close the window (or press Ctrl+C) to stop.`);
  process.once('SIGINT', () => void firefox.close());
  await new Promise<void>((done) => firefox.browser.once('disconnected', () => done()));
}

/** Without a display: the article, a tooltip and the options page, as Firefox draws them. */
async function saveFirefoxScreenshots(url: string, found: FoundBrowser): Promise<string[]> {
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const firefox = await launchFirefoxWithExtension({ executablePath: found.executable });
  try {
    const page = await firefox.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(url);
    await new Promise((ok) => setTimeout(ok, 3000));
    const file = path.join(SHOTS_DIR, 'article-firefox.png');
    await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    return [file];
  } finally {
    await firefox.close();
  }
}

async function saveScreenshots(url: string, found: FoundBrowser): Promise<string[]> {
  if (found.family === 'firefox') return saveFirefoxScreenshots(url, found);
  fs.mkdirSync(SHOTS_DIR, { recursive: true });
  const browser = await launchWithExtension({ executablePath: found.executable });
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

/** `--browser=chrome` or `--browser=firefox` (also `--browser firefox`), else undefined (any). */
function wantedFamily(argv: string[]): BrowserFamily | undefined {
  const at = argv.findIndex((a) => a === '--browser' || a.startsWith('--browser='));
  if (at < 0) return undefined;
  const value = argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  if (value === 'chrome' || value === 'chromium') return 'chrome';
  if (value === 'firefox') return 'firefox';
  fail(`Unknown browser "${value}": use --browser=chrome or --browser=firefox.`);
}

/** Builds the test build for the browser found (the local demo server is among its sites). */
function build(family: BrowserFamily): void {
  console.log(`Building TollCheck for ${family === 'firefox' ? 'Firefox' : 'Chromium'}…`);
  execFileSync('npx', ['wxt', 'build', ...(family === 'firefox' ? ['-b', 'firefox'] : []), '--mode', 'test'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const dir = family === 'firefox' ? FIREFOX_EXTENSION_DIR : EXTENSION_DIR;
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) fail(`The build did not produce ${dir}; see the errors above.`);
}

/** macOS and Windows always have a display; Linux has one when $DISPLAY or $WAYLAND_DISPLAY is set. */
const hasDisplay = () => !process.env.CI && (process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY);

async function main(): Promise<void> {
  const family = wantedFamily(process.argv.slice(2));
  const found = findBrowser(family);
  if (!found) fail(installAdvice(family));
  console.log(`Using ${found.name} (${found.executable}).`);
  build(found.family);
  const server = await startServer();
  serveDemo(server);
  const url = server.url(ARTICLE);
  try {
    if (hasDisplay()) await openWindow(url, found);
    else {
      const shots = await saveScreenshots(url, found);
      console.log(`No display, so TollCheck's demo was saved as screenshots:\n  ${shots.map((f) => path.relative(process.cwd(), f)).join('\n  ')}`);
    }
  } finally {
    await server.close();
  }
}

await main();
