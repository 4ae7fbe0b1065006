import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createOptimiser,
  disposeOptimiser,
  setLearningRate,
  type OptimiserKind,
} from './optimisers';

/** w after two steps of the optimiser (α = 0.1) on J(w), from w = 1. */
function twoSteps(kind: OptimiserKind, cost: (w: tf.Variable) => tf.Scalar): number {
  const w = tf.tidy(() => tf.variable(tf.scalar(1)));
  const optimiser = createOptimiser(kind, 0.1);
  for (let t = 1; t <= 2; t++) optimiser.minimize(() => cost(w));
  const value = w.dataSync()[0]!;
  disposeOptimiser(optimiser);
  w.dispose();
  return value;
}

/** J = w² / 2, so dW = w. */
const half = (w: tf.Variable) => tf.mul(0.5, tf.square(w)) as tf.Scalar;
/** J = 10⁻⁶ w, so dW = 10⁻⁶ at every step: a gradient small enough for ε to matter. */
const tiny = (w: tf.Variable) => tf.mul(1e-6, w) as tf.Scalar;

describe('the optimisers follow the course (course 2, week 2), α = 0.1', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each([
    // W := W − α dW: 1 − 0.1·1 = 0.9, 0.9 − 0.1·0.9 = 0.81
    { kind: 'sgd', cost: half, w2: 0.81 },
    // v = βv + (1 − β)dW, W := W − αv with β = 0.9:
    // v1 = 0.1·1 = 0.1, w1 = 1 − 0.01 = 0.99; v2 = 0.09 + 0.1·0.99 = 0.189, w2 = 0.99 − 0.0189.
    // (TF.js's own v = βv + dW gives w1 = 0.9, w2 = 0.9 − 0.1·1.8 = 0.72.)
    { kind: 'momentum', cost: half, w2: 0.9711 },
    // S = β2 S + (1 − β2)dW², W := W − α dW / (√S + ε), β2 = 0.9, ε = 1e-8, dW = 1e-6:
    // S_t = (1 − 0.9^t)·1e-12, so w2 = 1 − 0.1·1e-6·(1/(√0.1e-6 + 1e-8) + 1/(√0.19e-6 + 1e-8)).
    // (ε inside the root, TF.js's dW / √(S + ε), would step only about 0.1·1e-6/1e-4 = 1e-3.)
    {
      kind: 'rmsprop',
      cost: tiny,
      w2: 1 - 0.1e-6 * (1 / (Math.sqrt(0.1e-12) + 1e-8) + 1 / (Math.sqrt(0.19e-12) + 1e-8)),
    },
    // Adam, β1 = 0.9, β2 = 0.999, with bias correction v̂ = v / (1 − β1^t), Ŝ = S / (1 − β2^t):
    // t = 1: v̂ = 1, Ŝ = 1, w1 = 0.9; t = 2: dW = 0.9, v = 0.09 + 0.09 = 0.18, v̂ = 0.18 / 0.19,
    // S = 0.000999 + 0.001·0.81 = 0.001809, Ŝ = 0.001809 / 0.001999, w2 = 0.9 − 0.1·v̂ / (√Ŝ + ε).
    { kind: 'adam', cost: half, w2: 0.9 - (0.1 * (0.18 / 0.19)) / Math.sqrt(0.001809 / 0.001999) },
  ] as const)('$kind: w after two steps is $w2', ({ kind, cost, w2 }) => {
    expect(twoSteps(kind, cost)).toBeCloseTo(w2, 5); // float32
  });

  it("momentum's steps differ from TF.js's plain v = βv + dW", () => {
    expect(twoSteps('momentum', half)).not.toBeCloseTo(0.72, 2);
  });

  it.each(['sgd', 'momentum', 'rmsprop', 'adam'] as const)(
    '%s: setLearningRate changes α for the next step',
    (kind) => {
      const w = tf.tidy(() => tf.variable(tf.scalar(1)));
      const optimiser = createOptimiser(kind, 0.1);
      setLearningRate(optimiser, 0);
      optimiser.minimize(() => half(w));
      expect(w.dataSync()[0]).toBe(1);
      disposeOptimiser(optimiser);
      w.dispose();
    },
  );

  it.each(['sgd', 'momentum', 'rmsprop', 'adam'] as const)('%s leaks no tensors', (kind) => {
    const before = tf.memory().numTensors;
    twoSteps(kind, half);
    expect(tf.memory().numTensors).toBe(before);
  });
});
