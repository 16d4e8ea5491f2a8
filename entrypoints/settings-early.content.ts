/**
 * TollCheck's early script: at `document_start`, before the page is parsed, it begins reading the
 * user's settings, so the content script (entrypoints/content, at `document_idle`) finds them read
 * and can send the page for checking at once, and it wakes a stopped background worker so that the
 * worker's start overlaps the page's loading. It reads no page text and changes nothing in the page.
 * It runs where the content script runs from the manifest and on the sites the user granted.
 */
import { sendMessage } from '@/lib/extension/messaging';
import { reported } from '@/lib/report-error';
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
    // Wakes a stopped worker now, so it is ready by the time the page is read (nothing of the page is sent).
    void sendMessage('pageLoading', undefined).catch(reported('waking TollCheck’s background worker'));
  },
});
