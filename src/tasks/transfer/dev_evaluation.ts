import { diagnoseBiasVariance, type BiasVarianceReadout } from './bias_variance';
import { classificationMetrics, type ClassificationMetrics } from './classification_metrics';
import { confusionMatrix } from './confusion_matrix';

/** A dev example the head got wrong, for error analysis. */
export interface Misclassified {
  /** Index of the example in the dev set. */
  index: number;
  actual: number;
  predicted: number;
  /** ŷ of the predicted class, 0..1. */
  confidence: number;
}

export interface DevEvaluation {
  /** [actual][predicted] over the dev set. */
  matrix: number[][];
  metrics: ClassificationMetrics;
  misclassified: Misclassified[];
  /** null without a dev set. */
  biasVariance: BiasVarianceReadout | null;
}

/**
 * The course's look at a trained model: confusion matrix, precision / recall / F1 on the dev set,
 * the dev examples it got wrong (most confident first), and bias vs variance from the train and
 * dev errors against human-level error.
 */
export function evaluateDev(
  devLabels: readonly number[],
  devProbabilities: readonly (readonly number[])[],
  classCount: number,
  trainAccuracy: number,
  humanError: number,
): DevEvaluation {
  const predicted = devProbabilities.map((p) => p.indexOf(Math.max(...p)));
  const matrix = confusionMatrix(devLabels, predicted, classCount);
  const metrics = classificationMetrics(matrix);
  const misclassified = predicted
    .map((p, index) => ({
      index,
      actual: devLabels[index]!,
      predicted: p,
      confidence: devProbabilities[index]![p]!,
    }))
    .filter((m) => m.actual !== m.predicted)
    .sort((a, b) => b.confidence - a.confidence);
  const biasVariance =
    devLabels.length === 0
      ? null
      : diagnoseBiasVariance({
          humanError,
          trainError: 1 - trainAccuracy,
          devError: 1 - metrics.accuracy,
        });
  return { matrix, metrics, misclassified, biasVariance };
}
