/**
 * The verdict tooltip shown on the page: what the figure counts, who claims it, the verdict in
 * words with its reason, and the reference figures it was checked against. Lives in a shadow root,
 * so it carries its own styles (TOOLTIP_CSS) and never inherits the page's.
 */
import { CATEGORY_WORDS } from '../lib/category-words';
import type { DatasetRecord, FigureKind } from '../lib/dataset/schema';
import type { CheckedClaim } from '../lib/verdict';
import { VERDICT_LOOK } from './verdict-style';
import { visible } from './page-text';
import { CHART_CSS, VerdictChart } from './charts/VerdictChart';

export interface TooltipProps {
  claim: CheckedClaim;
  /** The article's publication date (YYYY-MM-DD), when the page gives one. */
  published: string | null;
  dark: boolean;
  /** How many reference figures to list (the rest are counted). */
  maxReferences?: number;
}

const KIND_WORDS: Record<FigureKind, string> = {
  verified_floor: 'verified minimum (individually confirmed)',
  exchange_record: 'record of an exchange or handover',
  statistical_estimate: 'statistical estimate',
  reported: 'reported figure',
  party_claim: 'claim by a party to the conflict',
};

// Created on first use: building Intl formatters costs tens of milliseconds, which would
// otherwise land on every page the content script starts on, tooltip or not.
let numbers: Intl.NumberFormat | undefined;
let days: Intl.DateTimeFormat | undefined;
const nf = { format: (n: number) => (numbers ??= new Intl.NumberFormat('en')).format(n) };
export const formatDay = (iso: string) =>
  (days ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${iso}T00:00:00Z`));

/** What a figure counts, in words: "people killed · Palestinians (civilian)". */
export function describeCount(claim: CheckedClaim): string {
  // "civilians, civilian" says nothing twice: the population is only added when the party lacks it.
  // A generic party ("people") repeats the category words; it says nothing.
  const party = claim.party && !/^(people|persons|individuals)$/i.test(claim.party.trim()) ? claim.party : null;
  const population = claim.population && claim.population !== 'all' && !(party ?? '').toLowerCase().includes(claim.population) ? claim.population : null;
  const who = [party, population].filter(Boolean).join(', ');
  const words = CATEGORY_WORDS[claim.category].people;
  return who ? `${words} · ${who}` : words;
}

/** Page or dataset text as its own bidirectional island: right-to-left names never reorder the sentence around them. */
function Isolated({ text }: { text: string }) {
  return <bdi dir="auto">{visible(text)}</bdi>;
}

/** Only an https address is a link; anything else is shown as text, never followed with a click. */
export function linkable(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

function recordDate(r: DatasetRecord): string {
  if (r.time.kind === 'event') return `on ${formatDay(r.time.eventDate)}`;
  const from = r.time.periodStart ? `${formatDay(r.time.periodStart)} – ` : 'as of ';
  return `${from}${formatDay(r.time.asOf)}`;
}

function Reference({ record }: { record: DatasetRecord }) {
  const spread = record.low !== record.high ? ` (range ${nf.format(record.low)}–${nf.format(record.high)})` : '';
  return (
    <li class="ref">
      <div class="ref-figure">
        <strong>{nf.format(record.best)}</strong> {CATEGORY_WORDS[record.category].counted}
        {spread}, {recordDate(record)}
      </div>
      <div class="ref-meta">
        {KIND_WORDS[record.figureKind]} · <Isolated text={record.claimant} /> ·{' '}
        {linkable(record.source.url) ? (
          <a href={record.source.url} target="_blank" rel="noopener noreferrer">
            <Isolated text={record.source.name} />
          </a>
        ) : (
          <span class="plain-source">
            <Isolated text={record.source.name} /> (not a secure link: <span class="url">{visible(record.source.url)}</span>)
          </span>
        )}
      </div>
      {record.caveat ? (
        <div class="ref-caveat">
          Caveat: <Isolated text={record.caveat} />
        </div>
      ) : null}
    </li>
  );
}

export function Tooltip({ claim, published, dark, maxReferences = 3 }: TooltipProps) {
  const look = VERDICT_LOOK[claim.status];
  const refs = claim.references.slice(0, maxReferences);
  const more = claim.references.length - refs.length;
  const count = describeCount(claim);
  return (
    <div class={`tc ${dark ? 'dark' : 'light'}`} style={{ '--verdict': dark ? look.dark : look.light }}>
      <div class="verdict">
        <span class="symbol" aria-hidden="true">
          {look.symbol}
        </span>{' '}
        <span class={`label line-${look.line}`} title={look.meaning}>
          {look.label}
        </span>
      </div>
      <div class="figure">
        “<Isolated text={claim.figure} />”{' '}
        <span class="counts">
          {count.includes(' · ') ? (
            <>
              {count.slice(0, count.indexOf(' · ') + 3)}
              <Isolated text={count.slice(count.indexOf(' · ') + 3)} />
            </>
          ) : (
            count
          )}
        </span>
      </div>
      <div class="claimant">
        Claimed by: {claim.claimant ? <Isolated text={claim.claimant} /> : 'No source named in the text'}
        {published ? `, in an article of ${formatDay(published)}` : ''}
      </div>
      <p class="reason">{visible(claim.reason)}</p>
      {claim.chart ? <VerdictChart chart={claim.chart} /> : null}
      {refs.length ? (
        <section aria-label="Reference figures">
          <h2>Reference figures</h2>
          <ul>
            {refs.map((r) => (
              <Reference key={r.id} record={r} />
            ))}
          </ul>
          {more > 0 ? <div class="more">and {more} more in the dataset</div> : null}
        </section>
      ) : null}
      <div class="hint">Esc closes · Alt+Shift+Y next figure</div>
    </div>
  );
}

export const TOOLTIP_CSS = `
.tc { box-sizing: border-box; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 12px 14px;
  border-radius: 8px; border: 1px solid; box-shadow: 0 6px 24px rgba(0,0,0,.25); max-height: inherit; overflow: auto; }
.tc.light { background: #fff; color: #1d2127; border-color: #c9ced6; scrollbar-color: #c9ced6 #fff; }
.tc.dark { background: #1e2228; color: #e8eaed; border-color: #4a515c; scrollbar-color: #4a515c #1e2228; }
.tc a { color: inherit; text-decoration: underline; }
.tc.light a { color: #0b57d0; } .tc.dark a { color: #8ab4f8; }
.verdict { font-weight: 700; font-size: 15px; color: var(--verdict); margin-bottom: 6px; }
.label { text-decoration: underline var(--verdict) 2px; text-underline-offset: 4px; }
.line-dashed { text-decoration-style: dashed; } .line-wavy { text-decoration-style: wavy; } .line-dotted { text-decoration-style: dotted; }
.symbol { display: inline-block; min-width: 1em; text-align: center; }
.figure { font-weight: 600; }
.counts { font-weight: 400; opacity: .85; }
.claimant { margin-top: 2px; opacity: .9; }
.reason { margin: 8px 0; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; margin: 10px 0 4px; opacity: .75; }
ul { margin: 0; padding: 0; list-style: none; }
.ref { padding: 6px 0; border-top: 1px solid rgba(128,128,128,.3); }
.ref-meta, .ref-caveat, .more, .hint { font-size: 12.5px; opacity: .85; }
.ref-caveat { font-style: italic; }
.url { font-family: ui-monospace, monospace; font-size: 12px; overflow-wrap: anywhere; }
.hint { margin-top: 8px; opacity: .65; }
${CHART_CSS}`;
