import { expect, test } from 'vitest';
import { composeIndex, indexConflict } from '../../../lib/verify';
import { trustOf } from '../../../lib/verify/parties';
import { lookupCategory, speaksOfHandover } from '../../../lib/verify/scope';
import { claim } from './make';
import { sampleRecord } from '../dataset/sample';

test('an index over conflicts read one at a time refuses a conflict whose records were not read', () => {
  const ukraine = indexConflict([sampleRecord('a')]);
  const index = composeIndex(new Set(['russia-ukraine', 'israel-gaza']), (c) => (c === 'russia-ukraine' ? ukraine : undefined));
  expect(index.group('russia-ukraine', 'killed', 'ukraine').series.size).toBe(1);
  expect(index.covers('russia-ukraine', 'killed')).toBe(true);
  // Not read yet: an error, never an empty group that would pass for "no records".
  expect(() => index.group('israel-gaza', 'killed', 'palestinians')).toThrow(/before the records of israel-gaza were loaded/);
  expect(() => index.newestDay('israel-gaza')).toThrow(/were loaded/);
  // Not in the dataset at all: simply nothing.
  expect(index.sides('sudan', 'killed')).toEqual([]);
  expect(index.conflicts.has('sudan')).toBe(false);
});

test('a running tally of people freed is the word of the side that gives it; one handover, or a tally both sides give, is confirmed by both', () => {
  const tally = sampleRecord('t', { category: 'captured', claimant: 'Volodymyr Zelensky', claimantType: 'belligerent', figureKind: 'exchange_record' });
  expect(trustOf(tally)).toEqual({ kind: 'party', partySide: 'ukraine' });
  expect(trustOf({ ...tally, claimant: 'Russian Ministry of Defence / Volodymyr Zelensky' })).toEqual({ kind: 'independent' });
  expect(trustOf({ ...tally, time: { kind: 'event', eventDate: '2025-05-23' } })).toEqual({ kind: 'independent' });
});

test('dead soldiers handed back are looked up as bodies, but a war of "exchanging fire" is no handover', () => {
  expect(lookupCategory(claim({ category: 'killed', sentence: 'Moscow handed over the remains of 500 dead soldiers.' }))).toBe('bodies');
  expect(
    lookupCategory(claim({ category: 'killed', sentence: 'Since the two armies began exchanging fire, 2,900 people have been killed; many of the dead were fighters.' })),
  ).toBe('killed');
  expect(speaksOfHandover('On that day 251 people were taken across the border as hostages.')).toBe(false);
  expect(speaksOfHandover('Prisoners held for two years were freed in the swap.')).toBe(true);
  expect(speaksOfHandover('The bodies of 40 soldiers were returned.')).toBe(true);
});
