import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALL_SITES, grantedOrigins, syncGrantedSites } from '../../../lib/extension/site-access';
import { NEWS_SITE_MATCHES } from '../../../lib/sites';

beforeEach(() => fakeBrowser.reset());

test('only origins the manifest does not already cover need a registered script', () => {
  expect(grantedOrigins([NEWS_SITE_MATCHES[0], 'https://example.org/*', 'http://localhost/*', ALL_SITES])).toEqual(['https://example.org/*', ALL_SITES]);
});

function fakeScripting(registered: { id: string }[]) {
  const api = {
    getRegisteredContentScripts: vi.fn(async () => registered),
    registerContentScripts: vi.fn(async () => {}),
    updateContentScripts: vi.fn(async () => {}),
    unregisterContentScripts: vi.fn(async () => {}),
  };
  Object.assign(fakeBrowser.scripting, api);
  return api;
}

test('granting a site registers the content script there, with its styles and its early settings read, outside the curated list', async () => {
  fakeBrowser.permissions.getAll = vi.fn(async () => ({ origins: [NEWS_SITE_MATCHES[3], 'https://example.org/*'], permissions: [] }));
  const scripting = fakeScripting([]);
  expect(await syncGrantedSites()).toEqual(['https://example.org/*']);
  expect(scripting.registerContentScripts).toHaveBeenCalledWith([
    expect.objectContaining({
      js: ['content-scripts/content.js'],
      css: ['content-scripts/content.css'],
      runAt: 'document_idle',
      matches: ['https://example.org/*'],
      excludeMatches: NEWS_SITE_MATCHES,
    }),
    expect.objectContaining({ js: ['content-scripts/settings-early.js'], runAt: 'document_start', matches: ['https://example.org/*'], excludeMatches: NEWS_SITE_MATCHES }),
  ]);
  expect(scripting.updateContentScripts).not.toHaveBeenCalled();
});

test('a later grant updates the registrations; removing every grant unregisters them', async () => {
  fakeBrowser.permissions.getAll = vi.fn(async () => ({ origins: [ALL_SITES], permissions: [] }));
  let scripting = fakeScripting([{ id: 'tollcheck-granted-sites' }, { id: 'tollcheck-granted-sites-early' }]);
  await syncGrantedSites();
  expect(scripting.updateContentScripts).toHaveBeenCalledWith([expect.objectContaining({ matches: [ALL_SITES] }), expect.objectContaining({ matches: [ALL_SITES] })]);
  expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  fakeBrowser.permissions.getAll = vi.fn(async () => ({ origins: [], permissions: [] }));
  scripting = fakeScripting([{ id: 'tollcheck-granted-sites' }, { id: 'tollcheck-granted-sites-early' }]);
  await syncGrantedSites();
  expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: ['tollcheck-granted-sites', 'tollcheck-granted-sites-early'] });
});

test('a registration from before the early script gains it on the next sync, the old one updated', async () => {
  fakeBrowser.permissions.getAll = vi.fn(async () => ({ origins: ['https://example.org/*'], permissions: [] }));
  const scripting = fakeScripting([{ id: 'tollcheck-granted-sites' }]);
  await syncGrantedSites();
  expect(scripting.updateContentScripts).toHaveBeenCalledWith([expect.objectContaining({ id: 'tollcheck-granted-sites' })]);
  expect(scripting.registerContentScripts).toHaveBeenCalledWith([expect.objectContaining({ id: 'tollcheck-granted-sites-early', runAt: 'document_start' })]);
});
