/** The toolbar popup: the tab's verdict summary and figures, or a state saying why there are none. */
import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import { sendMessage, type ReportedClaim } from '../../lib/extension/messaging';
import { setSiteDisabled } from '../../lib/extension/settings';
import { countByVerdict, decideView, omittedCount, type PopupView } from './popup-state';
import { useTabData } from './use-tab-data';
import { EmptyState } from './EmptyState';
import { FigureList } from './FigureList';
import { NotScanned } from './NotScanned';
import { SiteSwitch } from './SiteSwitch';
import { VerdictCounts } from './VerdictCounts';
import { unlessAbsent } from '../../lib/report-error';

export function Popup({ search }: { search: string }) {
  const { loaded, refresh } = useTabData(search);
  const [notice, setNotice] = useState<string | null>(null);

  if (loaded.status === 'loading') return <main class="popup" aria-busy="true" />;
  if (loaded.status === 'no-tab') {
    return (
      <Shell>
        <EmptyState kind="no-tab" title="No page to check">
          Open a news article, then click the TollCheck button.
        </EmptyState>
      </Shell>
    );
  }
  const { tab, data } = loaded;
  const view: PopupView = data.url === null ? { kind: 'unscannable', url: '' } : decideView(data.url, data.report, data.siteDisabled);

  const reveal = async (claim: ReportedClaim) => {
    const found = await sendMessage('revealClaim', { key: claim.key }, tab.id).catch(() => false);
    setNotice(found ? null : `${claim.figure} is no longer on the page.`);
  };
  const setEnabled = async (enabled: boolean) => {
    await setSiteDisabled(data.url!, !enabled);
    // The content script also watches the setting; telling it directly makes the change immediate.
    await sendMessage('setEnabled', { enabled }, tab.id).catch(unlessAbsent('switching the page’s highlights', undefined));
    refresh();
  };

  return (
    <Shell>
      {/* First after the header, so keyboard users reach it without tabbing through every figure. */}
      {view.kind !== 'unscannable' && <SiteSwitch site={view.site} enabled={view.kind !== 'disabled'} onChange={setEnabled} />}
      {notice && (
        <p role="status" class="notice">
          {notice}
        </p>
      )}
      <CheckStatus view={view} />
      <Body view={view} tabId={tab.id} onReveal={reveal} onScanning={refresh} />
    </Shell>
  );
}

function Body({ view, tabId, onReveal, onScanning }: { view: PopupView; tabId: number; onReveal(c: ReportedClaim): void; onScanning(): void }) {
  switch (view.kind) {
    case 'unscannable':
      return (
        <EmptyState kind="unscannable" title="This page can't be scanned">
          <p>Browsers don't let extensions read their own pages, extension stores, other extensions or PDF viewers. Open a news article to check its figures.</p>
        </EmptyState>
      );
    case 'disabled':
      return (
        <EmptyState kind="disabled" title="TollCheck is off for this site">
          <p>Figures on {view.site} are not marked. Use the switch above to turn it back on.</p>
        </EmptyState>
      );
    case 'not-scanned':
      return <NotScanned tabId={tabId} site={view.site} originPattern={view.originPattern} onScanning={onScanning} />;
    case 'checking':
      return (
        <EmptyState kind="checking" title="Checking this page…">
          <p>TollCheck is reading the page and checking its figures. On a long page this takes a few seconds.</p>
        </EmptyState>
      );
    case 'no-figures':
      return (
        <EmptyState kind="no-figures" title="No casualty figures found">
          <p>TollCheck read this page and found no figures of people killed, wounded, missing, captured or bodies returned.</p>
        </EmptyState>
      );
    case 'report':
      return (
        <>
          <VerdictCounts counts={countByVerdict(view.report.claims, view.report.omitted)} />
          {omittedCount(view.report.omitted) > 0 && (
            <p class="notice">
              {`${omittedCount(view.report.omitted)} more figures on this page were checked and are counted above, but not listed: the page has more than TollCheck keeps for one tab.`}
            </p>
          )}
          <FigureList groups={view.groups} onReveal={onReveal} />
        </>
      );
  }
}

/**
 * A polite live region present for every readable page, so screen readers hear "Checking this
 * page…" and then the outcome. Shown on screen only while figures are still arriving next to a
 * list (the 'checking' view says it in its own heading).
 */
function CheckStatus({ view }: { view: PopupView }) {
  const checking = view.kind === 'checking' || (view.kind === 'report' && view.report.checking);
  const text = checking
    ? 'Checking this page…'
    : view.kind === 'no-figures'
      ? 'Check finished: no casualty figures found.'
      : view.kind === 'report'
        ? `Check finished: ${view.report.claims.length} ${view.report.claims.length === 1 ? 'figure' : 'figures'} found.`
        : '';
  const visible = view.kind === 'report' && checking;
  return (
    <p class={visible ? 'check-status' : 'sr-only'} role="status" aria-live="polite" data-testid="check-status">
      {text}
    </p>
  );
}

function Shell({ children }: { children: preact.ComponentChildren }) {
  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>TollCheck</h1>
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      {children}
    </main>
  );
}
