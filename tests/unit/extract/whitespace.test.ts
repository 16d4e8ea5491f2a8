import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../lib/extract';
import { flattenWhitespace } from '../../../lib/extract/whitespace';

describe('flattenWhitespace', () => {
  it('leaves text with nothing to flatten alone', () => {
    expect(flattenWhitespace('One line.\n\nAnother paragraph.\nA table row: 12')).toBeNull();
  });

  it('turns soft wraps and space runs into single spaces and maps offsets back', () => {
    const text = 'at  least\n      27 wounded';
    const flat = flattenWhitespace(text)!;
    expect(flat.text).toBe('at least 27 wounded');
    const i = flat.text.indexOf('27');
    expect(text.slice(flat.start(i), flat.end(i + 2))).toBe('27');
    expect(text.slice(flat.start(0), flat.end(flat.text.length))).toBe(text);
  });

  it('keeps blank lines and unindented line breaks, which end paragraphs, headlines and rows', () => {
    expect(flattenWhitespace('Killed: 5\nWounded: 7\n\nNext paragraph\nRegion\tKilled')).toBeNull();
    const flat = flattenWhitespace('Killed: 5\nWounded: 7\n\n    Next paragraph\nRegion\tKilled')!;
    expect(flat.text).toBe('Killed: 5\nWounded: 7\n\n Next paragraph\nRegion\tKilled');
  });
});

describe('extraction on text wrapped like pretty-printed HTML', () => {
  const plain = 'Police said four villagers died and at least 19 were hurt in the blast, while no more than 4,000 civilians had died, the mission said.';
  const wrapped = plain.replace(/(.{20,40}?) /g, '$1\n        ');

  it('finds the same figures as in the unwrapped text, with offsets into the wrapped text', () => {
    const a = extractClaims(plain);
    const b = extractClaims(wrapped);
    expect(b.map((c) => [c.count, c.qualifier, c.category])).toEqual(a.map((c) => [c.count, c.qualifier, c.category]));
    for (const c of b) expect(wrapped.slice(c.start, c.end)).toBe(c.figure);
    expect(b.map((c) => c.figure.replace(/\s+/g, ' '))).toEqual(a.map((c) => c.figure));
  });
});
