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
  it('suggests a τ between well-separated sets with no errors', () => {
    const sweep = thresholdSweep([0.1, 0.2, 0.3], [0.7, 0.8, 0.9])!;
    expect(sweep.balanced).toEqual({ tau: 0.3, falseRejectRate: 0, falseAcceptRate: 0 });
    expect(sweep.points.map((p) => p.tau)).toEqual([0.1, 0.2, 0.3, 0.7, 0.8, 0.9]);
  });

  it('balances the two errors when the sets overlap', () => {
    const sweep = thresholdSweep([0.1, 0.2, 0.3, 0.5], [0.4, 0.6, 0.8, 0.9])!;
    expect(sweep.balanced.falseRejectRate).toBe(sweep.balanced.falseAcceptRate);
    expect(sweep.balanced.tau).toBe(0.4);
  });

  it('is null without pairs of both kinds', () => {
    expect(thresholdSweep([], [0.5])).toBeNull();
    expect(thresholdSweep([0.5], [])).toBeNull();
  });
});
