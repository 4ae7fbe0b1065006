import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { optimiserKinds } from './optimisers';
import { seededRandom } from '../../core/random/seeded_random';
import { SoftmaxHead } from './softmax_head';
import { trainHead, type HeadTrainingOptions, type LabelledFeatures } from './train_head';

/** k well-separated Gaussian clusters in d dimensions, `per` examples each, with noisy copies. */
function clusters(k: number, d: number, per: number, seed: number): LabelledFeatures[] {
  const random = seededRandom(seed);
  // Centre of class c: 2 on axis c, small random values elsewhere.
  const centres = Array.from({ length: k }, (_, c) =>
    Float32Array.from({ length: d }, (_, i) => (i === c ? 2 : (random() - 0.5) * 0.4)),
  );
  const noisy = (c: Float32Array) => c.map((v) => v + (random() - 0.5) * 0.4);
  return centres.flatMap((c, label) =>
    Array.from({ length: per }, () => ({ label, features: [noisy(c), noisy(c)] })),
  );
}

const options: HeadTrainingOptions = {
  epochs: 30,
  batchSize: 8,
  learningRate: 0.05,
  decay: { kind: 'inverse-time', decayRate: 0.05 },
  optimiser: 'adam',
  l2: 0.01,
  dropout: 0.1,
  earlyStopping: null,
  seed: 1,
};
const noYield = () => Promise.resolve();

describe('trainHead on synthetic separable features', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each([
    { optimiser: 'sgd', learningRate: 0.5 },
    { optimiser: 'momentum', learningRate: 0.1 },
    { optimiser: 'rmsprop', learningRate: 0.01 },
    { optimiser: 'adam', learningRate: 0.05 },
  ] as const)('converges with $optimiser', async ({ optimiser, learningRate }) => {
    expect(optimiserKinds).toContain(optimiser);
    const all = clusters(4, 16, 13, 2);
    const train = all.filter((_, i) => i % 13 < 10);
    const dev = all.filter((_, i) => i % 13 >= 10);
    const head = SoftmaxHead.initial(16, 4, 3);
    const outcome = await trainHead(
      head,
      train,
      dev,
      { ...options, optimiser, learningRate },
      { yieldToUi: noYield },
    );
    head.dispose();
    const first = outcome.history[0]!;
    const last = outcome.history.at(-1)!;
    expect(outcome.history).toHaveLength(30);
    expect(last.trainLoss).toBeLessThan(first.trainLoss * 0.5);
    expect(last.trainAccuracy).toBe(1);
    expect(last.devAccuracy).toBe(1);
  });

  it('decays the learning rate per epoch: α0 / (1 + decay_rate * epoch)', async () => {
    const head = SoftmaxHead.initial(16, 4, 3);
    const { history } = await trainHead(
      head,
      clusters(4, 16, 4, 5),
      [],
      { ...options, epochs: 3 },
      { yieldToUi: noYield },
    );
    head.dispose();
    expect(history.map((h) => h.learningRate)).toEqual([0.05, 0.05 / 1.05, 0.05 / 1.1]);
    expect(history[0]!.devLoss).toBeNaN();
  });

  it('stops early when the dev loss stops falling, keeping the best epoch', async () => {
    // Dev labels contradict the training labels, so the dev loss rises as the head learns.
    const train = clusters(2, 8, 10, 4);
    const dev = train.slice(0, 6).map((s) => ({ label: 1 - s.label, features: s.features }));
    const head = SoftmaxHead.initial(8, 2, 3);
    const outcome = await trainHead(
      head,
      train,
      dev,
      { ...options, earlyStopping: { patience: 3 } },
      { yieldToUi: noYield },
    );
    const kept = head.weights();
    head.dispose();
    expect(outcome.stoppedEarly).toBe(true);
    expect(outcome.history.length).toBe(outcome.bestEpoch + 4);
    expect(kept.kernel.length).toBe(16);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const head = SoftmaxHead.initial(16, 4, 3);
    const outcome = await trainHead(head, clusters(4, 16, 10, 2), [], options, {
      yieldToUi: noYield,
      signal: controller.signal,
      onEpoch: (r) => r.epoch === 1 && controller.abort(),
    });
    head.dispose();
    expect(outcome.stoppedByUser).toBe(true);
    expect(outcome.history).toHaveLength(2);
  });

  it('yields to the UI once its time slice has passed, not after every mini-batch', async () => {
    // 40 examples (20 samples x 2 copies) in mini-batches of 8: 5 a epoch, 15 in 3 epochs.
    const yieldsWith = async (sliceMs: number | undefined) => {
      let yields = 0;
      let clock = 0;
      const head = SoftmaxHead.initial(16, 4, 3);
      await trainHead(
        head,
        clusters(4, 16, 5, 2),
        [],
        { ...options, epochs: 3 },
        {
          yieldToUi: async () => void yields++,
          // The trainer reads the clock once after each mini-batch (and after each yield).
          now: () => (clock += 10),
          sliceMs,
        },
      );
      head.dispose();
      return yields;
    };
    expect(await yieldsWith(0)).toBe(15);
    // 30 ms: a yield every third mini-batch.
    expect(await yieldsWith(undefined)).toBe(5);
    expect(await yieldsWith(1000)).toBe(0);
  });

  it('leaks no tensors', async () => {
    const before = tf.memory().numTensors;
    const head = SoftmaxHead.initial(16, 4, 3);
    await trainHead(
      head,
      clusters(4, 16, 5, 2),
      clusters(4, 16, 2, 9),
      { ...options, epochs: 3, optimiser: 'momentum', earlyStopping: { patience: 1 } },
      { yieldToUi: noYield },
    );
    head.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects feature vectors of the wrong length and an empty training set', async () => {
    const head = SoftmaxHead.initial(16, 4, 3);
    await expect(trainHead(head, clusters(2, 8, 2, 1), [], options)).rejects.toThrow(
      'A feature vector has 8 values; the head takes 16.',
    );
    await expect(trainHead(head, [], [], options)).rejects.toThrow(
      'There are no training examples',
    );
    head.dispose();
  });
});

describe('SoftmaxHead', () => {
  it('computes softmax(x W + b) and round-trips its weights', () => {
    const head = new SoftmaxHead({
      inputSize: 2,
      classCount: 2,
      kernel: Float32Array.from([1, 0, 0, 1]),
      bias: Float32Array.from([0, Math.log(2)]),
    });
    const p = tf.tidy(() => head.probabilities(tf.tensor2d([[0, 0]])).arraySync());
    expect(p[0]![0]).toBeCloseTo(1 / 3, 6);
    expect(p[0]![1]).toBeCloseTo(2 / 3, 6);
    expect(Array.from(head.weights().kernel)).toEqual([1, 0, 0, 1]);
    head.dispose();
  });

  it('is a tf.layers Sequential: Dropout, then Dense(k, softmax) with an L2 kernel regulariser', () => {
    const head = SoftmaxHead.initial(4, 3, 1, { dropout: 0.25, l2: 0.01 });
    const config = head.model.getConfig() as unknown as {
      layers: { className: string; config: Record<string, unknown> }[];
    };
    expect(config.layers.map((l) => l.className)).toEqual(['Dropout', 'Dense']);
    expect(config.layers[0]!.config['rate']).toBe(0.25);
    expect(config.layers[1]!.config).toMatchObject({ units: 3, activation: 'softmax' });
    expect(config.layers[1]!.config['kernelRegularizer']).toMatchObject({
      className: 'L1L2',
      config: { l2: 0.01 },
    });
    // predict (dropout off) equals softmax of x W + b
    const [a, b] = tf.tidy(() => {
      const x = tf.tensor2d([[1, -2, 0.5, 3]]);
      return [head.probabilities(x).arraySync(), tf.softmax(head.logits(x)).arraySync()];
    });
    expect(a[0]![0]).toBeCloseTo(b[0]![0]!, 6);
    expect(a[0]![2]).toBeCloseTo(b[0]![2]!, 6);
    head.dispose();
  });

  it('rejects weights of the wrong size', () => {
    expect(
      () =>
        new SoftmaxHead({
          inputSize: 3,
          classCount: 2,
          kernel: new Float32Array(5),
          bias: new Float32Array(2),
        }),
    ).toThrow('A head of 3 features and 2 classes needs 6 kernel and 2 bias values, got 5 and 2.');
  });
});
