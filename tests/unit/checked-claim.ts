/** A checked figure with nothing known but its number and verdict, for tests of what carries claims around. */
import type { CheckedClaim, VerdictStatus } from '../../lib/verdict';

export function checkedClaim(figure: string, start: number, status: VerdictStatus, over: Partial<CheckedClaim> = {}): CheckedClaim {
  return {
    start,
    end: start + figure.length,
    figure,
    sentence: `${figure} were killed.`,
    count: Number(figure.replace(/\D/g, '')),
    countHigh: null,
    qualifier: 'exact',
    category: 'killed',
    party: null,
    side: null,
    population: null,
    claimant: null,
    claimantType: 'unknown',
    claimantSide: null,
    timeScope: null,
    subset: null,
    status,
    reason: 'test',
    references: [],
    ...over,
  };
}
