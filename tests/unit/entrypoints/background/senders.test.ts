import { expect, test } from 'vitest';
import { contentScriptTab, isExtensionPage } from '../../../../entrypoints/background/senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

test('the popup and the options page are extension pages; content scripts and other extensions are not', () => {
  expect(isExtensionPage({ id: ID, url: `${ORIGIN}popup.html`, origin: ORIGIN.slice(0, -1) }, ID, ORIGIN)).toBe(true);
  expect(isExtensionPage({ id: ID, url: `${ORIGIN}options.html`, tab: { id: 4, url: `${ORIGIN}options.html` } }, ID, ORIGIN)).toBe(true);
  expect(isExtensionPage({ id: ID, url: `${ORIGIN}options.html`, tab: { id: 4, url: 'chrome://extensions/?options=x' } }, ID, ORIGIN)).toBe(true);
  // A content script: its sender URL is the page's, whatever the page pretends.
  expect(isExtensionPage({ id: ID, url: 'https://news.example/a?q=1', origin: 'https://news.example', tab: { id: 7 }, frameId: 0 }, ID, ORIGIN)).toBe(false);
  expect(isExtensionPage({ id: ID, url: `https://evil.example/${ORIGIN}`, tab: { id: 7 } }, ID, ORIGIN)).toBe(false);
  // An extension page framed inside a web page's tab is not the popup.
  expect(isExtensionPage({ id: ID, url: `${ORIGIN}popup.html`, tab: { id: 7, url: 'https://evil.example/' } }, ID, ORIGIN)).toBe(false);
  expect(isExtensionPage({ id: 'other', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(false);
  expect(isExtensionPage({ id: ID, url: `chrome-extension://${'z'.repeat(32)}/popup.html` }, ID, ORIGIN)).toBe(false);
  expect(isExtensionPage({ id: ID }, ID, ORIGIN)).toBe(false);
});

test('a content script speaks only for its own tab, from its top frame', () => {
  expect(contentScriptTab({ id: ID, url: 'https://news.example/', tab: { id: 7 }, frameId: 0 }, ID, ORIGIN)).toBe(7);
  expect(contentScriptTab({ id: ID, url: 'https://ads.example/', tab: { id: 7 }, frameId: 3 }, ID, ORIGIN)).toBeNull();
  expect(contentScriptTab({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBeNull();
  expect(contentScriptTab({ id: ID, url: `${ORIGIN}options.html`, tab: { id: 4, url: `${ORIGIN}options.html` } }, ID, ORIGIN)).toBeNull();
  expect(contentScriptTab({ id: 'other', url: 'https://news.example/', tab: { id: 7 }, frameId: 0 }, ID, ORIGIN)).toBeNull();
});
