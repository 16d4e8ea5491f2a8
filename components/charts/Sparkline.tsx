/**
 * The popup's one-line sparkline of a figure, drawn as the worker derived it from the tooltip's
 * chart (lib/charts/sparkline.ts): a party's claim dashed, an independent count solid, a verified
 * count as a line over a shaded "at least" floor, an estimate as an outlined band, the
 * article's figure as a ringed dot (with a bar up for "more than" or a range); for a handover, the
 * recent exchanges as bars with this one full and outlined. Line styles and shapes differ, not only
 * colours; the SVG's label says the same in one sentence. Popup only: the content script never
 * imports it.
 */
import { SPARK_BASE, SPARK_HEIGHT, SPARK_WIDTH, type SparkSeries, type Sparkline as Data } from '../../lib/charts/sparkline';

function Series({ s }: { s: SparkSeries }) {
  switch (s.shape) {
    case 'line': {
      if (s.style !== 'floor') return <polyline class={`sp-${s.style}`} points={s.points} />;
      // "At least": everything below the verified count is shaded, down to the baseline.
      const xs = s.points.split(' ').map((p) => p.slice(0, p.indexOf(',')));
      return (
        <>
          <polygon class="sp-floor-area" points={`${xs[0]},${SPARK_BASE} ${s.points} ${xs[xs.length - 1]},${SPARK_BASE}`} />
          <polyline class="sp-floor" points={s.points} />
        </>
      );
    }
    case 'band':
      return <polygon class={`sp-band sp-${s.style}`} points={s.points} />;
    case 'dot':
      return <circle class={`sp-${s.style}`} cx={s.x} cy={s.y} r={2} />;
    case 'span':
      return <line class={`sp-${s.style} sp-range`} x1={s.x} x2={s.x} y1={s.y1} y2={s.y2} />;
  }
}

export function Sparkline({ sparkline }: { sparkline: Data }) {
  return (
    <svg class="sparkline" width={SPARK_WIDTH} height={SPARK_HEIGHT} viewBox={`0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`} role="img" aria-label={sparkline.text}>
      <line class="sp-axis" x1={0} y1={SPARK_BASE} x2={SPARK_WIDTH} y2={SPARK_BASE} />
      {sparkline.kind === 'running' ? (
        <>
          {sparkline.series.map((s, i) => (
            <Series key={i} s={s} />
          ))}
          {sparkline.claim.top !== null && <line class="sp-claim sp-range" x1={sparkline.claim.x} x2={sparkline.claim.x} y1={sparkline.claim.y} y2={sparkline.claim.top} />}
          <circle class="sp-claim" cx={sparkline.claim.x} cy={sparkline.claim.y} r={2.5} />
        </>
      ) : (
        sparkline.bars.map((b, i) => (
          <rect key={i} class={i === sparkline.marked ? 'sp-bar sp-marked' : 'sp-bar'} x={b.x} y={b.y} width={b.width} height={Math.max(0.5, SPARK_BASE - b.y)} />
        ))
      )}
    </svg>
  );
}

/**
 * The sparkline's styles, for the popup (which follows the browser's colour scheme). The series
 * colours are the tooltip chart's (VerdictChart.tsx); the claim takes its verdict's colour from the
 * enclosing `.verdict-<status>` (`--verdict-line`).
 */
export const SPARKLINE_CSS = `
.sparkline{--sp-p:#c5221f;--sp-i:#137333;--sp-e:#7b4fb3;display:block;overflow:visible}
@media (prefers-color-scheme: dark){.sparkline{--sp-p:#f28b82;--sp-i:#81c995;--sp-e:#c58af9}}
.sparkline .sp-axis{stroke:currentColor;opacity:.3;stroke-width:1}
.sparkline polyline,.sparkline line.sp-range{fill:none;stroke-width:1.5;stroke-linejoin:round;stroke-linecap:round}
.sparkline .sp-party{stroke:var(--sp-p);fill:var(--sp-p)}polyline.sp-party{stroke-dasharray:3 2;fill:none}
.sparkline .sp-independent{stroke:var(--sp-i);fill:var(--sp-i)}.sparkline polyline.sp-independent{fill:none}
.sparkline .sp-floor{stroke:var(--sp-i);fill:none}.sparkline circle.sp-floor{fill:var(--sp-i)}.sparkline .sp-floor-area{fill:var(--sp-i);opacity:.22;stroke:none}
.sparkline .sp-estimate{stroke:var(--sp-e);fill:var(--sp-e)}.sparkline .sp-band{fill-opacity:.3;stroke-width:.8}
.sparkline line.sp-estimate{stroke-width:2.5}
.sparkline line.sp-claim{stroke:var(--verdict-line);stroke-width:2}
.sparkline circle.sp-claim{fill:var(--verdict-line);stroke:currentColor;stroke-width:1}
.sparkline .sp-bar{fill:currentColor;opacity:.3}.sparkline .sp-bar.sp-marked{fill:var(--verdict-line);opacity:1;stroke:currentColor;stroke-width:.8}
`;
