import { describe, expect, it } from 'vitest';
import { isUnscannable, NEWS_SITE_MATCHES, siteInputKey, siteKey, sitePattern, TEST_MATCHES } from '../../lib/sites';

describe('siteKey', () => {
  it.each([
    ['https://www.bbc.co.uk/news/world-123', 'bbc.co.uk'],
    ['http://Example.COM/a?b#c', 'example.com'],
    ['http://127.0.0.1:8080/article.html', '127.0.0.1'],
    ['https://news.sky.com/story', 'news.sky.com'],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('%s → %s', (url, key) => expect(siteKey(url)).toBe(key));
});

describe('siteInputKey', () => {
  it.each([
    ['example.org', 'example.org'],
    ['  www.Example.ORG ', 'example.org'],
    ['https://www.bbc.co.uk/news/world', 'bbc.co.uk'],
    ['http://127.0.0.1:8080/a', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%j → %s', (input, key) => expect(siteInputKey(input)).toBe(key));

  it.each(['', 'not a site', 'intranet', 'ftp://example.org', 'exa_mple.org'])('refuses %j', (input) => expect(siteInputKey(input)).toBeNull());

  it('gives the key the per-site switch stores for a page of that site', () => {
    expect(siteInputKey('www.reuters.com')).toBe(siteKey('https://www.reuters.com/world/some-story'));
  });
});

describe('sitePattern', () => {
  it('names the scheme and the whole host, without port or path', () => {
    expect(sitePattern('https://www.example.org/news/1?x=2')).toBe('https://www.example.org/*');
    expect(sitePattern('http://127.0.0.1:8080/a.html')).toBe('http://127.0.0.1/*');
    expect(sitePattern(new URL('http://localhost:4000/data.json'))).toBe('http://localhost/*');
  });
  it.each(['chrome://extensions', 'ftp://example.org/x', 'not a url'])('%s has none', (url) => expect(sitePattern(url)).toBeNull());
});

describe('pages no extension can read', () => {
  it.each([
    'chrome://extensions/',
    'chrome-search://local-ntp/',
    'edge://settings',
    'about:blank',
    'about:addons',
    'view-source:https://example.org/',
    'devtools://devtools/bundled/inspector.html',
    'file:///home/reader/article.html',
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html',
    'moz-extension://x/popup.html',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/detail/x',
    'https://microsoftedge.microsoft.com/addons/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://example.org/report.PDF',
    'not a url',
  ])('%s', (url) => expect(isUnscannable(url)).toBe(true));

  it.each([
    'https://www.bbc.co.uk/news/world',
    'http://127.0.0.1:8080/article.html',
    // Only the store's path is closed on chrome.google.com; a look-alike host is an ordinary site.
    'https://chrome.google.com/intl/en/chrome/',
    'https://addons.mozilla.org.example/',
    'https://example.org/pdf-reports/index.html',
  ])('%s is scannable', (url) => expect(isUnscannable(url)).toBe(false));

  it('every curated news site and test page is scannable', () => {
    for (const pattern of [...NEWS_SITE_MATCHES, ...TEST_MATCHES]) {
      const url = pattern.replace('*://*.', 'https://www.').replace('*://', 'https://').replace(/\*$/, 'story');
      expect(isUnscannable(url), url).toBe(false);
    }
  });
});
