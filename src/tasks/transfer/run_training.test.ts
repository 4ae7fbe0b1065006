import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTraining, type TrainingSample } from './run_training';
import { seededRandom } from '../../core/random/seeded_random';
import { defaultTransferOptions } from './transfer_options';

function samples(k: number, per: number): TrainingSample[] {
  const random = seededRandom(3);
  return Array.from({ length: k * per }, (_, i) => {
    const label = i % k;
    const f = Float32Array.from(
      { length: 8 },
      (_, j) => (j === label ? 1 : 0) + (random() - 0.5) * 0.3,
    );
    return { id: `s${i}`, label, features: [f] };
  });
}

describe('runTraining', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('splits, trains and evaluates the dev set without leaking tensors', async () => {
    const before = tf.memory().numTensors;
    const epochs: number[] = [];
    const run = await runTraining(
      samples(3, 8),
      3,
      { ...defaultTransferOptions, epochs: 25, learningRate: 0.05 },
      {
        onEpoch: (r) => epochs.push(r.epoch),
        yieldToUi: () => Promise.resolve(),
      },
    );
    expect(tf.memory().numTensors).toBe(before);
    expect(run.devIds).toHaveLength(6); // 25% of 8 per class = 2, times 3 classes
    expect(run.trainCount).toBe(18);
    expect(run.weights.kernel).toHaveLength(8 * 3);
    expect(run.evaluation.matrix.flat().reduce((a, b) => a + b, 0)).toBe(6);
    expect(run.evaluation.metrics.accuracy).toBe(1);
    expect(run.evaluation.biasVariance?.diagnosis).toBe('fine');
    expect(epochs[0]).toBe(0);
  });
});
