import { describe, expect, it } from 'vitest';
import { RecentCache } from '../../../lib/extract/recent-cache';

describe('RecentCache', () => {
  it('computes a key once while it is recent, null results included', () => {
    const cache = new RecentCache<string, string | null>(3);
    let calls = 0;
    const compute = (key: string) => {
      calls++;
      return key === 'none' ? null : key.toUpperCase();
    };
    expect(cache.get('a', compute)).toBe('A');
    expect(cache.get('none', compute)).toBeNull();
    expect(cache.get('a', compute)).toBe('A');
    expect(cache.get('none', compute)).toBeNull();
    expect(calls).toBe(2);
  });

  it('forgets the oldest key once more than its capacity are asked for', () => {
    const cache = new RecentCache<number, number>(2);
    const seen: number[] = [];
    const compute = (key: number) => {
      seen.push(key);
      return key * 10;
    };
    for (const key of [1, 2, 3, 2, 1]) cache.get(key, compute);
    // 1 was dropped when 3 came in; 2 was still kept.
    expect(seen).toEqual([1, 2, 3, 1]);
  });
});
