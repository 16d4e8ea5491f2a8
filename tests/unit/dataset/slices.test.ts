import { describe, expect, it } from 'vitest';
import { runInSlices, runNow, yieldToEventLoop, type Checkpoint, type Steps } from '../../../lib/dataset/slices';

/** Work of `n` units that advances a fake clock by `msEach` per unit and yields after each. */
function* counting(n: number, clock: { t: number }, msEach: number): Steps<number> {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    clock.t += msEach;
    sum += i;
    yield { step: 'checking', done: i + 1, total: n };
  }
  return sum;
}

describe('runNow', () => {
  it('drains the work without pausing and returns its value', () => {
    expect(runNow(counting(100, { t: 0 }, 1))).toBe(4950);
  });
});

describe('runInSlices', () => {
  it('pauses each time a slice has used its budget, and reports the latest checkpoint then', async () => {
    const clock = { t: 0 };
    const pausesAt: number[] = [];
    const reported: Checkpoint[] = [];
    const result = await runInSlices(counting(100, clock, 1), {
      budgetMs: 10,
      now: () => clock.t,
      pause: async () => void pausesAt.push(clock.t),
      onProgress: (c) => reported.push(c),
    });
    expect(result).toBe(4950);
    // 100 ms of work in 10 ms slices: a pause after every tenth unit but the last.
    expect(pausesAt).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(reported.map((c) => c.done)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(reported[0]).toEqual({ step: 'checking', done: 10, total: 100 });
  });

  it('never pauses work that fits in one slice', async () => {
    const clock = { t: 0 };
    let pauses = 0;
    await runInSlices(counting(5, clock, 1), { budgetMs: 10, now: () => clock.t, pause: async () => void pauses++ });
    expect(pauses).toBe(0);
  });

  it('lets a task queued before the pause run before the work resumes (the default pause)', async () => {
    let otherRan = false;
    const other = yieldToEventLoop().then(() => {
      otherRan = true;
    });
    let seenByWork: boolean | null = null;
    function* work(): Steps<void> {
      yield { step: 'checking', done: 0, total: 1 };
      seenByWork = otherRan;
    }
    await runInSlices(work(), { budgetMs: 0 });
    await other;
    expect(seenByWork).toBe(true);
  });

  it('passes on a throw from the work', async () => {
    function* failing(): Steps<never> {
      yield { step: 'reading', done: 0, total: 1 };
      throw new Error('broken');
    }
    await expect(runInSlices(failing())).rejects.toThrow('broken');
  });
});
