import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { highlightStyle, markedCategories, markNoData, setSiteDisabled } from '../../../../lib/extension/settings';
import { isDisabledHere, readSettings, watchSettings } from '../../../../entrypoints/content/settings-reader';
import { CATEGORIES } from '../../../../lib/claim';
import { DEFAULT_HIGHLIGHT_STYLE } from '../../../../lib/highlight-style';

beforeEach(() => fakeBrowser.reset());

test('with nothing stored, the content script sees the same defaults as the settings module', async () => {
  expect(await readSettings()).toEqual({
    look: await highlightStyle.getValue(),
    categories: await markedCategories.getValue(),
    markNoData: await markNoData.getValue(),
    disabledSites: [],
  });
  expect((await readSettings()).categories).toEqual([...CATEGORIES]);
});

test('reads what the options page and popup write through the settings module', async () => {
  await highlightStyle.setValue('background');
  await markedCategories.setValue(['killed', 'bodies']);
  await markNoData.setValue(false);
  await setSiteDisabled('https://www.example.org/news/1', true);
  expect(await readSettings()).toEqual({ look: 'background', categories: ['killed', 'bodies'], markNoData: false, disabledSites: ['example.org'] });
});

test('a site the popup switched off is off for the content script on that site only', async () => {
  vi.stubGlobal('location', new URL('https://www.example.org/news/1'));
  try {
    await setSiteDisabled('https://example.org/other', true);
    expect(isDisabledHere(await readSettings())).toBe(true);
    expect(isDisabledHere({ ...(await readSettings()), disabledSites: ['elsewhere.example'] })).toBe(false);
  } finally {
    vi.unstubAllGlobals();
  }
});

test('settings are followed live until the session ends, then not at all', async () => {
  const session = new AbortController();
  const seen = vi.fn();
  watchSettings(session.signal, seen);
  await highlightStyle.setValue('background');
  await vi.waitFor(() => expect(seen).toHaveBeenCalledOnce());
  expect(seen.mock.calls[0][0].look).toBe('background');
  await fakeBrowser.storage.local.set({ highlightStyle: 'underline' }); // another area: not a setting
  session.abort();
  await highlightStyle.setValue('underline');
  await markNoData.setValue(false);
  await new Promise((ok) => setTimeout(ok, 20));
  expect(seen).toHaveBeenCalledOnce();
});

test('a stored style it does not know reads as the default look, never as a style the painter lacks', async () => {
  await fakeBrowser.storage.sync.set({ highlightStyle: 'glow' });
  expect((await readSettings()).look).toBe(DEFAULT_HIGHLIGHT_STYLE);
  await fakeBrowser.storage.sync.set({ highlightStyle: 'background' });
  expect((await readSettings()).look).toBe('background');
});
