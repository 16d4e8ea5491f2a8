/**
 * TollCheck's early script: at `document_start`, before the page is parsed, it begins reading the
 * user's settings, so the content script (entrypoints/content, at `document_idle`) finds them read
 * and can send the page for checking at once. It reads no page text and changes nothing in the page.
 * It runs where the content script runs from the manifest and on the sites the user granted.
 */
import { NEWS_SITE_MATCHES, TEST_MATCHES } from '@/lib/sites';
import { beginEarlySettingsRead } from './content/early-settings';
import { quietWxtContext } from './content/lifetime';

// No page-visible announcement from WXT's context for this script either (see lifetime.ts).
quietWxtContext();

export default defineContentScript({
  matches: import.meta.env.MODE === 'test' ? [...NEWS_SITE_MATCHES, ...TEST_MATCHES] : NEWS_SITE_MATCHES,
  runAt: 'document_start',
  main() {
    beginEarlySettingsRead();
  },
});
