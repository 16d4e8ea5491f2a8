import { describe, expect, it } from 'vitest';
import { timeScopeOf } from '../../../lib/extract/time-scope';

describe('timeScopeOf', () => {
  it.each([
    ['12,456 civilians have been killed since the full-scale invasion.', 'cumulative'],
    ['So far 300 people have died in the floods.', 'cumulative'],
    ['In total, 1,200 soldiers were captured.', 'cumulative'],
    ['The death toll has risen to 52.', 'cumulative'],
    ['Since October 2023, 40,000 people have been killed.', 'cumulative'],
    ['Three people were killed on Friday.', 'event'],
    ['Twelve died in the strike on the market.', 'event'],
    ['Russian drones killed two people overnight.', 'event'],
    ['A woman was killed when a shell hit her house.', 'event'],
    ['Thousands of soldiers have died.', null],
  ])('%s → %s', (sentence, scope) => {
    expect(timeScopeOf(sentence)).toBe(scope);
  });
});
