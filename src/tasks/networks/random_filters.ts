import * as tf from '@tensorflow/tfjs-core';
import { seededRandom } from '../../core/random/seeded_random';

/**
 * Filters that are not trained: He-scaled uniform weights (limit sqrt(6 / fan-in)) from a fixed
 * seed, so every run of the lab, and every test, sees the same ones. `fanIn`: the inputs each
 * output sums, f * f * n_C for [f, f, n_C, n_C'] (the default), f * f for a depthwise filter.
 */
export function randomFilters(
  shape: readonly number[],
  seed: number,
  fanIn = shape.slice(0, -1).reduce((a, b) => a * b, 1),
): tf.Tensor {
  const random = seededRandom(seed);
  const size = shape.reduce((a, b) => a * b, 1);
  const limit = Math.sqrt(6 / fanIn);
  const values = new Float32Array(size);
  for (let i = 0; i < size; i++) values[i] = (random() * 2 - 1) * limit;
  return tf.tensor(values, [...shape]);
}
