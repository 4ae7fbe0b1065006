/**
 * Verification errors at a threshold τ on d: a same-person pair with d > τ is a false reject,
 * a different-person pair with d <= τ is a false accept.
 */
export interface ThresholdPoint {
  tau: number;
  /** Fraction of same-person pairs rejected, in [0, 1]. */
  falseRejectRate: number;
  /** Fraction of different-person pairs accepted, in [0, 1]. */
  falseAcceptRate: number;
}

export function errorRatesAt(
  same: readonly number[],
  different: readonly number[],
  tau: number,
): ThresholdPoint {
  const rejected = same.filter((d) => d > tau).length;
  const accepted = different.filter((d) => d <= tau).length;
  return {
    tau,
    falseRejectRate: same.length ? rejected / same.length : 0,
    falseAcceptRate: different.length ? accepted / different.length : 0,
  };
}

/**
 * Error rates at the thresholds where a rate can change (halfway between consecutive distances
 * seen, so a suggested τ keeps a margin on both sides), sorted by τ, and the τ where the two rates
 * are closest (the equal-error point), the suggestion the calibration view offers. Null when
 * either set is empty.
 */
export function thresholdSweep(
  same: readonly number[],
  different: readonly number[],
): { points: ThresholdPoint[]; balanced: ThresholdPoint } | null {
  if (same.length === 0 || different.length === 0) return null;
  const seen = [...new Set([...same, ...different])].sort((a, b) => a - b);
  const taus = seen.length === 1 ? seen : seen.slice(1).map((d, i) => (seen[i]! + d) / 2);
  const points = taus.map((tau) => errorRatesAt(same, different, tau));
  let balanced = points[0]!;
  for (const p of points) {
    const gap = Math.abs(p.falseRejectRate - p.falseAcceptRate);
    const best = Math.abs(balanced.falseRejectRate - balanced.falseAcceptRate);
    const sum = p.falseRejectRate + p.falseAcceptRate;
    const bestSum = balanced.falseRejectRate + balanced.falseAcceptRate;
    if (gap < best || (gap === best && sum < bestSum)) balanced = p;
  }
  return { points, balanced };
}
