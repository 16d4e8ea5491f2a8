import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disabledSites, isSiteDisabled, setSiteDisabled } from '../../../lib/extension/settings';

describe('per-site switch', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers a site as off and back on, by hostname', async () => {
    expect(await isSiteDisabled('https://www.reuters.com/world/x')).toBe(false);
    await setSiteDisabled('https://www.reuters.com/world/x', true);
    expect(await isSiteDisabled('https://reuters.com/other-page')).toBe(true);
    expect(await isSiteDisabled('https://apnews.com/')).toBe(false);
    expect(await disabledSites.getValue()).toEqual(['reuters.com']);
    await setSiteDisabled('https://reuters.com/', false);
    expect(await isSiteDisabled('https://www.reuters.com/world/x')).toBe(false);
  });
});
