/**
 * Hostile pages in Chromium: a page cannot stop TollCheck, see it start, claim or read its UI,
 * drive its tooltip with synthetic events, or hide figures in an element named like its UI; a page
 * that removes the UI host (or swaps in a new body) gets it back; page text in the tooltip is
 * isolated and its control characters shown.
 */
// Chromium only: DevTools pierces closed shadow roots, which no page script and no BiDi call can, and that is what these tests inspect.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, startServer, type ExtensionBrowser, type TestServer } from './harness';
import { expectedFromFixture, hoverFigure, painted, shadowHosts, tabIdOf, tabReport, tooltip, uiHosts, waitForPainted } from './page-helpers';

let browser: ExtensionBrowser;
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const figures = (list: [string, string][]) => list.map(([, t]) => t);

/** The centre of the first box of the painted figure reading `text`, in the page's own world. */
function centreOf(page: Page, text: string) {
  return page.evaluate((t) => {
    for (const hl of CSS.highlights.values())
      for (const r of hl as Iterable<Range>) {
        if (r.toString() !== t) continue;
        const box = r.getClientRects()[0];
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    return null;
  }, text);
}

async function openHostile(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url('/security-hostile.html')}#${browser.extensionId}`);
  return page;
}

test('a page dispatching WXT\'s "content script started" event all the time cannot switch TollCheck off, nor see it start', async () => {
  const page = await openHostile();
  const expected = expectedFromFixture('security-hostile.html');
  expect(figures(expected)).toEqual(['12', '37', '40']);
  expect(await waitForPainted(page, expected.length)).toEqual(expected);
  // The page kept firing the event from before the script started; everything still works.
  await page.evaluate(() => (window as unknown as { __kill(): void }).__kill());
  await page.waitForTimeout(300);
  expect(await painted(page)).toEqual(expected);
  await hoverFigure(page, '12');
  await expect.poll(() => tooltip(page).count()).toBe(1);
  expect(await tooltip(page).innerText()).toContain('“12”');
  // New text is still read (the watcher is alive), and the popup's messages are still answered.
  await page.evaluate(() => document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Police said 9 people were killed in a second attack.</p>'));
  await expect.poll(async () => figures(await painted(page)), { timeout: 10_000 }).toContain('9');
  const tabId = await tabIdOf(browser.worker, page.url());
  const key = (await tabReport(browser.worker, tabId))!.claims.find((c) => c.figure === '40')!.key;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  expect(
    await browser.worker.evaluate(([id, k]) => (globalThis as any).chrome.tabs.sendMessage(id, { id: 1, type: 'revealClaim', data: { key: k }, timestamp: Date.now() }), [
      tabId,
      key,
    ] as const),
  ).toEqual({ res: true });
  // Nothing was announced to the page: no message names WXT, TollCheck or the extension id.
  const seen: string[] = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen.filter((m) => /wxt|tollcheck|content-script/i.test(m) || m.includes(browser.extensionId))).toEqual([]);
  expect(browser.errors).toEqual([]);
  await page.close();
});

test("the page's own <tollcheck-ui> is page text, its custom element never gets TollCheck's host, and the tooltip's closed root cannot be read or rewritten", async () => {
  const page = await openHostile();
  await waitForPainted(page, 3);
  expect(figures(await painted(page))).toContain('37'); // inside the page's <tollcheck-ui>
  await hoverFigure(page, '37');
  await expect.poll(() => tooltip(page).count()).toBe(1);
  expect(await tooltip(page).innerText()).toContain('“37”');
  // The page's element was connected once (its own); the host is a plain div with a closed root.
  expect(await page.evaluate(() => (window as unknown as { __claimed: number }).__claimed)).toBe(1);
  expect(await uiHosts(page)).toEqual([{ host: 'div', parent: 'body', mode: 'closed' }]);
  expect((await shadowHosts(page)).filter((h) => h.host === 'tollcheck-ui')).toEqual([{ host: 'tollcheck-ui', parent: 'article', mode: 'open' }]);
  // What the page's scripts can see of it: no shadow root, no text, no verdict, no way to rewrite it.
  const view = await page.evaluate(() => {
    const divs = [...document.body.children].filter((el) => el.localName === 'div');
    const roots = (window as unknown as { __roots: ShadowRoot[] }).__roots;
    for (const d of divs) d.textContent = 'Corroborated by the UN';
    return { roots: roots.map((r) => r.host.localName), shadow: divs.map((d) => d.shadowRoot), text: document.documentElement.innerText };
  });
  expect(view.roots).toEqual(['tollcheck-ui']);
  expect(view.shadow).toEqual([null]);
  expect(view.text).not.toMatch(/Claimed by|Reference figures|No data|Unverified/);
  // Text the page put into the host's light DOM is never shown (the shadow tree has no slot).
  expect(await tooltip(page).innerText()).not.toContain('Corroborated by the UN');
  expect(browser.errors).toEqual([]);
  await page.close();
});

test('synthetic pointer events never open a tooltip; a real pointer does', async () => {
  const page = await openHostile();
  await waitForPainted(page, 3);
  await page.mouse.move(5, 5);
  const at = (await centreOf(page, '40'))!;
  await page.evaluate(({ x, y }) => {
    for (let i = 0; i < 10; i++) {
      for (const target of [document, document.body, document.elementFromPoint(x, y)!])
        target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true }));
      window.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y }));
    }
  }, at);
  await page.waitForTimeout(600);
  expect(await tooltip(page).count()).toBe(0);
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await expect.poll(() => tooltip(page).count()).toBe(1);
  await page.close();
});

test('page text in the tooltip is isolated and its bidi controls shown, never obeyed', async () => {
  const page = await openHostile();
  await waitForPainted(page, 3);
  await hoverFigure(page, '40');
  await expect.poll(() => tooltip(page).count()).toBe(1);
  const text = await tooltip(page).innerText();
  expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u0008]/);
  expect(text).toContain('[U+202E]');
  expect(await tooltip(page).evaluate((el) => [...el.querySelectorAll('.claimant bdi')].map((b) => b.getAttribute('dir')))).toEqual(['auto']);
  await page.close();
});

test('the tooltip host comes back after the page removes it, and after a single-page app swaps in a new body', async () => {
  const page = await openHostile();
  await waitForPainted(page, 3);
  await hoverFigure(page, '12');
  await expect.poll(() => tooltip(page).count()).toBe(1);
  // The page removes the host (it can find it: the last div of the body).
  await page.keyboard.press('Escape');
  await page.evaluate(() => [...document.body.children].filter((el) => el.localName === 'div').forEach((el) => el.remove()));
  expect(await uiHosts(page)).toEqual([]);
  await page.mouse.move(5, 5);
  await hoverFigure(page, '40');
  await expect.poll(() => tooltip(page).count()).toBe(1);
  expect(await uiHosts(page)).toEqual([{ host: 'div', parent: 'body', mode: 'closed' }]);

  // A single-page app replaces document.body with a new article.
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    const body = document.createElement('body');
    body.innerHTML = '<article><h1>Another story</h1><p>Officials said 23 people were killed in the flood on Tuesday.</p></article>';
    document.documentElement.replaceChild(body, document.body);
  });
  await expect.poll(async () => figures(await painted(page)), { timeout: 10_000 }).toEqual(['23']);
  await page.mouse.move(5, 5);
  await hoverFigure(page, '23');
  await expect.poll(() => tooltip(page).count()).toBe(1);
  expect(await tooltip(page).innerText()).toContain('“23”');
  expect(await uiHosts(page)).toEqual([{ host: 'div', parent: 'body', mode: 'closed' }]);
  expect(browser.errors).toEqual([]);
  await page.close();
});
