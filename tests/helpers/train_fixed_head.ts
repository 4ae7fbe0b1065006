import type { SoftmaxHead } from '../../src/tasks/transfer/softmax_head';
import {
  trainHead,
  type HeadTrainingOptions,
  type LabelledFeatures,
} from '../../src/tasks/transfer/train_head';

/** The fixed, seeded run the model tests train a head with: 40 epochs of Adam, no dev set. */
export const fixedHeadOptions: HeadTrainingOptions = {
  epochs: 40,
  batchSize: 16,
  learningRate: 0.01,
  decay: { kind: 'none' },
  optimiser: 'adam',
  l2: 0.01,
  dropout: 0,
  earlyStopping: null,
  seed: 1,
};

/** Trains `head` on `train` with `fixedHeadOptions`, without yielding to a UI. */
export async function trainFixedHead(
  head: SoftmaxHead,
  train: readonly LabelledFeatures[],
): Promise<void> {
  await trainHead(head, train, [], fixedHeadOptions, { yieldToUi: () => Promise.resolve() });
}
