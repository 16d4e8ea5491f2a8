/** The tooltip's host: any failure to build or mount it leaves the tooltip off and never throws into the scan. */
import { afterEach, expect, test, vi } from 'vitest';
import { TooltipHost } from '../../../entrypoints/content/tooltip-host';
import type { Figure } from '../../../entrypoints/content/figures';

afterEach(() => vi.unstubAllGlobals());

const figure = { key: 'c1:0-2', chunkId: 'c1', claim: { figure: '12' }, range: {}, nodes: [] } as unknown as Figure;
const opts = { published: null, dark: false, byKeyboard: false, line: 0 };

test('a page where the host cannot be made: open() does nothing, says why once, and later calls stay quiet', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.stubGlobal('document', {
    body: {},
    documentElement: {},
    createElement: () => {
      throw new Error('attachShadow blocked');
    },
  });
  const host = new TooltipHost(() => {});
  expect(() => host.open(figure, opts)).not.toThrow();
  expect(host.openKey).toBeNull();
  expect(host.openFrame).toBeNull();
  expect(() => host.open(figure, opts)).not.toThrow();
  expect(warn).toHaveBeenCalledTimes(1);
  expect(() => {
    host.place();
    host.close();
    host.remove();
  }).not.toThrow();
  expect(host.owns(null)).toBe(false);
});
