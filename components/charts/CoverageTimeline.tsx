/**
 * One conflict's coverage over time, for the options page: a thin row per kind of figure, with a
 * mark for every month that has at least one record, on a date axis shared by all conflicts, so
 * gaps (months with no independent count, a series that stopped) are visible. Rows always come in
 * the same order and each is named in the legend and in its own tooltip, so colour is not the only
 * cue; the SVG's label says the same in words.
 */
import { FIGURE_KINDS, type FigureKind } from '../../lib/dataset/schema';
import { dateTicks, dayOf, linear } from '../../lib/charts/scale';

export const TIMELINE_WIDTH = 220;
const ROW = 4;
const GAP = 1;

export const KIND_LABELS: Record<FigureKind, string> = {
  verified_floor: 'verified counts',
  exchange_record: 'handovers',
  statistical_estimate: 'estimates',
  reported: 'reported tallies',
  party_claim: 'party claims',
};

/** "1 estimate", "110 estimates". */
export function kindCount(kind: FigureKind, n: number, format: (n: number) => string = String): string {
  const label = KIND_LABELS[kind];
  return `${format(n)} ${
    n === 1
      ? label
          .replace(/s$/, '')
          .replace(/ies$/, 'y')
          .replace(/tallie$/, 'tally')
      : label
  }`;
}

/** The shared date axis, drawn once in the column header: a few year (or month) ticks. */
export function TimelineAxis({ from, to }: { from: string; to: string }) {
  const x = linear(dayOf(from), dayOf(to), 0, TIMELINE_WIDTH);
  return (
    <svg class="timeline-axis" width={TIMELINE_WIDTH} height={12} aria-hidden="true">
      {dateTicks(dayOf(from), dayOf(to), 4).map((t) => {
        // Centred on its date, but never cut off at either end of the axis.
        const at = Math.min(TIMELINE_WIDTH - 12, Math.max(12, x(dayOf(t))));
        return (
          <text key={t} x={at} y={10} text-anchor="middle">
            {t.slice(5) === '01-01' ? t.slice(0, 4) : t.slice(0, 7)}
          </text>
        );
      })}
    </svg>
  );
}

/** "verified counts: Mar 2022 – Feb 2026 (34 months); party claims: …" — the chart in words. */
export function describeTimeline(months: Partial<Record<FigureKind, string[]>>): string {
  return FIGURE_KINDS.filter((k) => months[k]?.length)
    .map((k) => {
      const list = months[k]!;
      return `${KIND_LABELS[k]}: ${monthName(list[0])} – ${monthName(list[list.length - 1])} (${list.length} month${list.length === 1 ? '' : 's'} with records)`;
    })
    .join('; ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (ym: string) => `${MONTHS[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;

export function CoverageTimeline({ months, from, to }: { months: Partial<Record<FigureKind, string[]>>; from: string; to: string }) {
  const x = linear(dayOf(from), dayOf(to), 0, TIMELINE_WIDTH);
  const monthWidth = Math.max(1, (TIMELINE_WIDTH * 30) / Math.max(30, dayOf(to) - dayOf(from)));
  const height = FIGURE_KINDS.length * (ROW + GAP);
  return (
    <svg class="timeline" width={TIMELINE_WIDTH} height={height} viewBox={`0 0 ${TIMELINE_WIDTH} ${height}`} role="img" aria-label={describeTimeline(months)}>
      {FIGURE_KINDS.map((kind, row) => (
        <g key={kind} class={`kind-${kind}`}>
          <title>{KIND_LABELS[kind]}</title>
          <rect class="lane" x={0} y={row * (ROW + GAP)} width={TIMELINE_WIDTH} height={ROW} />
          {(months[kind] ?? []).map((ym) => (
            <rect key={ym} x={Math.min(TIMELINE_WIDTH - monthWidth, x(dayOf(`${ym}-01`)))} y={row * (ROW + GAP)} width={monthWidth} height={ROW} />
          ))}
        </g>
      ))}
    </svg>
  );
}

/** The legend under the table: each row of the timelines, top to bottom. */
export function TimelineLegend() {
  return (
    <p class="timeline-legend muted">
      Rows of each timeline, top to bottom:{' '}
      {FIGURE_KINDS.map((kind, i) => (
        <span key={kind} class={`kind-${kind}`}>
          <svg width="10" height="6" aria-hidden="true">
            <rect width="10" height="6" />
          </svg>{' '}
          {KIND_LABELS[kind]}
          {i < FIGURE_KINDS.length - 1 ? ', ' : ''}
        </span>
      ))}
      ; a mark is a month with at least one record.
    </p>
  );
}
