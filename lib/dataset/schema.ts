/**
 * The reference dataset format (format 1). Valibot validates without `eval`, so the same schema
 * runs under MV3's content security policy, in Node tests and in the CLI.
 * docs/dataset.schema.json documents the same format for people publishing datasets.
 */
import * as v from 'valibot';
import { CATEGORIES, POPULATIONS } from '../claim';
import { isSubset } from '../subsets';

export const DATASET_FORMAT = 1;

export const RECORD_CLAIMANT_TYPES = ['belligerent', 'un', 'independent', 'intelligence', 'official', 'media'] as const;
export const FIGURE_KINDS = ['verified_floor', 'exchange_record', 'statistical_estimate', 'reported', 'party_claim'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

// Free-text fields are shown to readers as text; refusing markup keeps the data inert (no HTML, no code).
const MARKUP = /[<>{}]|javascript:|url\(/i;
/**
 * C0 and C1 control characters (NUL, ESC, tab, line breaks…) and the bidirectional controls
 * (embeddings, overrides, isolates, marks): a name like "Report \u202Egro.nu\u202C" would display as
 * "Report un.org", and a line break would start a new line in an export's header.
 */
export const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_MESSAGE = 'must be plain text on one line (no control characters, line breaks or bidirectional overrides)';
const noControls = v.check((s: string) => !CONTROL_OR_BIDI.test(s), CONTROL_MESSAGE);
const text = (max: number) =>
  v.pipe(
    v.string(),
    noControls,
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
    v.check((s) => !MARKUP.test(s), 'must be plain text (no <, >, {, } or script)'),
  );

const isoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'), v.check(isRealDate, 'must be a real calendar date'));
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be a lowercase slug such as russia-ukraine'));
const WHOLE = 'must be a whole number ≥ 0';
const count = v.pipe(v.number(WHOLE), v.integer(WHOLE), v.minValue(0, WHOLE), v.maxValue(1e9, 'must be at most 1,000,000,000'));
const httpsUrl = v.pipe(v.string(), noControls, v.url('must be a URL'), v.regex(/^https?:\/\//, 'must be an http(s) URL'));

export const TimeSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('cumulative'), periodStart: v.nullable(isoDate), asOf: isoDate }),
  v.strictObject({ kind: v.literal('event'), eventDate: isoDate }),
]);

export const SourceSchema = v.strictObject({ name: text(300), url: httpsUrl, published: v.nullable(isoDate) });

export const RecordSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'must be letters, digits, ".", "_" or "-"')),
    conflict: slug,
    country: v.nullable(text(100)),
    region: v.optional(v.nullable(text(200))),
    category: v.picklist(CATEGORIES, `must be one of ${CATEGORIES.join(', ')}`),
    /**
     * Other categories under which news copy commonly reports this same figure. Ukraine's General
     * Staff "personnel losses" are killed + wounded (category `casualties`) but are nearly always
     * reported as "killed": `reportedAs: ['killed']` lets verification recognise the party's own figure.
     */
    reportedAs: v.optional(v.array(v.picklist(CATEGORIES, `must list only ${CATEGORIES.join(', ')}`))),
    population: v.picklist(POPULATIONS, `must be one of ${POPULATIONS.join(', ')}`),
    side: slug,
    /**
     * The part of the side's dead the figure counts (children, officers, one city), or absent/null
     * for all of them. Verification compares a subset only with claims about the same subset.
     */
    subset: v.optional(v.nullable(v.pipe(v.string(), v.check(isSubset, 'must be a subset such as children, officers or place-el-fasher (see docs/dataset.md)')))),
    best: count,
    low: count,
    high: count,
    time: TimeSchema,
    claimant: text(300),
    claimantType: v.picklist(RECORD_CLAIMANT_TYPES, `must be one of ${RECORD_CLAIMANT_TYPES.join(', ')}`),
    figureKind: v.picklist(FIGURE_KINDS, `must be one of ${FIGURE_KINDS.join(', ')}`),
    source: SourceSchema,
    caveat: v.optional(v.nullable(text(500))),
    note: v.optional(v.nullable(text(1000))),
  }),
  v.check((r) => r.low <= r.best && r.best <= r.high, 'figures must satisfy low ≤ best ≤ high'),
);

export const DatasetSchema = v.strictObject({
  format: v.literal(DATASET_FORMAT, `format must be ${DATASET_FORMAT}`),
  name: text(200),
  version: v.pipe(v.string(), v.regex(/^\d+(\.\d+){0,3}$/, 'must be a version such as 2026.11.1')),
  published: isoDate,
  licence: text(200),
  description: text(2000),
  sources: v.array(v.strictObject({ name: text(300), url: httpsUrl })),
  records: v.array(RecordSchema),
});

export type DatasetRecord = v.InferOutput<typeof RecordSchema>;
export type RecordTime = v.InferOutput<typeof TimeSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type DatasetHeader = Omit<Dataset, 'records'>;

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
