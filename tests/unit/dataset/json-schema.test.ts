import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../../lib/dataset/bundled';
import { DatasetSchema, FIGURE_KINDS, RECORD_CLAIMANT_TYPES, RecordSchema } from '../../../lib/dataset/schema';
import { CATEGORIES, POPULATIONS } from '../../../lib/claim';
import { parseDatasetJson } from '../../../lib/dataset/validate';
import { validateJsonSchema } from './mini-json-schema';

const jsonSchema = JSON.parse(readFileSync('docs/dataset.schema.json', 'utf8'));
const example = readFileSync('docs/example-dataset.json', 'utf8');
const recordDef = jsonSchema.$defs.record;

/** Field names of a valibot strict object, split by whether they may be left out. */
function fields(entries: Record<string, { type: string }>) {
  const all = Object.keys(entries).sort();
  return { all, required: all.filter((k) => entries[k].type !== 'optional').sort() };
}

describe('docs/dataset.schema.json', () => {
  it('names the same record fields, required fields and vocabularies as the runtime schema', () => {
    const record = fields((RecordSchema as any).pipe[0].entries);
    expect(Object.keys(recordDef.properties).sort()).toEqual(record.all);
    expect([...recordDef.required].sort()).toEqual(record.required);
    const header = fields((DatasetSchema as any).entries);
    expect([...jsonSchema.required].sort()).toEqual(header.required);
    expect(jsonSchema.$defs.category.enum).toEqual([...CATEGORIES]);
    expect(recordDef.properties.population.enum).toEqual([...POPULATIONS]);
    expect(recordDef.properties.claimantType.enum).toEqual([...RECORD_CLAIMANT_TYPES]);
    expect(recordDef.properties.figureKind.enum).toEqual([...FIGURE_KINDS]);
  });

  it('accepts the example and the bundled dataset', () => {
    expect(validateJsonSchema(jsonSchema, JSON.parse(example))).toEqual([]);
    expect(validateJsonSchema(jsonSchema, BUNDLED_DATASET).slice(0, 5)).toEqual([]);
  });

  it('rejects what the runtime schema rejects', () => {
    const bad = JSON.parse(example);
    bad.records[0].category = 'deaths';
    bad.records[1].best = -1;
    delete bad.records[2].source;
    expect(validateJsonSchema(jsonSchema, bad)).toEqual(['.records[0].category: not in enum', '.records[1].best: must be an integer in range', '.records[2]: missing source']);
  });

  it('documents an example that TollCheck imports', () => {
    const result = parseDatasetJson(example);
    expect(result.ok ? result.dataset.records.length : result.problems).toBe(6);
  });
});
