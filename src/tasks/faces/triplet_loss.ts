import { squaredDistance } from './face_distance';

export interface TripletLoss {
  /** ||f(A) - f(P)||^2 */
  positive: number;
  /** ||f(A) - f(N)||^2 */
  negative: number;
  /** L(A, P, N) = max(||f(A) - f(P)||^2 - ||f(A) - f(N)||^2 + α, 0) */
  loss: number;
}

/** The course's triplet loss for one anchor, positive and negative, with margin α >= 0. */
export function tripletLoss(
  anchor: ArrayLike<number>,
  positive: ArrayLike<number>,
  negative: ArrayLike<number>,
  alpha: number,
): TripletLoss {
  if (!(alpha >= 0)) throw new RangeError(`The margin α must be >= 0, got ${alpha}.`);
  const dp = squaredDistance(anchor, positive);
  const dn = squaredDistance(anchor, negative);
  return { positive: dp, negative: dn, loss: Math.max(dp - dn + alpha, 0) };
}
