/**
 * Major news sites TollCheck reads automatically, as match patterns (declared in the manifest as
 * the content script's matches). Any other site is scanned on request from the popup, or always
 * once the user grants it (see site-access.ts). `*.` also matches the bare domain.
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

export const NEWS_SITE_MATCHES: string[] = [...NEWS_SITES.map((host) => `*://*.${host}/*`), ...NEWS_SECTIONS];

/** Local pages the real-browser tests and benchmarks serve (only in `--mode test` builds). */
export const TEST_MATCHES: string[] = ['http://127.0.0.1/*', 'http://localhost/*'];
