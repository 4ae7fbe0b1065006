import { describe, expect, it } from 'vitest';
import { errorRatesAt, thresholdSweep } from './threshold_stats';

describe('errorRatesAt', () => {
  const same = [0.1, 0.2, 0.3, 0.5];
  const different = [0.4, 0.6, 0.8, 0.9];
  it.each([
    [0.05, 1, 0],
    [0.25, 0.5, 0],
    [0.45, 0.25, 0.25],
    [0.55, 0, 0.25],
    [1.0, 0, 1],
  ])('τ = %f: FRR %f, FAR %f', (tau, frr, far) => {
    expect(errorRatesAt(same, different, tau)).toEqual({
      tau,
      falseRejectRate: frr,
      falseAcceptRate: far,
    });
  });
});

describe('thresholdSweep', () => {
  it('suggests the τ halfway across the gap between well-separated sets, with no errors', () => {
    const sweep = thresholdSweep([0.1, 0.2, 0.3], [0.7, 0.8, 0.9])!;
    expect(sweep.balanced).toEqual({ tau: 0.5, falseRejectRate: 0, falseAcceptRate: 0 });
    expect(sweep.points.map((p) => p.tau.toFixed(2))).toEqual([
      '0.15',
      '0.25',
      '0.50',
      '0.75',
      '0.85',
    ]);
  });

  it('keeps a margin when every same-person distance is 0 (identical shots)', () => {
    expect(thresholdSweep([0, 0], [0.64, 0.7])!.balanced.tau).toBeCloseTo(0.32, 10);
  });

  it('balances the two errors when the sets overlap', () => {
    const sweep = thresholdSweep([0.1, 0.2, 0.3, 0.5], [0.4, 0.6, 0.8, 0.9])!;
    expect(sweep.balanced.falseRejectRate).toBe(0.25);
    expect(sweep.balanced.falseAcceptRate).toBe(0.25);
    expect(sweep.balanced.tau).toBeCloseTo(0.45, 10);
  });

  it('is null without pairs of both kinds', () => {
    expect(thresholdSweep([], [0.5])).toBeNull();
    expect(thresholdSweep([0.5], [])).toBeNull();
  });
});
