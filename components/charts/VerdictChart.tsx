/**
 * Draws the tooltip's chart exactly as the worker laid it out (lib/charts/verdict-chart.ts): a
 * party's claim dashed, an independent count solid, a verified count as a shaded "at least" floor,
 * an estimate as a band, the article's figure as a ringed dot at its date (a bar upwards for "more
 * than", a span for a range); for a handover, the recent exchanges as bars with this one marked.
 * Every series is named in the legend, so colour is never the only cue; the SVG's label says the
 * same in one sentence.
 */
import { CHART_HEIGHT, CHART_PAD, CHART_WIDTH, type Mark, type VerdictChart as Chart } from '../../lib/charts/verdict-chart';

function Drawn({ mark }: { mark: Mark }) {
  switch (mark.shape) {
    case 'line':
      return <polyline class={`s-${mark.style}`} points={mark.points} />;
    case 'area':
      return <polygon class={`s-${mark.style}`} points={mark.points} />;
    case 'dot':
      return <circle class={`s-${mark.style}`} cx={mark.x} cy={mark.y} r={mark.style === 'claim' ? 3.5 : 2.5} />;
    case 'span':
      return <line class={`s-${mark.style}`} x1={mark.x} x2={mark.x} y1={mark.y1} y2={mark.y2} />;
    case 'bar':
      return (
        <g class={mark.marked ? 'bar marked' : 'bar'}>
          <rect x={mark.x} y={mark.y} width={mark.width} height={mark.height} />
          <text class="tick" x={mark.labelX} y={CHART_HEIGHT - 4} text-anchor="middle">
            {mark.label}
          </text>
        </g>
      );
  }
}

export function VerdictChart({ chart }: { chart: Chart }) {
  return (
    <figure class="chart">
      <svg width={CHART_WIDTH} height={CHART_HEIGHT} viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} role="img" aria-label={chart.text}>
        <line class="axis" x1={CHART_PAD.left} y1={CHART_HEIGHT - CHART_PAD.bottom} x2={CHART_WIDTH - CHART_PAD.right} y2={CHART_HEIGHT - CHART_PAD.bottom} />
        <text class="tick" x={CHART_PAD.left - 3} y={CHART_PAD.top + 4} text-anchor="end">
          {chart.top}
        </text>
        {chart.ticks.map((t) => (
          <text key={t.label} class="tick" x={t.x} y={CHART_HEIGHT - 4} text-anchor="middle">
            {t.label}
          </text>
        ))}
        {chart.marks.map((m, i) => (
          <Drawn key={i} mark={m} />
        ))}
      </svg>
      {chart.legend.length ? (
        <figcaption class="legend">
          {chart.legend.map((l) => (
            <span key={l.label}>
              <svg width="16" height="6" aria-hidden="true">
                <line class={`s-${l.style}`} x1="0" y1="3" x2="16" y2="3" />
              </svg>
              {l.label}
            </span>
          ))}
          <span>● this article</span>
        </figcaption>
      ) : null}
    </figure>
  );
}

/** Styles for the chart inside the tooltip's shadow root; the colours follow dark pages (`.dark`). */
export const CHART_CSS = `
.tc{--p:#c5221f;--i:#137333;--e:#7b4fb3}.tc.dark{--p:#f28b82;--i:#81c995;--e:#c58af9}
.chart{margin:8px 0 4px}.chart svg{display:inline-block;vertical-align:middle;overflow:visible}
.axis{stroke:currentColor;opacity:.35}.tick{font-size:9px;fill:currentColor;opacity:.7}
.s-party{--c:var(--p)}.s-independent,.s-floor{--c:var(--i)}.s-estimate{--c:var(--e)}.s-claim{--c:var(--verdict)}
polyline,line[class^=s-]{fill:none;stroke:var(--c);stroke-width:1.6}polyline.s-party,line.s-party{stroke-dasharray:4 3}
circle{fill:var(--c)}circle.s-claim{stroke:currentColor;stroke-width:1.2}line.s-estimate,line.s-claim{stroke-width:3}
polygon.s-floor{fill:var(--i);opacity:.18}polygon.s-estimate{fill:var(--e);opacity:.25}
.bar rect{fill:currentColor;opacity:.3}.bar.marked rect{fill:var(--verdict);opacity:1}
.legend{display:flex;flex-wrap:wrap;gap:2px 10px;font-size:11.5px;opacity:.9;margin-top:2px}.legend svg{margin-right:3px}
`;
