/** How the learning rate α falls with the epoch number (0-based). */
export type LearningRateDecay =
  | { kind: 'none' }
  /** α = α0 / (1 + decayRate * epoch) */
  | { kind: 'inverse-time'; decayRate: number }
  /** α = α0 * base^epoch, base < 1 (e.g. 0.95) */
  | { kind: 'exponential'; base: number };

/** The learning rate of `epoch` under a decay schedule (course 2, week 2). */
export function decayedLearningRate(
  alpha0: number,
  decay: LearningRateDecay,
  epoch: number,
): number {
  switch (decay.kind) {
    case 'none':
      return alpha0;
    case 'inverse-time':
      return alpha0 / (1 + decay.decayRate * epoch);
    case 'exponential':
      return alpha0 * decay.base ** epoch;
  }
}
