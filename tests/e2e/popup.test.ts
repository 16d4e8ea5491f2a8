/**
 * The toolbar popup against real pages, in both browsers (driver.ts): its counts and list match the
 * page's highlights, a click (or Enter) scrolls the page to the figure and flashes it, the per-site
 * switch removes and restores the highlights, the options link works, and the empty states say
 * what happened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attribute, BROWSERS, clickOn, count, type DriverPage, type ExtensionDriver, launchDriver, text, texts, until, waitForSelector } from './driver';
import { ROOT, startServer, type TestServer } from './harness';
import { newestHiddenTabId, painted, tabIdOf, VERDICT_NAMES, waitForPainted } from './page-helpers';

// The extension API inside driver.background, where the evaluated functions run.
declare const chrome: {
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
};

const VERDICT_OF: Record<(typeof VERDICT_NAMES)[number], string> = {
  'tollcheck-corroborated': 'corroborated',
  'tollcheck-disputed': 'disputed',
  'tollcheck-unverified': 'unverified',
  'tollcheck-no-data': 'no_data',
};
const FILLER = Array.from(
  { length: 60 },
  (_, i) => `<p>Background paragraph ${i + 1}: a description of the roads, the weather and the market that carries no figures at all.</p>`,
).join('\n');
const LONG_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Long report</title><meta property="article:published_time" content="2025-11-21"></head>
<body><h1>A long report from Ukraine</h1>${FILLER}
<p id="far">The UN Human Rights Monitoring Mission in Ukraine says at least 14,534 civilians have been killed since February 2022.</p></body></html>`;
const NO_FIGURES = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Weather</title></head><body><h1>Mild weekend ahead</h1><p>Sunshine is expected on Saturday with light winds from the west.</p></body></html>`;

/** The demo article's verdicts, by figure count (demo/article.html against the bundled dataset). */
const DEMO_COUNTS = { corroborated: 4, disputed: 1, unverified: 1, no_data: 2 };

const sorted = (xs: string[]) => [...xs].sort();
// A figure's page text may keep its source's line breaks ("no more\n  than 4,000"); the popup shows it as a reader sees it.
const asDisplayed = (t: string) => t.replace(/\s+/g, ' ').trim();

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionDriver;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    server.route('/demo/article.html', { body: fs.readFileSync(path.join(ROOT, 'demo/article.html')) });
    server.route('/demo/demo.css', { type: 'text/css', body: fs.readFileSync(path.join(ROOT, 'demo/demo.css')) });
    server.route('/long.html', { body: LONG_PAGE });
    server.route('/weather.html', { body: NO_FIGURES });
    browser = await launchDriver(name);
  });
  afterAll(async () => {
    expect(browser.externalRequests(server)).toEqual([]);
    expect(browser.errors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  async function openArticle(p: string, minFigures = 1): Promise<DriverPage> {
    const page = await browser.newPage();
    await page.goto(server.url(p));
    await waitForPainted(page, minFigures);
    return page;
  }

  async function openPopup(tabId: number): Promise<DriverPage> {
    const popup = await browser.openExtensionPage(`/popup.html?tab=${tabId}`, { width: 380, height: 640 });
    await waitForSelector(popup, 'main.popup:not([aria-busy])');
    return popup;
  }

  test('counts and lists the same figures as the page highlights, grouped by verdict', async () => {
    const article = await openArticle('/demo/article.html', 8);
    const figures = await painted(article);
    const popup = await openPopup(await tabIdOf(browser.background, article.url()));
    await waitForSelector(popup, '.figure');
    for (const [verdict, n] of Object.entries(DEMO_COUNTS)) {
      const onPage = figures.filter(([highlight]) => VERDICT_OF[highlight as keyof typeof VERDICT_OF] === verdict).map(([, t]) => asDisplayed(t));
      expect(onPage, verdict).toHaveLength(n);
      expect(Number(await attribute(popup, `.count[data-verdict="${verdict}"]`, 'data-count')), verdict).toBe(n);
      expect(sorted(await texts(popup, `.group.verdict-${verdict} .figure-number`)), verdict).toEqual(sorted(onPage));
    }
    await popup.screenshot('popup');
  });

  test('clicking a figure, or pressing Enter on it, scrolls the page to it and flashes it', async () => {
    const article = await openArticle('/long.html');
    expect(await article.evaluate(() => scrollY, undefined)).toBe(0);
    const popup = await openPopup(await tabIdOf(browser.background, article.url()));
    await clickOn(popup, '.figure', '14,534');
    const farInView = () => {
      const box = document.getElementById('far')?.getBoundingClientRect();
      return scrollY > 0 && box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
    };
    await until(article, farInView, undefined, 'the page scrolled to the figure');
    await until(article, () => CSS.highlights.has('tollcheck-flash'), undefined, 'the figure flashed', 2000);

    // Keyboard only: scroll back, Tab to the figure, press Enter.
    await article.evaluate(() => scrollTo(0, 0), undefined);
    const focused = () =>
      popup.evaluate(() => (document.activeElement as HTMLElement | null)?.matches('.figure') && (document.activeElement as HTMLElement).innerText.includes('14,534'), undefined);
    for (let i = 0; i < 10 && !(await focused()); i++) await popup.keyboard.press('Tab');
    expect(await focused()).toBe(true);
    await popup.keyboard.press('Enter');
    await until(article, () => scrollY > 0, undefined, 'the page scrolled by Enter');
  });

  test('the site switch removes the highlights at once and restores them', async () => {
    const article = await openArticle('/demo/article.html');
    const popup = await openPopup(await tabIdOf(browser.background, article.url()));
    expect(await text(popup, '#site-switch-label')).toBe('TollCheck on 127.0.0.1');
    expect(await attribute(popup, '[role="switch"]', 'aria-checked')).toBe('true');

    await clickOn(popup, '[role="switch"]');
    const none = () => [...CSS.highlights.keys()].every((k) => !k.startsWith('tollcheck-') || CSS.highlights.get(k)?.size === 0);
    await until(article, none, undefined, 'the highlights removed', 3000);
    await waitForSelector(popup, '[data-state="disabled"]');
    await popup.screenshot('popup-disabled');
    expect(await attribute(popup, '[role="switch"]', 'aria-checked')).toBe('false');
    expect(await browser.background.evaluate(() => chrome.storage.sync.get('disabledSites').then((v) => v.disabledSites), undefined)).toEqual(['127.0.0.1']);

    await clickOn(popup, '[role="switch"]');
    expect((await waitForPainted(article, 1, 5000)).length).toBeGreaterThan(0);
    await waitForSelector(popup, '.figure');
  });

  test('figures that arrive while the popup is open are added to it', async () => {
    const article = await openArticle('/long.html');
    const popup = await openPopup(await tabIdOf(browser.background, article.url()));
    await until(popup, () => [...document.querySelectorAll<HTMLElement>('.figure')].some((f) => f.innerText.includes('14,534')), undefined, 'the first figure');
    await article.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'The same UN mission counted 38,472 civilians injured over that period.';
      document.body.append(p);
    }, undefined);
    await until(popup, () => [...document.querySelectorAll<HTMLElement>('.figure')].some((f) => f.innerText.includes('38,472')), undefined, 'the new figure in the popup');
  });

  test('empty states say what happened', async () => {
    const weather = await browser.newPage();
    await weather.goto(server.url('/weather.html'));
    const popup = await openPopup(await tabIdOf(browser.background, weather.url()));
    await waitForSelector(popup, '[data-state="no-figures"]');
    expect(await text(popup, 'h2')).toBe('No casualty figures found');
    await popup.screenshot('popup-no-figures');

    const blank = await browser.newPage();
    await blank.goto('about:blank');
    const blankPopup = await openPopup(await newestHiddenTabId(browser.background));
    await waitForSelector(blankPopup, '[data-state="unscannable"]');
    await blankPopup.screenshot('popup-unscannable');
    expect(await count(blankPopup, '[role="switch"]')).toBe(0);
  });

  test('the Options button opens the options page', async () => {
    const popup = await openPopup(await newestHiddenTabId(browser.background));
    await clickOn(popup, 'button', 'Options');
    await expect.poll(() => browser.pageUrls()).toContain(`${browser.origin}/options.html`);
  });
});
