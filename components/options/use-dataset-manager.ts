/**
 * The options page's dataset workflow: read → validate → preview → apply, plus roll back, restore
 * and export. Nothing reaches the store until the user applies a candidate that passed every check.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { checkSize, decodeDatasetBytes, parseDatasetTextSteps } from '../../lib/dataset/validate';
import { runInSlices, yieldToEventLoop, type Checkpoint } from '../../lib/dataset/slices';
import { activeViewSteps, type ActiveView } from '../../lib/dataset/options/active-view';
import { candidateSteps, type Candidate } from '../../lib/dataset/options/candidate';
import { exportDataset, type ExportFormat } from '../../lib/dataset/options/export-file';
import { fetchText } from '../../lib/dataset/options/fetch-text';
import type { NoticeMessage } from '../../lib/dataset/options/notice';
import { describeSource, refusalTitle, type ActiveState, type DatasetStorePort, type ImportSource } from '../../lib/dataset/options/store-port';
import { lastDatasetUrl, updateVerdict } from '../../lib/dataset/options/update-check';
import { checkDatasetUrl } from '../../lib/dataset/options/url-rules';
import { compareVersions } from '../../lib/dataset/options/version';
import { reported } from '../../lib/report-error';
import { downloadText } from './download';
import { plural } from './format';
import { useLastUrl } from './use-last-url';

export interface Refusal {
  title: string;
  problems: string[];
}

export interface Dependencies {
  store: DatasetStorePort;
  /** Tells the background (and through it every tab) that the active dataset changed. */
  announceChange(): Promise<void>;
  requestOrigin(pattern: string): Promise<boolean>;
}

export function useDatasetManager({ store, announceChange, requestOrigin }: Dependencies) {
  const [active, setActive] = useState<ActiveView | null>(null);
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  /** What is under way, shown to the user ("Installing 5,026 records…"), or null when idle. */
  const [busy, setBusy] = useState<string | null>(null);
  /** How far the long part of that action has got (checking, comparing, installing), or null. */
  const [progress, setProgress] = useState<Checkpoint | null>(null);
  const lastUrl = useLastUrl();

  const show = useCallback(async (state: ActiveState) => setActive(await runInSlices(activeViewSteps(state), { onProgress: setProgress })), []);
  const reload = useCallback(async () => show(await store.load()), [store, show]);
  useEffect(() => {
    reload().catch((e) => setNotice({ kind: 'error', text: `Could not read the active dataset: ${message(e)}` }));
    // Rows an interrupted install left behind (the page or browser closed mid-write) go now.
    void store.cleanUp?.().catch(reported('removing what an interrupted install left'));
  }, [reload]);

  /** Runs one action at a time, clearing old feedback first and turning any throw into a message. */
  const run = async (what: string, progress: string, action: () => Promise<void>) => {
    setBusy(progress);
    // The last outcome goes at once, so nobody mistakes it for the answer to this action.
    setNotice(null);
    setRefusal(null);
    try {
      await action();
    } catch (e) {
      const why = message(e);
      setNotice({ kind: 'error', text: `${what} failed: ${why}${/nothing (was )?changed/i.test(why) ? '' : ' Nothing was changed.'}` });
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  /**
   * Validates text and, if clean, makes it the candidate; returns it for callers that compare
   * versions. Checking 50,000 records takes about a second, so it runs in slices that let the page
   * draw its progress and answer input in between.
   */
  const consider = async (text: string, source: ImportSource, fileName?: string, from = describeSource(source)): Promise<Candidate | null> => {
    // Reading and decoding the file used this task already: the first slice gets a task of its own.
    await yieldToEventLoop();
    const slices = { onProgress: setProgress };
    const parsed = await runInSlices(parseDatasetTextSteps(text, fileName), slices);
    if (!parsed.ok) {
      setRefusal({ title: refusalTitle(source), problems: parsed.problems });
      return null;
    }
    const next = await runInSlices(candidateSteps(parsed.dataset, source, from, active?.dataset ?? null), slices);
    setCandidate(next);
    return next;
  };

  const refuse = (source: ImportSource, problem: string) => {
    setRefusal({ title: refusalTitle(source), problems: [problem] });
  };

  const importFile = (file: File) => {
    setCandidate(null);
    return run('Reading the file', `Checking ${file.name}…`, async () => {
      const source: ImportSource = { kind: 'file', name: file.name };
      const tooBig = checkSize(file.size);
      if (tooBig) return refuse(source, tooBig);
      const decoded = decodeDatasetBytes(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) return refuse(source, decoded.message);
      await consider(decoded.text, source, file.name);
    });
  };

  /** Must be called from the click itself: the permission prompt needs the user's gesture. */
  const importUrl = (input: string, mode: 'import' | 'check' = 'import') => {
    const checked = checkDatasetUrl(input);
    if (!checked.ok) {
      setCandidate(null);
      setRefusal({ title: 'This address cannot be used', problems: [checked.message] });
      return;
    }
    const permission = requestOrigin(checked.permissionOrigin);
    setCandidate(null);
    void run('The download', `Downloading ${checked.url}…`, async () => {
      const source: ImportSource = { kind: 'url', url: checked.url };
      if (!(await permission))
        return refuse(source, `TollCheck needs your permission to read ${new URL(checked.url).host} to download the dataset; allow it when the browser asks.`);
      const fetched = await fetchText(checked.url);
      if (!fetched.ok) return refuse(source, fetched.message);
      // The preview and the active dataset's origin name where the text really came from.
      const final: ImportSource = { kind: 'url', url: fetched.url };
      const from = fetched.url === checked.url ? fetched.url : `${fetched.url} (redirected from ${checked.url})`;
      const next = await consider(fetched.text, final, new URL(fetched.url).pathname, from);
      // Only an address that gave a valid dataset is worth checking for updates later.
      if (next) await lastDatasetUrl.setValue(checked.url);
      if (mode !== 'check' || !next || !active) return;
      const order = compareVersions(next.dataset.version, active.summary.version);
      // Nothing to review when the URL still offers the version in use.
      if (order === 0) setCandidate(null);
      setNotice(updateVerdict(order, next.dataset.version, active.summary.version));
    });
  };

  /** Shows the store's new active dataset: `installed` when the install gave it, else read back. */
  const settle = async (done: string, installed?: ActiveState) => {
    setProgress({ step: 'loading', done: 0, total: 0 });
    await (installed ? show(installed) : reload());
    setCandidate(null);
    setRefusal(null);
    // The store has switched already; a background that does not answer only delays the tabs' refresh.
    const told = await announceChange().then(
      () => true,
      () => false,
    );
    setNotice({ kind: 'success', text: told ? done : `${done} Open tabs will use it after they reload.` });
  };

  const apply = () =>
    run('Applying the dataset', `Installing ${plural(candidate?.dataset.records.length ?? 0, 'record')}…`, async () => {
      if (!candidate) return;
      const installed = await store.install(candidate.dataset, candidate.source, (done, total) => setProgress({ step: 'installing', done, total }));
      await settle(`Now using ${candidate.dataset.name} version ${candidate.dataset.version}.`, installed);
    });

  const rollback = () => run('Rolling back', 'Rolling back…', async () => (await store.rollback(), settle('Rolled back to the previous dataset.')));
  const restoreBundled = () =>
    run('Restoring the bundled dataset', 'Restoring the bundled dataset…', async () => (await store.restoreBundled(), settle('Restored the dataset shipped with TollCheck.')));

  const exportActive = (format: ExportFormat) => {
    if (active) downloadText(exportDataset(active.dataset, format));
  };

  return {
    active,
    candidate,
    refusal,
    notice,
    busy,
    progress,
    lastUrl,
    importFile,
    importUrl,
    apply,
    rollback,
    restoreBundled,
    exportActive,
    checkForUpdate: () => lastUrl && importUrl(lastUrl, 'check'),
    discard: () => setCandidate(null),
  };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
