import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTraining, type TrainingSample } from './run_training';
import { seededRandom } from '../../core/random/seeded_random';
import { trainDevTestSplit } from './train_dev_test_split';
import { defaultTransferOptions, type TransferOptions } from './transfer_options';

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

const options: TransferOptions = { ...defaultTransferOptions, epochs: 25, learningRate: 0.05 };
const noYield = () => Promise.resolve();

describe('runTraining', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('splits 6:2:2, trains, evaluates the dev set and reports the test set, leaking no tensors', async () => {
    const before = tf.memory().numTensors;
    const epochs: number[] = [];
    const run = await runTraining(samples(3, 10), 3, options, {
      onEpoch: (r) => epochs.push(r.epoch),
      yieldToUi: noYield,
    });
    expect(tf.memory().numTensors).toBe(before);
    expect(run.trainCount).toBe(18); // 60% of 10 per class, times 3 classes
    expect(run.devIds).toHaveLength(6); // 20%
    expect(run.testIds).toHaveLength(6); // 20%
    expect(new Set([...run.devIds, ...run.testIds]).size).toBe(12);
    expect(run.weights.kernel).toHaveLength(8 * 3);
    expect(run.evaluation.matrix.flat().reduce((a, b) => a + b, 0)).toBe(6);
    expect(run.evaluation.metrics.accuracy).toBe(1);
    expect(run.evaluation.metrics.macro.f1).toBe(1);
    expect(run.evaluation.biasVariance?.diagnosis).toBe('fine');
    expect(run.test?.matrix.flat().reduce((a, b) => a + b, 0)).toBe(6);
    expect(run.test?.metrics.accuracy).toBe(1);
    expect(epochs[0]).toBe(0);
  });

  it('never reads the test samples for training, early stopping or the dev metrics', async () => {
    const all = samples(3, 10);
    const fractions = { dev: options.devFraction, test: options.testFraction };
    const testIds = new Set(
      trainDevTestSplit(all, fractions, options.seed).test.map((i) => all[i]!.id),
    );
    // The test samples' features swapped for another class's pattern (ids and labels kept, so
    // the split is the same): only the test report may change.
    const swapped = all.map((s) =>
      testIds.has(s.id)
        ? {
            ...s,
            features: [
              Float32Array.from({ length: 8 }, (_, j) => (j === (s.label + 1) % 3 ? 1 : 0)),
            ],
          }
        : s,
    );
    // No dropout: its masks are not seeded, so two runs would differ anyway.
    const withEarlyStopping = { ...options, dropout: 0, earlyStopping: true, patience: 2 };
    const a = await runTraining(all, 3, withEarlyStopping, { yieldToUi: noYield });
    const b = await runTraining(swapped, 3, withEarlyStopping, { yieldToUi: noYield });
    expect(new Set(b.testIds)).toEqual(testIds);
    expect(b.outcome.history).toEqual(a.outcome.history);
    expect(b.outcome.bestEpoch).toBe(a.outcome.bestEpoch);
    expect(b.weights).toEqual(a.weights);
    expect(b.evaluation).toEqual(a.evaluation);
    expect(a.test?.metrics.accuracy).toBe(1);
    expect(b.test?.metrics.accuracy).toBe(0);
  });

  it('has no test report without a test set', async () => {
    const run = await runTraining(
      samples(2, 6),
      2,
      { ...options, epochs: 2, testFraction: 0 },
      {
        yieldToUi: noYield,
      },
    );
    expect(run.testIds).toEqual([]);
    expect(run.test).toBeNull();
  });
});
