import * as tf from '@tensorflow/tfjs-core';
import type { InceptionSpec } from './conv_costs';
import { randomFilters } from './random_filters';

/** One module's filters (with bottlenecks): each branch's 1x1s and its f x f. */
export interface InceptionWeights {
  oneByOne: tf.Tensor4D; // [1, 1, n_C, 64]
  threeReduce: tf.Tensor4D; // [1, 1, n_C, 96]
  three: tf.Tensor4D; // [3, 3, 96, 128]
  fiveReduce: tf.Tensor4D; // [1, 1, n_C, 16]
  five: tf.Tensor4D; // [5, 5, 16, 32]
  poolProjection: tf.Tensor4D; // [1, 1, n_C, 32]
}

/** Untrained filters for a module on n_C input channels (seeded: the same every run). */
export function inceptionWeights(nC: number, spec: InceptionSpec, seed = 1): InceptionWeights {
  const w = (shape: number[], k: number) => randomFilters(shape, seed * 100 + k) as tf.Tensor4D;
  return {
    oneByOne: w([1, 1, nC, spec.oneByOne], 1),
    threeReduce: w([1, 1, nC, spec.three.reduce], 2),
    three: w([3, 3, spec.three.reduce, spec.three.filters], 3),
    fiveReduce: w([1, 1, nC, spec.five.reduce], 4),
    five: w([5, 5, spec.five.reduce, spec.five.filters], 5),
    poolProjection: w([1, 1, nC, spec.poolProjection], 6),
  };
}

/**
 * The Inception module (Szegedy et al., 2015, fig. 2b), as the course draws it: in parallel a 1x1,
 * a 1x1 then 3x3, a 1x1 then 5x5 (all 'same', ReLU) and a 3x3 stride-1 'same' max pool then 1x1,
 * concatenated along the channels. x: [1, n_H, n_W, n_C] -> [1, n_H, n_W, 64 + 128 + 32 + 32].
 * Returns the branches too (the caller disposes all five).
 */
export function inceptionModule(
  x: tf.Tensor4D,
  w: InceptionWeights,
): { output: tf.Tensor4D; branches: [tf.Tensor4D, tf.Tensor4D, tf.Tensor4D, tf.Tensor4D] } {
  const conv = (t: tf.Tensor4D, f: tf.Tensor4D) => tf.relu(tf.conv2d(t, f, 1, 'same'));
  const branches = tf.tidy(
    () =>
      [
        conv(x, w.oneByOne),
        conv(conv(x, w.threeReduce), w.three),
        conv(conv(x, w.fiveReduce), w.five),
        conv(tf.maxPool(x, 3, 1, 'same'), w.poolProjection),
      ] as [tf.Tensor4D, tf.Tensor4D, tf.Tensor4D, tf.Tensor4D],
  );
  return { output: tf.concat(branches, 3), branches };
}
