import type { TableRow } from '../../lib/dataset/options/table-model';
import { formatCount, safeHref } from './format';

const KIND_LABEL: Record<string, string> = {
  verified_floor: 'verified floor',
  exchange_record: 'exchange record',
  statistical_estimate: 'statistical estimate',
  reported: 'reported',
  party_claim: 'party claim',
};

export function RecordRow({ row }: { row: TableRow }) {
  const r = row.record;
  const href = safeHref(r.source.url);
  const range = r.low === r.best && r.high === r.best ? null : `${formatCount(r.low)}–${formatCount(r.high)}`;
  return (
    <tr>
      <td>{row.conflict}</td>
      <td>{r.category}</td>
      <td>
        {r.side} <span class="muted">· {r.population}</span>
      </td>
      <td class="num">
        <strong>{formatCount(r.best)}</strong>
        {range && <span class="muted range"> ({range})</span>}
      </td>
      <td>
        <time dateTime={row.date}>{row.date}</time>
        {r.time.kind === 'event' && <span class="muted"> · event</span>}
      </td>
      <td>
        <span class="clamp" title={r.claimant}>
          {r.claimant}
        </span>
        <span class="muted kind">{KIND_LABEL[r.figureKind] ?? r.figureKind}</span>
      </td>
      <td>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" class="clamp" title={r.source.name}>
            {r.source.name}
          </a>
        ) : (
          <span class="clamp" title={r.source.name}>
            {r.source.name}
          </span>
        )}
      </td>
    </tr>
  );
}
