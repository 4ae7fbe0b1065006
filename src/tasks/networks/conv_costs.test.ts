import { describe, expect, it } from 'vitest';
import {
  bottleneckCost,
  courseInception,
  inceptionCost,
  separableCost,
  separableRatio,
} from './conv_costs';

describe('bottleneckCost', () => {
  it("is the course's 120 M against 12.4 M for 28x28x192 -> 5x5, 32 filters, via 16", () => {
    const cost = bottleneckCost({ h: 28, w: 28, c: 192 }, 5, 32, 16);
    expect(cost.direct).toBe(120_422_400); // 28 28 32 x 5 5 192
    expect(cost.reduce).toBe(2_408_448); // 28 28 16 x 192
    expect(cost.conv).toBe(10_035_200); // 28 28 32 x 5 5 16
    expect(cost.withBottleneck).toBe(12_443_648);
  });
});

describe('separableCost', () => {
  it("is the course's 2160 against 432 + 240 = 672 for 6x6x3, 3x3, 5 filters", () => {
    const cost = separableCost({ h: 4, w: 4 }, 3, 3, 5);
    expect([cost.normal, cost.depthwise, cost.pointwise, cost.separable]).toEqual([
      2160, 432, 240, 672,
    ]);
  });

  it.each([
    [3, 5],
    [3, 512],
    [5, 64],
  ])('has the ratio 1/n_C′ + 1/f² (f = %i, n_C′ = %i)', (f, nCPrime) => {
    expect(separableCost({ h: 7, w: 9 }, f, 32, nCPrime).ratio).toBeCloseTo(
      separableRatio(f, nCPrime),
      12,
    );
  });
});

describe('inceptionCost', () => {
  it("concatenates the course's module to 28x28x256 and counts its bottlenecks", () => {
    const cost = inceptionCost({ h: 28, w: 28, c: 192 }, courseInception);
    expect(cost.output).toEqual({ h: 28, w: 28, c: 256 });
    expect(cost.branches).toEqual([64, 128, 32, 32]);
    const positions = 28 * 28;
    const shared = positions * 192 * (64 + 32); // the 1x1 branch and the pool's projection
    expect(cost.withoutBottlenecks).toBe(shared + positions * 192 * (128 * 9 + 32 * 25));
    expect(cost.withBottlenecks).toBe(
      shared + positions * (96 * 192 + 128 * 9 * 96) + positions * (16 * 192 + 32 * 25 * 16),
    );
  });
});
