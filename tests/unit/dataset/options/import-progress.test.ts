import { describe, expect, it } from 'vitest';
import { progressView } from '../../../../lib/dataset/options/import-progress';

describe('progressView', () => {
  it.each([
    [{ step: 'checking', done: 20_000, total: 50_000 }, 'Checking records 20,000 of 50,000', 0.4],
    [{ step: 'installing', done: 50_000, total: 50_000 }, 'Installing records 50,000 of 50,000', 1],
    [{ step: 'reading', done: 1, total: 4 }, 'Reading the file… 25%', 0.25],
    [{ step: 'comparing', done: 500, total: 1000 }, 'Comparing with the active dataset: 500 of 1,000 records', 0.5],
    [{ step: 'loading', done: 0, total: 0 }, 'Installing… reading the new dataset back', null],
  ] as const)('%j → %s', (checkpoint, label, fraction) => {
    expect(progressView(checkpoint)).toEqual({ label, fraction });
  });
});
