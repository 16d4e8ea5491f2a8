import { expect, it, vi } from 'vitest';
import { reportError, reported, unlessAbsent } from '../../lib/report-error';

it('reports recovered errors, tagged with what was being done', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  reportError('storing the tab report', new Error('quota'));
  expect(warn).toHaveBeenLastCalledWith('TollCheck: storing the tab report failed:', new Error('quota'));
  await expect(Promise.reject(new Error('x')).catch(reported('reading'))).resolves.toBeUndefined();
  expect(warn).toHaveBeenCalledTimes(2);
});

it('stays quiet when the other side is simply not there, and returns the fallback', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(unlessAbsent('moving to the next figure', false)(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(false);
  expect(warn).not.toHaveBeenCalled();
  expect(unlessAbsent('moving to the next figure', false)(new Error('boom'))).toBe(false);
  expect(warn).toHaveBeenCalledTimes(1);
});
