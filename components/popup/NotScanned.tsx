/**
 * A site outside the curated list: TollCheck has not read it. "Scan this page" uses the activeTab
 * grant of the toolbar click; "Always scan this site" asks for this one site's host permission.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/extension/messaging';
import { EmptyState } from './EmptyState';

interface Props {
  tabId: number;
  site: string;
  originPattern: string;
  /** Called once the page is being scanned, so the popup reloads the report. */
  onScanning(): void;
}

export function NotScanned({ tabId, site, originPattern, onScanning }: Props) {
  const [problem, setProblem] = useState<string | null>(null);

  const scanNow = async () => {
    const started = await sendMessage('scanTab', { tabId }).catch(() => false);
    if (started) onScanning();
    else setProblem('This page could not be scanned. Reload it and click the TollCheck button again.');
  };

  const alwaysScan = () => {
    // The request must start inside the click (a user gesture), so nothing is awaited before it.
    browser.permissions.request({ origins: [originPattern] }).then(
      (granted) => (granted ? scanNow() : setProblem(`Permission for ${site} was not given; TollCheck still scans it only when you ask.`)),
      (e: unknown) => setProblem(`The browser refused the request: ${e instanceof Error ? e.message : String(e)}`),
    );
  };

  return (
    <EmptyState kind="not-scanned" title="Not scanned yet">
      {/* Also shown for curated sites whose tab was open before TollCheck started, so it names both cases. */}
      <p>TollCheck has not read this page. It reads a list of major news sites by itself; on {site}, or on a page that was open before TollCheck started, ask it here.</p>
      <div class="actions">
        <button type="button" class="primary" onClick={scanNow}>
          Scan this page
        </button>
        <button type="button" onClick={alwaysScan}>
          Always scan this site
        </button>
      </div>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
    </EmptyState>
  );
}
