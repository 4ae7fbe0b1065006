import { describe, expect, it } from 'vitest';
import { chartPoints } from './chart_points';

const area = { left: 10, right: 110, top: 0, bottom: 50 };

describe('chartPoints', () => {
  it.each<[string, number[], number, { lo: number; hi: number }, string]>([
    [
      'spreads values over the count',
      [0, 0.5, 1],
      3,
      { lo: 0, hi: 1 },
      '10.0,50.0 60.0,25.0 110.0,0.0',
    ],
    ['leaves room for epochs still to come', [1], 5, { lo: 0, hi: 1 }, '10.0,0.0'],
    // A missing value keeps later points above their own index (no drift left).
    ['skips NaN without shifting', [0, NaN, 1], 3, { lo: 0, hi: 1 }, '10.0,50.0 110.0,0.0'],
    ['skips -Infinity (log of 0)', [-Infinity, 2], 2, { lo: 0, hi: 2 }, '110.0,0.0'],
    ['clamps above hi and below lo', [3, -1], 2, { lo: 0, hi: 1 }, '10.0,0.0 110.0,50.0'],
    ['a single point sits at the left', [0.5], 1, { lo: 0, hi: 1 }, '10.0,25.0'],
    ['a flat range does not divide by 0', [2, 2], 2, { lo: 2, hi: 2 }, '10.0,50.0 110.0,50.0'],
  ])('%s', (_, values, count, range, want) => {
    expect(chartPoints(values, count, range, area)).toBe(want);
  });
});
