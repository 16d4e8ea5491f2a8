/** What applying a validated import would change, before anything is changed. */
import type { Candidate } from '../../lib/dataset/options/candidate';
import { CoverageTable } from './CoverageTable';
import { formatCount, plural } from './format';

interface Props {
  candidate: Candidate;
  activeVersion: string | null;
  busy: boolean;
  onApply(): void;
  onCancel(): void;
}

export function ImportPreview({ candidate, activeVersion, busy, onApply, onCancel }: Props) {
  const { dataset, diff } = candidate;
  const unchanged = dataset.records.length - diff.added.length - diff.changed.length;
  return (
    <section class="card preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview: {dataset.name}</h2>
      <p>
        Version <strong>{dataset.version}</strong>
        {activeVersion && <> (active: {activeVersion})</>}, published {dataset.published}, from {candidate.from}. It passed every check.
      </p>
      <ul class="diff-counts" aria-label="Changes against the active dataset">
        <li class="added">
          <strong>{formatCount(diff.added.length)}</strong> added
        </li>
        <li class="changed">
          <strong>{formatCount(diff.changed.length)}</strong> changed
        </li>
        <li class="removed">
          <strong>{formatCount(diff.removed.length)}</strong> removed
        </li>
        <li>
          <strong>{formatCount(unchanged)}</strong> unchanged
        </li>
      </ul>
      <CoverageTable coverage={candidate.coverage} caption={`Coverage after applying (${plural(dataset.records.length, 'record')})`} />
      <div class="actions">
        <button type="button" class="primary" onClick={onApply} disabled={busy}>
          Apply this dataset
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Discard
        </button>
      </div>
    </section>
  );
}
