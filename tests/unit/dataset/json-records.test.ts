/** The batched JSON parse must give exactly what JSON.parse gives, or throw where JSON.parse throws. */
import { describe, expect, it } from 'vitest';
import { parseJsonNow, parseJsonSteps } from '../../../lib/dataset/json-records';
import { makeRecords } from './make-records';

const big = JSON.stringify({ format: 1, name: 'n', records: makeRecords(1234), after: [1, 2] }, null, 1);

const valid = [
  '{"records":[]}',
  '{ "records" : [ ] , "name": "x" }',
  '{"records":[1,"two",{"three":[3]},[4],null,true]}',
  '{"name":"a \\"records\\": [ quote","records":[{"s":"] , [ { }"}],"t":"\\\\"}',
  '{"rec\\u006frds":[{"a":1},{"b":2}]}',
  '{"nested":{"records":[1]},"records":[2]}',
  '{"records":[1,2],"records":[3]}',
  '{"a":[[[]]],"records":[{"x":"\\\\\\""}]}',
  '{"records":"not a list"}',
  '{"name":"no records"}',
  '[{"records":[1]}]',
  '\n\t {"records":[\n1\n,\n2\n]}\n',
  big,
];

const invalid = [
  '{"records":[1,2,]}',
  '{"records":[,1]}',
  '{"records":[1,,2]}',
  '{"records":[1 2]}',
  '{"records":[1}',
  '{"records":[{]}',
  '{"records":[1]} extra',
  '{"records":[1]',
  '{"records":["unterminated]}',
  '\uFEFF{"records":[]}',
  '{"records":[01]}',
];

describe('parseJsonNow', () => {
  it.each(valid)('equals JSON.parse on %#', (text) => {
    expect(parseJsonNow(text)).toEqual(JSON.parse(text));
  });

  it.each(invalid)('throws where JSON.parse throws: %s', (text) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(() => parseJsonNow(text)).toThrow();
  });

  it('parses a large records array in several batches, reporting how far through the text it is', () => {
    const steps = parseJsonSteps(big);
    const done: number[] = [];
    let next = steps.next();
    while (!next.done) {
      done.push(next.value.done);
      next = steps.next();
    }
    expect(next.value).toEqual(JSON.parse(big));
    // The scan counts as the first half of the text's length, the batches as the second half:
    // 1,234 records at 500 a batch are three batches, each a checkpoint.
    expect(done.filter((d) => d > big.length)).toHaveLength(3);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(Math.max(...done)).toBeLessThanOrEqual(2 * big.length);
  });
});
