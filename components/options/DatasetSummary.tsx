/** The active dataset at a glance: what it is, where it came from, and what it covers. */
import type { ConflictCoverage } from '../../lib/dataset/diff';
import { CoverageTable } from './CoverageTable';
import { formatCount, formatTime } from './format';

export interface ActiveSummary {
  name: string;
  version: string;
  published: string;
  licence: string;
  records: number;
  /** "Bundled with TollCheck", "file dataset.csv", or the URL. */
  origin: string;
  /** ISO timestamp, or null for the bundled dataset that was never installed by the user. */
  installedAt: string | null;
}

export function DatasetSummary({ summary, coverage }: { summary: ActiveSummary; coverage: readonly ConflictCoverage[] }) {
  return (
    <section class="card" aria-labelledby="active-title">
      <h2 id="active-title">Active dataset</h2>
      <dl class="meta">
        <dt>Name</dt>
        <dd data-testid="active-name">{summary.name}</dd>
        <dt>Version</dt>
        <dd data-testid="active-version">{summary.version}</dd>
        <dt>Published</dt>
        <dd>{summary.published}</dd>
        <dt>Licence</dt>
        <dd>{summary.licence}</dd>
        <dt>Records</dt>
        <dd data-testid="active-count">{formatCount(summary.records)}</dd>
        <dt>Origin</dt>
        <dd data-testid="active-origin" class="break">
          {summary.origin}
        </dd>
        <dt>Installed</dt>
        <dd>{summary.installedAt ? formatTime(summary.installedAt) : 'shipped with the extension'}</dd>
      </dl>
      <CoverageTable coverage={coverage} caption="Coverage: records per conflict and the dates they span" />
    </section>
  );
}
