import { DatasetSummary } from '../../components/options/DatasetSummary';
import { DatasetActions } from '../../components/options/DatasetActions';
import { ImportFromFile } from '../../components/options/ImportFromFile';
import { ImportFromUrl } from '../../components/options/ImportFromUrl';
import { ImportPreview } from '../../components/options/ImportPreview';
import { Notice } from '../../components/options/Notice';
import { ProblemList } from '../../components/options/ProblemList';
import { RecordsTable } from '../../components/options/RecordsTable';
import { SettingsPanel } from '../../components/options/SettingsPanel';
import { WorkProgress } from '../../components/options/WorkProgress';
import { useDatasetManager, type Dependencies } from '../../components/options/use-dataset-manager';

export function App(deps: Dependencies) {
  const m = useDatasetManager(deps);
  return (
    <>
      <header class="page-header">
        <h1>TollCheck options</h1>
        <p class="muted">The reference data every verdict rests on, and how figures are marked.</p>
      </header>
      <main aria-busy={m.busy !== null}>
        {m.active ? <DatasetSummary summary={m.active.summary} coverage={m.active.coverage} /> : <p class="card">Loading the active dataset…</p>}
        <section class="card" aria-labelledby="update-title">
          <h2 id="update-title">Update the dataset</h2>
          <p class="muted">Every file is checked completely before anything changes; you see what would change and decide.</p>
          <ImportFromFile busy={m.busy !== null} onFile={m.importFile} />
          <ImportFromUrl busy={m.busy !== null} lastUrl={m.lastUrl} onFetch={(u) => m.importUrl(u)} onCheckUpdate={m.checkForUpdate} />
          {m.busy && <WorkProgress busy={m.busy} progress={m.progress} />}
          <Notice notice={m.notice} />
          {m.refusal && <ProblemList title={m.refusal.title} problems={m.refusal.problems} />}
          {m.active && (
            <DatasetActions
              busy={m.busy !== null}
              previous={m.active.previous}
              isBundled={m.active.isBundled}
              onRollback={m.rollback}
              onRestoreBundled={m.restoreBundled}
              onExport={m.exportActive}
            />
          )}
        </section>
        {m.candidate && <ImportPreview candidate={m.candidate} activeVersion={m.active?.summary.version ?? null} busy={m.busy !== null} onApply={m.apply} onCancel={m.discard} />}
        {m.active && <RecordsTable rows={m.active.rows} />}
        <SettingsPanel />
      </main>
    </>
  );
}
