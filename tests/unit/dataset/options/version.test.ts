import { expect, it } from 'vitest';
import { compareVersions } from '../../../../lib/dataset/options/version';

it('compares dotted versions part by part, as numbers', () => {
  expect(compareVersions('2026.11.2', '2026.11.1')).toBe(1);
  expect(compareVersions('2026.11.10', '2026.11.9')).toBe(1);
  expect(compareVersions('2026.9', '2026.10')).toBe(-1);
  expect(compareVersions('2026.11', '2026.11.0')).toBe(0);
  expect(compareVersions('1', '1.0.1')).toBe(-1);
});
