import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_SITES, scanNewlyGranted } from '../../../lib/extension/site-access';

beforeEach(() => fakeBrowser.reset());

/** Open tabs by id and address; `query({ url })` answers with those on the given site patterns. */
function fakeTabs(open: Record<number, string>) {
  const query = vi.fn(async ({ url }: { url: string[] }) =>
    Object.entries(open)
      .filter(([, address]) => url.some((pattern) => new URL(address).host === new URL(pattern.replace('*://', 'https://').replace('/*', '/')).host))
      .map(([id, address]) => ({ id: Number(id), url: address })),
  );
  Object.assign(fakeBrowser.tabs, { query });
  const injected: number[] = [];
  Object.assign(fakeBrowser.scripting, {
    insertCSS: vi.fn(async () => {}),
    executeScript: vi.fn(async ({ target }: { target: { tabId: number } }) => void injected.push(target.tabId)),
  });
  return { query, injected };
}

test('a newly granted site: its open tabs that were never read are scanned, the others left alone', async () => {
  const tabs = fakeTabs({ 1: 'https://example.org/a', 2: 'https://example.org/b', 3: 'https://other.net/' });
  const scanned = await scanNewlyGranted(['https://example.org/*'], async (ids) => ids.filter((id) => id !== 2));
  expect(tabs.query).toHaveBeenCalledWith({ url: ['https://example.org/*'] });
  expect(scanned).toEqual([1]);
  expect(tabs.injected).toEqual([1]);
});

test('the all-sites grant and the curated sites scan no open tab', async () => {
  const tabs = fakeTabs({ 1: 'https://example.org/a' });
  expect(await scanNewlyGranted([ALL_SITES, '*://*.bbc.co.uk/*'], async (ids) => ids)).toEqual([]);
  expect(tabs.query).not.toHaveBeenCalled();
});

test('a tab that refuses the script (a browser page) is not counted as scanned', async () => {
  const tabs = fakeTabs({ 4: 'https://example.org/' });
  fakeBrowser.scripting.executeScript = vi.fn(async () => {
    throw new Error('Missing host permission for the tab');
  }) as never;
  expect(await scanNewlyGranted(['https://example.org/*'], async (ids) => ids)).toEqual([]);
  expect(tabs.query).toHaveBeenCalled();
});
