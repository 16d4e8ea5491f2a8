import { afterEach, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beginEarlySettingsRead, takeEarlySettings } from '../../../../entrypoints/content/early-settings';
import { readSettings } from '../../../../entrypoints/content/settings-reader';
import { highlightStyle, markNoData, setSiteDisabled } from '../../../../lib/extension/settings';

beforeEach(() => fakeBrowser.reset());
// Nothing left in the (shared) global between tests.
afterEach(() => void takeEarlySettings());

test('the read begun at document_start gives the content script the stored settings', async () => {
  await highlightStyle.setValue('background');
  await setSiteDisabled('https://www.example.org/a', true);
  beginEarlySettingsRead();
  const settings = await readSettings(takeEarlySettings());
  expect(settings.look).toBe('background');
  expect(settings.disabledSites).toEqual(['example.org']);
});

test('it is taken once: a later copy of the content script (the popup re-injects it) reads again', async () => {
  beginEarlySettingsRead();
  expect(takeEarlySettings()).not.toBeNull();
  expect(takeEarlySettings()).toBeNull();
});

test('with no early script in the document there is nothing to take, and the settings are read now', async () => {
  expect(takeEarlySettings()).toBeNull();
  await markNoData.setValue(false);
  expect((await readSettings(takeEarlySettings())).markNoData).toBe(false);
});

test('a setting changed after the early read began is not taken from it (the switch just flipped wins)', async () => {
  beginEarlySettingsRead();
  await setSiteDisabled('https://www.example.org/a', true);
  await new Promise((ok) => setTimeout(ok, 0));
  expect(takeEarlySettings()).toBeNull();
  expect((await readSettings(null)).disabledSites).toEqual(['example.org']);
});

test('a change to another storage area or to no setting leaves the early read good', async () => {
  beginEarlySettingsRead();
  await fakeBrowser.storage.local.set({ disabledSites: ['example.org'] });
  await fakeBrowser.storage.sync.set({ somethingElse: 1 });
  await new Promise((ok) => setTimeout(ok, 0));
  expect(takeEarlySettings()).not.toBeNull();
});

test('an early read that failed (the extension was updated since) is read again, not reported as the page failing', async () => {
  await markNoData.setValue(false);
  const failed = Promise.reject(new Error('Extension context invalidated.'));
  expect((await readSettings(failed)).markNoData).toBe(false);
});
