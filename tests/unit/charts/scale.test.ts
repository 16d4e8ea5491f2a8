import { describe, expect, it } from 'vitest';
import { dateTicks, dayOf, isoOf, linear, monthsOf, thin } from '../../../lib/charts/scale';

describe('chart scales', () => {
  it('maps a domain onto a range, and a flat domain to its middle', () => {
    const x = linear(0, 10, 100, 200);
    expect([x(0), x(5), x(10)]).toEqual([100, 150, 200]);
    expect(linear(3, 3, 0, 50)(3)).toBe(25);
    expect(linear(0, 100, 90, 0)(25)).toBe(67.5); // value axes run upwards
  });

  it('reads and writes dates as day numbers', () => {
    expect(isoOf(dayOf('2024-02-29'))).toBe('2024-02-29');
    expect(dayOf('1970-01-02')).toBe(1);
  });

  it.each<[string, string, string[]]>([
    ['2022-02-24', '2026-08-08', ['2023-01-01', '2025-01-01', '2026-01-01']],
    ['2023-10-07', '2025-03-01', ['2024-01-01', '2025-01-01']],
    ['2024-03-15', '2024-08-20', ['2024-04-01', '2024-06-01', '2024-08-01']],
    ['2024-05-01', '2024-05-20', ['2024-05-01']],
  ])('date ticks from %s to %s', (from, to, ticks) => {
    expect(dateTicks(dayOf(from), dayOf(to))).toEqual(ticks);
  });
});

describe('thinning a series', () => {
  const daily = Array.from({ length: 1600 }, (_, i) => ({ day: 19000 + i, value: 100 + i * 7 }));
  it('keeps at most the number asked, the first and the last, in order', () => {
    const kept = thin(daily, 60);
    expect(kept.length).toBeLessThanOrEqual(60);
    expect(kept.length).toBeGreaterThan(50);
    expect(kept[0]).toBe(daily[0]);
    expect(kept[kept.length - 1]).toBe(daily[daily.length - 1]);
    for (let i = 1; i < kept.length; i++) expect(kept[i].day).toBeGreaterThan(kept[i - 1].day);
  });

  it('spaces the kept points evenly in time, also when the series is uneven', () => {
    const uneven = [...daily.slice(0, 1000), ...daily.slice(1000).filter((_, i) => i % 30 === 0)];
    const kept = thin(uneven, 20);
    const gaps = kept.slice(1).map((p, i) => p.day - kept[i].day);
    expect(Math.max(...gaps)).toBeLessThan(3 * ((uneven[uneven.length - 1].day - uneven[0].day) / 19));
  });

  it('leaves a short series as it is', () => {
    expect(thin(daily.slice(0, 5), 60)).toEqual(daily.slice(0, 5));
  });

  it('lists the months a set of dates covers', () => {
    expect(monthsOf(['2024-05-03', '2024-03-30', '2024-05-28'])).toEqual(['2024-03', '2024-05']);
  });
});
