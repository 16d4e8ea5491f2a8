/**
 * TollCheck's content script: marks casualty figures in the page and explains each one.
 * Runs automatically on the curated news sites (plus the local test server in `--mode test`
 * builds), on sites the user granted (registered at run time by site-access.ts), and on demand
 * from the popup. The NLP runs in the background, so this bundle stays small.
 */
import { onMessage, removeAllListeners } from '@/lib/extension/messaging';
import { NEWS_SITE_MATCHES, TEST_MATCHES } from '@/lib/sites';
import { Lifetime, quietWxtContext } from './lifetime';
import { supportsHighlights } from '@/lib/page/highlight-painter';
import { onAbort } from '@/lib/page/session-timers';
import './highlights.css';
import { PageSession } from './session';

// Before WXT builds its context for this script: no page-visible announcement, and no CustomEvent
// a page could dispatch to switch the script off (see lifetime.ts).
quietWxtContext();

export default defineContentScript({
  matches: import.meta.env.MODE === 'test' ? [...NEWS_SITE_MATCHES, ...TEST_MATCHES] : NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  async main() {
    if (!supportsHighlights() || !document.body) return;
    // Injected again (the popup's "Scan this page", an extension update): the older copy finds the
    // newer one through the extension's isolated world, stops and removes everything it added.
    const lifetime = Lifetime.claim();
    onAbort(lifetime.signal, removeAllListeners);
    const session = await PageSession.start(lifetime);
    if (lifetime.stopped) return;
    onMessage('revealClaim', ({ data }) => session.reveal(data.key));
    onMessage('stepFigure', ({ data }) => session.step(data.direction));
    onMessage('setEnabled', ({ data }) => session.setEnabled(data.enabled));
    onMessage('rescan', () => session.rescan());
    if (import.meta.env.MODE === 'test') exposeForTests(session);
  },
});

/**
 * Test builds only: the real-browser tests read the tooltip (in its closed shadow root) through
 * this object on the isolated world's global, which page scripts cannot see. Release builds do
 * not contain it.
 */
function exposeForTests(session: PageSession): void {
  Object.assign(globalThis, {
    __tollcheckTest: {
      frame: () => session.ui.openFrame,
      host: () => session.ui.hostElement,
    },
  });
}
