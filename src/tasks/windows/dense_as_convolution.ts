import * as tf from '@tensorflow/tfjs-core';

/**
 * The fully connected head on one window, as the naive scan computes it: global average pooling
 * of the window's feature cells [n, f, f, d] -> [n, d], then z = x W + b, [n, k].
 */
export function denseAfterGlobalPool(
  window: tf.Tensor4D,
  kernel: tf.Tensor2D,
  bias: tf.Tensor1D,
): tf.Tensor2D {
  return tf.tidy(() => tf.add(tf.matMul(tf.mean(window, [1, 2]), kernel), bias));
}

/**
 * The same head turned into convolutions (course 12.2): the global pool becomes an f x f average
 * pool with stride 1 and the dense layer a 1x1 convolution whose kernel is W [d, k] reshaped to
 * [1, 1, d, k]. On a feature map [1, H, W, d] it gives every window's z at once,
 * [1, H - f + 1, W - f + 1, k]: output (r, c) equals the dense head on cells r..r+f-1, c..c+f-1.
 */
export function denseAsConvolution(
  features: tf.Tensor4D,
  kernel: tf.Tensor2D,
  bias: tf.Tensor1D,
  windowCells: number,
): tf.Tensor4D {
  const [, h, w, d] = features.shape;
  if (kernel.shape[0] !== d) {
    throw new RangeError(`The head takes ${kernel.shape[0]} features; the map has ${d} channels.`);
  }
  if (!(Number.isInteger(windowCells) && windowCells >= 1 && windowCells <= Math.min(h, w))) {
    throw new RangeError(
      `A window of ${windowCells} cells does not fit in a ${h}x${w} feature map.`,
    );
  }
  return tf.tidy(() => {
    const pooled = tf.avgPool(features, windowCells, 1, 'valid'); // [1, H-f+1, W-f+1, d]
    const conv = tf.conv2d(
      pooled,
      tf.reshape(kernel, [1, 1, d, kernel.shape[1]]) as tf.Tensor4D,
      1,
      'valid',
    );
    return tf.add(conv, bias);
  });
}
