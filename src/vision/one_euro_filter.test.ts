import { describe, expect, it } from 'vitest';
import { OneEuroFilter, PointsFilter } from './one_euro_filter';

describe('OneEuroFilter', () => {
  it('passes the first sample through', () => {
    expect(new OneEuroFilter({ minCutoff: 1, beta: 0 }).filter(5, 0)).toBe(5);
  });

  it('smooths a still point: alpha = r / (r + 1), r = 2π f_c Δt', () => {
    const f = new OneEuroFilter({ minCutoff: 1, beta: 0 });
    f.filter(0, 0);
    const r = 2 * Math.PI * 1 * 0.1;
    expect(f.filter(1, 0.1)).toBeCloseTo(r / (r + 1), 12);
  });

  it('cuts jitter on a still signal', () => {
    const f = new OneEuroFilter({ minCutoff: 0.5, beta: 0 });
    const out: number[] = [];
    for (let i = 0; i < 60; i++) out.push(f.filter(i % 2 === 0 ? 1 : -1, i / 30));
    const late = out.slice(30);
    expect(Math.max(...late) - Math.min(...late)).toBeLessThan(0.5);
  });

  it('lags less on a fast move when beta is higher', () => {
    const track = (beta: number) => {
      const f = new OneEuroFilter({ minCutoff: 0.5, beta });
      let y = 0;
      for (let i = 0; i <= 30; i++) y = f.filter(i * 10, i / 30); // 300 units per second
      return 300 - y;
    };
    expect(track(1)).toBeLessThan(track(0) / 4);
  });

  it.each([
    {
      params: { minCutoff: 0, beta: 0 },
      message: 'The minimum cut-off must be above 0 Hz, got 0.',
    },
    { params: { minCutoff: 1, beta: -1 }, message: 'beta must be 0 or more, got -1.' },
  ])('rejects $params', ({ params, message }) => {
    expect(() => new OneEuroFilter(params)).toThrow(message);
  });

  it('holds its value when time does not advance', () => {
    const f = new OneEuroFilter({ minCutoff: 1, beta: 0 });
    f.filter(2, 1);
    expect(f.filter(9, 1)).toBe(2);
  });
});

describe('PointsFilter', () => {
  it('filters x and y of each point and keeps the other fields', () => {
    const f = new PointsFilter({ minCutoff: 1, beta: 0 });
    f.filter([{ x: 0, y: 0, score: 0.9 }], 0);
    const [p] = f.filter([{ x: 10, y: -10, score: 0.8 }], 0.1);
    expect(p!.score).toBe(0.8);
    expect(p!.x).toBeGreaterThan(0);
    expect(p!.x).toBeLessThan(10);
    expect(p!.y).toBeCloseTo(-p!.x, 12);
  });
});
