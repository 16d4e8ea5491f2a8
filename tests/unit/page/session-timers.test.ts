// @vitest-environment happy-dom
/** Timers of the page session: one pending run each, and none once the session's signal aborts. */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { Later, pause } from '../../../lib/page/session-timers';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] }));
afterEach(() => vi.useRealTimers());

test('scheduling again replaces the pending run; a frame follows a timeout in the same slot', () => {
  const later = new Later(new AbortController().signal);
  const runs: string[] = [];
  later.after(100, () => runs.push('first'));
  later.after(100, () => runs.push('second'));
  expect(later.pending).toBe(true);
  vi.advanceTimersByTime(100);
  expect(runs).toEqual(['second']);
  expect(later.pending).toBe(false);
  later.after(10, () => later.frame(() => runs.push('painted')));
  vi.advanceTimersByTime(10);
  expect(later.pending).toBe(true);
  vi.advanceTimersToNextFrame();
  expect(runs).toEqual(['second', 'painted']);
  expect(later.pending).toBe(false);
});

test('clear() cancels whichever kind is pending', () => {
  const later = new Later(new AbortController().signal);
  const run = vi.fn();
  later.frame(run);
  later.clear();
  later.after(5, run);
  later.clear();
  vi.advanceTimersByTime(1000);
  vi.advanceTimersToNextFrame();
  expect(run).not.toHaveBeenCalled();
  expect(vi.getTimerCount()).toBe(0);
});

test('after the signal aborts, nothing pending runs and nothing new is scheduled', () => {
  const session = new AbortController();
  const a = new Later(session.signal);
  const b = new Later(session.signal);
  const run = vi.fn();
  a.after(50, run);
  b.frame(run);
  expect(vi.getTimerCount()).toBe(2);
  session.abort();
  expect(vi.getTimerCount()).toBe(0);
  a.after(1, run);
  b.frame(run);
  expect(a.pending || b.pending).toBe(false);
  vi.advanceTimersByTime(1000);
  vi.advanceTimersToNextFrame();
  expect(run).not.toHaveBeenCalled();
});

test('pause() resolves true after its time, false at once when the session ends first', async () => {
  const session = new AbortController();
  const done = pause(session.signal, 20);
  vi.advanceTimersByTime(20);
  expect(await done).toBe(true);
  const cut = pause(session.signal, 20);
  session.abort();
  expect(vi.getTimerCount()).toBe(0);
  expect(await cut).toBe(false);
  expect(await pause(session.signal)).toBe(false);
});
