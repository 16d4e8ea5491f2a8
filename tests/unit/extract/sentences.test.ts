import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/extract/sentences';

describe('splitSentences', () => {
  it.each([
    ['Three people died. Mr. Smith said so.', ['Three people died.', 'Mr. Smith said so.']],
    ['The U.S. military said 12 were hurt. Officials agreed.', ['The U.S. military said 12 were hurt.', 'Officials agreed.']],
    ['"We found 80 bodies," he said. Then he left.', ['"We found 80 bodies," he said.', 'Then he left.']],
    ['Is it over? No. 3 more died!', ['Is it over?', 'No. 3 more died!']],
    ['Gaza death toll passes 30,000\n\nThe ministry said so.', ['Gaza death toll passes 30,000', 'The ministry said so.']],
    ['J. Smith wrote it. Done.', ['J. Smith wrote it.', 'Done.']],
  ])('%j', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('keeps offsets into the original text and marks headlines and blocks', () => {
    const text = 'Quake kills 12\n\nRescuers dug all night. Two more were found.\nA list line';
    const s = splitSentences(text);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.headline)).toEqual([true, false, false, true]);
    expect(s.map((x) => x.block)).toEqual([0, 1, 1, 1]);
  });
});
