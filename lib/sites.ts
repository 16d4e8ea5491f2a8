/**
 * Sites, in one place and without storage or browser APIs, so the content script, the background,
 * the popup and the options page (and Node tests) share one rule for each: the key a site is
 * remembered by, the match pattern a site is granted by, the pages no extension can read, and the
 * curated news sites the content script runs on by itself.
 */

/** A page's URL when it is a web page (http or https), else null. */
function webUrl(url: string | URL): URL | null {
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null; // not a URL at all: nothing to scan, nothing to remember
  }
}

/** The key a site is remembered by (the per-site switch): its hostname, lowercased, without a leading "www.". */
export function siteKey(url: string | URL): string | null {
  return (
    webUrl(url)
      ?.hostname.toLowerCase()
      .replace(/^www\./, '') ?? null
  );
}

const HOSTNAME = /^(?:[a-z0-9-]+\.)+[a-z0-9-]+$/;

/** What a user types as a site ("example.org", "www.Example.org" or a full URL) → its site key, else null. */
export function siteInputKey(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const key = siteKey(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  return key && (HOSTNAME.test(key) || key === 'localhost') ? key : null;
}

/**
 * The match pattern a site is granted by ("https://www.example.org/*"), or null for non-web pages.
 * Match patterns carry no port in Firefox and a port-less pattern covers every port in Chrome, so
 * the port is left out on purpose; the host is kept whole ("www." included), as the browser matches it.
 */
export function sitePattern(url: string | URL): string | null {
  const web = webUrl(url);
  return web && `${web.protocol}//${web.hostname}/*`;
}

/**
 * Pages where browsers let no extension run a script: the extension stores (Chrome's, Edge's,
 * Firefox's), as host or host and path prefix.
 */
const STORE_PAGES: readonly string[] = ['chromewebstore.google.com/', 'chrome.google.com/webstore', 'microsoftedge.microsoft.com/', 'addons.mozilla.org/'];

/**
 * Whether no content script can read the page: anything but http(s) (browser pages, other
 * extensions, view-source, files), the extension stores, and PDFs (the browser's viewer has no
 * page text). The popup says so instead of offering a scan; the background reports such a tab as
 * unsupported.
 */
export function isUnscannable(url: string): boolean {
  const web = webUrl(url);
  if (!web) return true;
  const where = `${web.hostname}${web.pathname}`;
  if (STORE_PAGES.some((page) => where.startsWith(page))) return true;
  return /\.pdf$/i.test(web.pathname);
}

/**
 * Major news sites TollCheck reads automatically, as match patterns (declared in the manifest as
 * the content script's matches). Any other site is scanned on request from the popup, or always
 * once the user grants it (lib/extension/site-access.ts). `*.` also matches the bare domain.
 */
export const NEWS_SITES: readonly string[] = [
  'bbc.co.uk',
  'bbc.com',
  'reuters.com',
  'apnews.com',
  'aljazeera.com',
  'theguardian.com',
  'nytimes.com',
  'washingtonpost.com',
  'cnn.com',
  'kyivindependent.com',
  'kyivpost.com',
  'timesofisrael.com',
  'haaretz.com',
  'france24.com',
  'dw.com',
  'euronews.com',
  'independent.co.uk',
  'news.sky.com',
  'npr.org',
  'cbsnews.com',
  'nbcnews.com',
  'abcnews.go.com',
  'abc.net.au',
  'news.com.au',
  'lbc.co.uk',
  'pbs.org',
  'ft.com',
  'economist.com',
  'telegraph.co.uk',
  'politico.com',
  'politico.eu',
  'axios.com',
  'rfi.fr',
  'thehindu.com',
  'scmp.com',
  'middleeasteye.net',
  'ukrinform.net',
  'rferl.org',
];

/** Paths of portals whose news lives under one section only. */
const NEWS_SECTIONS: readonly string[] = ['*://*.yahoo.com/news/*', '*://news.yahoo.com/*'];

/** The manifest's match patterns for the curated news sites. */
export const NEWS_SITE_MATCHES: string[] = [...NEWS_SITES.map((host) => `*://*.${host}/*`), ...NEWS_SECTIONS];

/** Local pages the real-browser tests and benchmarks serve (only in `--mode test` builds). */
export const TEST_MATCHES: string[] = ['http://127.0.0.1/*', 'http://localhost/*'];
