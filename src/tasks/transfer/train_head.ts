import * as tf from '@tensorflow/tfjs-core';
// tfjs-core alone registers no gradients; the head needs those of its ops.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { earlyStopping, type EarlyStoppingRule } from './early_stopping';
import { decayedLearningRate, type LearningRateDecay } from './learning_rate_decay';
import { miniBatches } from './mini_batches';
import {
  createOptimiser,
  disposeOptimiser,
  setLearningRate,
  type OptimiserKind,
} from './optimisers';
import { seededRandom } from '../../core/random/seeded_random';
import { headCost, SoftmaxHead, type HeadWeights } from './softmax_head';

/** The hyper-parameters of one training run. */
export interface HeadTrainingOptions {
  epochs: number;
  /** Mini-batch size (examples per gradient step). */
  batchSize: number;
  /** α0, the learning rate of epoch 0. */
  learningRate: number;
  decay: LearningRateDecay;
  optimiser: OptimiserKind;
  /** λ of the L2 term λ/(2m) ||W||². */
  l2: number;
  /** Fraction of features dropped (inverted dropout) in training, 0..1. */
  dropout: number;
  /** Stop when the dev loss has not improved for `patience` epochs; null to run every epoch. */
  earlyStopping: EarlyStoppingRule | null;
  /** Seeds the mini-batch shuffles. */
  seed: number;
}

/** One example: its class and feature vectors, [0] from the original image, then augmented copies. */
export interface LabelledFeatures {
  label: number;
  features: readonly Float32Array[];
}

/** Per-epoch curves; losses are the mean cross-entropy (without the L2 term), accuracies 0..1. */
export interface EpochRecord {
  epoch: number;
  learningRate: number;
  trainLoss: number;
  trainAccuracy: number;
  /** NaN when there is no dev set. */
  devLoss: number;
  devAccuracy: number;
}

export interface HeadTrainingOutcome {
  history: EpochRecord[];
  /** The epoch whose parameters the head holds at the end (the best dev loss with early stopping). */
  bestEpoch: number;
  stoppedEarly: boolean;
  stoppedByUser: boolean;
  milliseconds: number;
}

export interface HeadTrainingHooks {
  onEpoch?: (record: EpochRecord) => void;
  /** Abort to stop after the current mini-batch; the head keeps what it has learnt. */
  signal?: AbortSignal;
  /**
   * Awaited between mini-batches once `sliceMs` of training have passed since the last time, so
   * the page stays responsive; default a macrotask.
   */
  yieldToUi?: () => Promise<void>;
  /**
   * How long training runs before it yields (default 30 ms: tasks stay under the 50 ms of a long
   * task). Not after every mini-batch: each yield lets the page render a frame, and on 2 loaded
   * cores a frame costs more than a mini-batch (training on 500 samples took 34 s, 21 ms a
   * mini-batch, against 3 ms without the page).
   */
  sliceMs?: number;
  now?: () => number;
}

/**
 * Trains the head (only W and b: the backbone is frozen, its features precomputed) with
 * mini-batch gradient descent on J = cross-entropy + λ/(2m)||W||². A copy of the head with
 * dropout and the L2 regulariser (c = λ / 2m, m the mini-batch size, as in the course's
 * mini-batch cost J^{t}) is compiled with the chosen
 * tf.train optimiser and trained with `trainOnBatch` on our own mini-batches, yielding to the UI
 * between batches every `sliceMs`. The training set uses every augmented copy; the dev set only the original
 * images. Updates `head` in place (to the best epoch's W, b with early stopping).
 */
export async function trainHead(
  head: SoftmaxHead,
  train: readonly LabelledFeatures[],
  dev: readonly LabelledFeatures[],
  options: HeadTrainingOptions,
  hooks: HeadTrainingHooks = {},
): Promise<HeadTrainingOutcome> {
  const now = hooks.now ?? (() => performance.now());
  const yieldToUi = hooks.yieldToUi ?? nextTask;
  const sliceMs = hooks.sliceMs ?? 30;
  const start = now();
  let lastYield = start;
  if (train.length === 0)
    throw new Error('There are no training examples: record some samples first.');
  const d = head.inputSize;
  const k = head.classCount;
  const trainSet = stack(
    train.flatMap((s) => s.features.map((f) => ({ f, label: s.label }))),
    d,
    k,
  );
  const trainOriginals = stack(
    train.map((s) => ({ f: s.features[0]!, label: s.label })),
    d,
    k,
  );
  const devSet =
    dev.length > 0
      ? stack(
          dev.map((s) => ({ f: s.features[0]!, label: s.label })),
          d,
          k,
        )
      : null;
  const optimiser = createOptimiser(options.optimiser, options.learningRate);
  let trainer: SoftmaxHead | null = null;
  const random = seededRandom(options.seed);
  const history: EpochRecord[] = [];
  let best: { epoch: number; weights: HeadWeights } | null = null;
  let stoppedEarly = false;
  let stoppedByUser = false;
  const indices = Array.from({ length: trainSet.m }, (_, i) => i);
  try {
    trainer = new SoftmaxHead(head.weights(), {
      dropout: options.dropout,
      l2: options.l2 / (2 * Math.min(options.batchSize, trainSet.m)),
    });
    trainer.model.compile({ optimizer: optimiser, loss: 'categoricalCrossentropy' });
    for (let epoch = 0; epoch < options.epochs && !stoppedByUser; epoch++) {
      const learningRate = decayedLearningRate(options.learningRate, options.decay, epoch);
      setLearningRate(optimiser, learningRate);
      for (const batch of miniBatches(indices, options.batchSize, random)) {
        if (hooks.signal?.aborted) {
          stoppedByUser = true;
          break;
        }
        const [x, y] = tf.tidy(() => {
          const rows = tf.tensor1d(batch, 'int32');
          return [tf.gather(trainSet.x, rows), tf.gather(trainSet.oneHot, rows)];
        });
        try {
          await trainer.model.trainOnBatch(x, y);
        } finally {
          tf.dispose([x, y]);
        }
        if (now() - lastYield >= sliceMs) {
          await yieldToUi();
          lastYield = now();
        }
      }
      if (stoppedByUser) break;
      const trainEval = evaluate(trainer, trainOriginals);
      const devEval = devSet ? evaluate(trainer, devSet) : { loss: NaN, accuracy: NaN };
      const record: EpochRecord = {
        epoch,
        learningRate,
        trainLoss: trainEval.loss,
        trainAccuracy: trainEval.accuracy,
        devLoss: devEval.loss,
        devAccuracy: devEval.accuracy,
      };
      history.push(record);
      hooks.onEpoch?.(record);
      if (options.earlyStopping && devSet) {
        const verdict = earlyStopping(
          history.map((h) => h.devLoss),
          options.earlyStopping,
        );
        if (verdict.bestEpoch === epoch) best = { epoch, weights: trainer.weights() };
        if (verdict.stop) {
          stoppedEarly = true;
          break;
        }
      }
    }
    head.assign(best && best.epoch !== history.length - 1 ? best.weights : trainer.weights());
  } finally {
    trainer?.dispose();
    disposeOptimiser(optimiser);
    for (const set of [trainSet, trainOriginals, devSet])
      if (set) tf.dispose([set.x, set.y, set.oneHot]);
  }
  return {
    history,
    bestEpoch: best?.epoch ?? history.length - 1,
    stoppedEarly,
    stoppedByUser,
    milliseconds: now() - start,
  };
}

/**
 * Resolves in a new task, so input (a Stop click) and rendering get their turn. A MessageChannel
 * message, not setTimeout(0): browsers clamp nested timeouts to 4 ms, which over 140 mini-batches
 * costs more than half a second.
 */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

interface Stacked {
  x: tf.Tensor2D; // [m, d]
  y: tf.Tensor1D; // [m] class indices
  oneHot: tf.Tensor2D; // [m, k]
  m: number;
}

function stack(rows: { f: Float32Array; label: number }[], d: number, k: number): Stacked {
  const data = new Float32Array(rows.length * d);
  rows.forEach(({ f }, i) => {
    if (f.length !== d)
      throw new RangeError(`A feature vector has ${f.length} values; the head takes ${d}.`);
    data.set(f, i * d);
  });
  const y = tf.tensor1d(
    rows.map((r) => r.label),
    'int32',
  );
  return {
    x: tf.tensor2d(data, [rows.length, d]),
    y,
    oneHot: tf.oneHot(y, k) as tf.Tensor2D,
    m: rows.length,
  };
}

function evaluate(head: SoftmaxHead, set: Stacked): { loss: number; accuracy: number } {
  const [loss, accuracy] = tf.tidy(() => {
    const logits = head.logits(set.x);
    const right = tf.equal(tf.argMax(logits, 1), set.y);
    return [
      headCost(logits, set.y, head.kernel, 0).dataSync()[0]!,
      tf.mean(tf.cast(right, 'float32')).dataSync()[0]!,
    ];
  });
  return { loss: loss!, accuracy: accuracy! };
}
