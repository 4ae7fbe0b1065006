import * as tf from '@tensorflow/tfjs-core';
import type { Kernel } from '../../vision/kernels';
import type { PoolSettings } from './filter_settings';

/**
 * One filter over an input of n_C channels: the f x f kernel is copied into each channel, so the
 * filter is f x f x n_C and its n_C products are summed into one output channel (the course's
 * "a filter has as many channels as its input"). Returns [f, f, n_C, 1].
 */
export function filterTensor(kernel: Kernel, channels: number): tf.Tensor4D {
  const f = kernel.length;
  return tf.tidy(() => tf.tile(tf.tensor4d(kernel.flat(), [f, f, 1, 1]), [1, 1, channels, 1]));
}

/**
 * Convolution with explicit zero padding p (any p, not only TF's "same") and stride s, then an
 * optional pooling layer. x: [1, n_H, n_W, n_C] -> conv [1, out_H, out_W, 1] (and pooled).
 * Call inside tf.tidy; the caller owns x and filter.
 */
export function filterResponse(
  x: tf.Tensor4D,
  filter: tf.Tensor4D,
  p: number,
  s: number,
  pool: PoolSettings | null,
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
  const conv = tf.conv2d(padded, filter, s, 'valid');
  if (!pool) return { conv, pooled: null };
  const pooled =
    pool.kind === 'max'
      ? tf.maxPool(conv, pool.f, pool.s, 'valid')
      : tf.avgPool(conv, pool.f, pool.s, 'valid');
  return { conv, pooled };
}
