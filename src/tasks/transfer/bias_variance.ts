/** The course's four outcomes of comparing human-level, training and dev error. */
export type BiasVarianceDiagnosis =
  'high-bias' | 'high-variance' | 'high-bias-and-variance' | 'fine';

export interface BiasVarianceInput {
  /** Human-level error, the proxy for Bayes error, 0..1. */
  humanError: number;
  /** Error on the training set, 0..1. */
  trainError: number;
  /** Error on the dev set, 0..1. */
  devError: number;
  /** A gap larger than this (in error, 0..1) counts as "high"; default 0.01 (1 point). */
  tolerance?: number;
}

export interface BiasVarianceReadout {
  /** trainError - humanError: what better fitting could still remove. */
  avoidableBias: number;
  /** devError - trainError: how much worse the model does on data it has not seen. */
  variance: number;
  diagnosis: BiasVarianceDiagnosis;
  /** Which of the two gaps is larger, so which to work on first; null when both are small. */
  focus: 'bias' | 'variance' | null;
}

/**
 * Bias vs variance (course 2, week 1; course 3, week 1): avoidable bias = train - human error,
 * variance = dev - train error. E.g. human 0%, train 1%, dev 11%: high variance; train 15%,
 * dev 16%: high bias; train 15%, dev 30%: both; train 0.5%, dev 1%: fine.
 */
export function diagnoseBiasVariance({
  humanError,
  trainError,
  devError,
  tolerance = 0.01,
}: BiasVarianceInput): BiasVarianceReadout {
  for (const [name, value] of Object.entries({ humanError, trainError, devError })) {
    if (!(value >= 0 && value <= 1)) {
      throw new RangeError(
        `diagnoseBiasVariance: ${name} must be an error rate in 0..1, got ${value}.`,
      );
    }
  }
  const avoidableBias = trainError - humanError;
  const variance = devError - trainError;
  // The epsilon keeps 0.1 - 0.08 (= 0.020000000000000004) from counting as more than 0.02.
  const highBias = avoidableBias > tolerance + 1e-12;
  const highVariance = variance > tolerance + 1e-12;
  const diagnosis: BiasVarianceDiagnosis =
    highBias && highVariance
      ? 'high-bias-and-variance'
      : highBias
        ? 'high-bias'
        : highVariance
          ? 'high-variance'
          : 'fine';
  const focus = diagnosis === 'fine' ? null : avoidableBias >= variance ? 'bias' : 'variance';
  return { avoidableBias, variance, diagnosis, focus };
}
