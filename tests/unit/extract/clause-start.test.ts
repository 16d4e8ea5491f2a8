import { describe, expect, it } from 'vitest';
import { afterLastOf } from '../../../lib/extract/clause-start';

describe('afterLastOf', () => {
  it.each([
    ['', 0],
    ['no separator here', 0],
    ['first; then 40', 6],
    ['a: b — c, d', 6],
    ['ends with one;', 14],
  ])('%j → %i, where /[^;:—–]*$/ starts', (text, at) => {
    expect(afterLastOf(text, ';:—–')).toBe(at);
    expect(afterLastOf(text, ';:—–')).toBe(text.search(/[^;:—–]*$/));
  });
});
