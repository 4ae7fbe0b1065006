import * as tf from '@tensorflow/tfjs-core';
import type { PoolSettings } from './filter_settings';

/** The rest of the course's "one layer": a bias per filter, then the activation. */
export interface LayerActivation {
  /** b, one per filter (n_C' values). */
  b: readonly number[];
  /** a = ReLU(z) when true; a = z otherwise. */
  relu: boolean;
}

/**
 * Convolution with explicit zero padding p (any p, not only TF's "same") and stride s, then
 * z = conv + b and a = ReLU(z) when `activation` is given, then an optional pooling layer.
 * x: [1, n_H, n_W, n_C], filter W: [f, f, n_C, n_C'] -> conv [1, out_H, out_W, n_C'] (and pooled).
 * Like every deep-learning framework, tf.conv2d is cross-correlation: W is not flipped.
 * Call inside tf.tidy; the caller owns x and filter.
 */
export function filterResponse(
  x: tf.Tensor4D,
  filter: tf.Tensor4D,
  p: number,
  s: number,
  pool: PoolSettings | null,
  activation: LayerActivation | null = null,
): { conv: tf.Tensor4D; pooled: tf.Tensor4D | null } {
  const padded =
    p > 0
      ? tf.pad(x, [
          [0, 0],
          [p, p],
          [p, p],
          [0, 0],
        ])
      : x;
  const z = tf.conv2d(padded, filter, s, 'valid');
  const withBias = activation ? tf.add<tf.Tensor4D>(z, tf.tensor1d([...activation.b])) : z;
  const conv: tf.Tensor4D = activation?.relu ? tf.relu(withBias) : withBias;
  if (!pool) return { conv, pooled: null };
  const pooled =
    pool.kind === 'max'
      ? tf.maxPool(conv, pool.f, pool.s, 'valid')
      : tf.avgPool(conv, pool.f, pool.s, 'valid');
  return { conv, pooled };
}
