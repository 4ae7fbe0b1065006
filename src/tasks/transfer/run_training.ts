import * as tf from '@tensorflow/tfjs-core';
import { classificationMetrics, type ClassificationMetrics } from './classification_metrics';
import { confusionMatrix } from './confusion_matrix';
import { featureSize } from './transfer_features';
import { evaluateDev, type DevEvaluation } from './dev_evaluation';
import { SoftmaxHead, type HeadWeights } from './softmax_head';
import { trainHead, type EpochRecord, type HeadTrainingOutcome } from './train_head';
import { trainDevTestSplit } from './train_dev_test_split';
import { headTrainingOptions, type TransferOptions } from './transfer_options';

/** A sample as training sees it: its id, class index (0..k-1) and feature vectors. */
export interface TrainingSample {
  id: string;
  label: number;
  /** [0]: the picture itself; then its augmented copies. */
  features: Float32Array[];
}

/** The test set's report: made once, after training, and used for no choice. */
export interface TestReport {
  /** [actual][predicted] over the test set. */
  matrix: number[][];
  metrics: ClassificationMetrics;
}

export interface TrainingRun {
  weights: HeadWeights;
  outcome: HeadTrainingOutcome;
  /** Sample ids of the dev set, in the order of `evaluation`'s indices. */
  devIds: string[];
  /** Sample ids of the test set. */
  testIds: string[];
  trainCount: number;
  evaluation: DevEvaluation;
  /** null without a test set. */
  test: TestReport | null;
}

/**
 * One training run, top to bottom: stratified train / dev / test split, a new softmax head on the
 * frozen features, mini-batch training with the chosen optimiser (early stopping reads the dev
 * set), the dev set's evaluation, then the test set's report. The test set is read only in that
 * last step, so no choice (epochs, early stopping, the options a user compares on dev) sees it.
 */
export async function runTraining(
  samples: readonly TrainingSample[],
  classCount: number,
  options: TransferOptions,
  hooks: {
    onEpoch?: (r: EpochRecord) => void;
    signal?: AbortSignal;
    yieldToUi?: () => Promise<void>;
  } = {},
): Promise<TrainingRun> {
  const split = trainDevTestSplit(
    samples,
    { dev: options.devFraction, test: options.testFraction },
    options.seed,
  );
  const train = split.train.map((i) => samples[i]!);
  const dev = split.dev.map((i) => samples[i]!);
  const head = SoftmaxHead.initial(
    samples[0]?.features[0]?.length ?? featureSize,
    classCount,
    options.seed,
  );
  try {
    const outcome = await trainHead(head, train, dev, headTrainingOptions(options), hooks);
    const best = outcome.history[outcome.bestEpoch];
    const evaluation = evaluateDev(
      dev.map((s) => s.label),
      probabilities(head, dev),
      classCount,
      best?.trainAccuracy ?? 0,
      options.humanError,
    );
    // Only now, with every choice made, is the test set read.
    const test = split.test.map((i) => samples[i]!);
    return {
      weights: head.weights(),
      outcome,
      devIds: dev.map((s) => s.id),
      testIds: test.map((s) => s.id),
      trainCount: train.length,
      evaluation,
      test: test.length === 0 ? null : testReport(head, test, classCount),
    };
  } finally {
    head.dispose();
  }
}

/** ŷ of each sample's original picture, [m][k]. */
function probabilities(head: SoftmaxHead, set: readonly TrainingSample[]): number[][] {
  if (set.length === 0) return [];
  return tf.tidy(
    () =>
      head
        .probabilities(tf.tensor2d(set.map((s) => Array.from(s.features[0]!))))
        .arraySync() as number[][],
  );
}

function testReport(
  head: SoftmaxHead,
  test: readonly TrainingSample[],
  classCount: number,
): TestReport {
  const predicted = probabilities(head, test).map((p) => p.indexOf(Math.max(...p)));
  const matrix = confusionMatrix(
    test.map((s) => s.label),
    predicted,
    classCount,
  );
  return { matrix, metrics: classificationMetrics(matrix) };
}
