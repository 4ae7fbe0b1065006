import type { AugmentationOptions } from './augment_views';
import type { HeadTrainingOptions } from './train_head';
import type { OptimiserKind } from './optimisers';

/** Every choice the user makes before training, with the defaults the lab starts from. */
export interface TransferOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  decay: 'none' | 'inverse-time' | 'exponential';
  /** inverse-time: α0 / (1 + r·epoch); exponential: α0 · (1 − r)^epoch. */
  decayRate: number;
  optimiser: OptimiserKind;
  l2: number;
  dropout: number;
  /** Fraction of each class's samples held out as the dev set (for choices: early stopping, runs). */
  devFraction: number;
  /** Fraction of each class's samples held out as the test set, reported once, used for no choice. */
  testFraction: number;
  earlyStopping: boolean;
  patience: number;
  augmentation: AugmentationOptions;
  /** Human-level error, the Bayes-error estimate for the bias/variance readout, 0..1. */
  humanError: number;
  /** N of the satisficing metric "time per frame ≤ N ms" (the optimising one is dev F1). */
  maxFrameMs: number;
  seed: number;
}

export const defaultTransferOptions: TransferOptions = {
  epochs: 30,
  batchSize: 16,
  learningRate: 0.01,
  decay: 'inverse-time',
  decayRate: 0.05,
  optimiser: 'adam',
  l2: 0.01,
  dropout: 0.2,
  // The course's 60 / 20 / 20 for a small data set.
  devFraction: 0.2,
  testFraction: 0.2,
  earlyStopping: true,
  patience: 5,
  augmentation: { flip: true, crop: true, brightness: false, copies: 2 },
  humanError: 0,
  // The course's cat classifier: running time ≤ 100 ms.
  maxFrameMs: 100,
  seed: 1,
};

/** The saved options over the defaults, so options added later get their default. */
export function withDefaults(saved: Record<string, unknown>): TransferOptions {
  const augmentation = {
    ...defaultTransferOptions.augmentation,
    ...(saved['augmentation'] as object | undefined),
  };
  return { ...defaultTransferOptions, ...(saved as Partial<TransferOptions>), augmentation };
}

/** The trainer's options for the lab's choices. */
export function headTrainingOptions(o: TransferOptions): HeadTrainingOptions {
  return {
    epochs: o.epochs,
    batchSize: o.batchSize,
    learningRate: o.learningRate,
    decay:
      o.decay === 'inverse-time'
        ? { kind: 'inverse-time', decayRate: o.decayRate }
        : o.decay === 'exponential'
          ? { kind: 'exponential', base: 1 - o.decayRate }
          : { kind: 'none' },
    optimiser: o.optimiser,
    l2: o.l2,
    dropout: o.dropout,
    earlyStopping: o.earlyStopping ? { patience: o.patience } : null,
    seed: o.seed,
  };
}
