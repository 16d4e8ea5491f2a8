/** The active dataset at a glance: what it is, where it came from, and what it covers. */
import type { ConflictCoverage } from '../../lib/dataset/diff';
import { CoverageTable } from './CoverageTable';
import type { ActiveSummary } from '../../lib/dataset/options/store-port';
import { formatCount, formatTime } from './format';

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
