/**
 * TollCheck's content script: marks casualty figures in the page and explains each one.
 * Runs automatically on the curated news sites (plus the local test server in `--mode test`
 * builds), on sites the user granted (registered at run time by site-access.ts), and on demand
 * from the popup. The NLP runs in the background, so this bundle stays small.
 */
import { onMessage, removeAllListeners } from '@/lib/extension/messaging';
import { NEWS_SITE_MATCHES, TEST_MATCHES } from '@/lib/extension/news-sites';
import { supportsHighlights } from './painter';
import './highlights.css';
import { PageSession } from './session';

export default defineContentScript({
  matches: import.meta.env.MODE === 'test' ? [...NEWS_SITE_MATCHES, ...TEST_MATCHES] : NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    if (!supportsHighlights() || !document.body) return;
    // Injected again (the popup's "Scan this page", an extension update): WXT invalidates the older
    // copy, which then stops and removes everything it added, so one session runs per page.
    ctx.onInvalidated(removeAllListeners);
    const session = await PageSession.start(ctx);
    onMessage('revealClaim', ({ data }) => session.reveal(data.key));
    onMessage('stepFigure', ({ data }) => session.step(data.direction));
    onMessage('setEnabled', ({ data }) => session.setEnabled(data.enabled));
    onMessage('rescan', () => session.rescan());
  },
});
