import * as tf from '@tensorflow/tfjs-core';
import { featureSize } from './transfer_features';
import { evaluateDev, type DevEvaluation } from './dev_evaluation';
import { SoftmaxHead, type HeadWeights } from './softmax_head';
import { trainHead, type EpochRecord, type HeadTrainingOutcome } from './train_head';
import { trainDevSplit } from './train_dev_split';
import { headTrainingOptions, type TransferOptions } from './transfer_options';

/** A sample as training sees it: its id, class index (0..k-1) and feature vectors. */
export interface TrainingSample {
  id: string;
  label: number;
  /** [0]: the picture itself; then its augmented copies. */
  features: Float32Array[];
}

export interface TrainingRun {
  weights: HeadWeights;
  outcome: HeadTrainingOutcome;
  /** Sample ids of the dev set, in the order of `evaluation`'s indices. */
  devIds: string[];
  trainCount: number;
  evaluation: DevEvaluation;
}

/**
 * One training run, top to bottom: stratified train / dev split, a new softmax head on the frozen
 * features, mini-batch training with the chosen optimiser, then the dev set's evaluation.
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
  const split = trainDevSplit(
    samples.map((s) => s.label),
    options.devFraction,
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
    const devProbabilities = tf.tidy(() =>
      dev.length === 0
        ? []
        : (head
            .probabilities(tf.tensor2d(dev.map((s) => Array.from(s.features[0]!))))
            .arraySync() as number[][]),
    );
    const best = outcome.history[outcome.bestEpoch];
    const evaluation = evaluateDev(
      dev.map((s) => s.label),
      devProbabilities,
      classCount,
      best?.trainAccuracy ?? 0,
      options.humanError,
    );
    return {
      weights: head.weights(),
      outcome,
      devIds: dev.map((s) => s.id),
      trainCount: train.length,
      evaluation,
    };
  } finally {
    head.dispose();
  }
}
