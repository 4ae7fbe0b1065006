import * as tf from '@tensorflow/tfjs-core';

/**
 * The first `count` channels of an activation [1, h, w, C] tiled into one grey picture
 * [rows * h, cols * w], each channel scaled to 0-1 by its own min and max.
 * Call inside tf.tidy.
 */
export function featureGrid(activation: tf.Tensor4D, count: number, cols: number): tf.Tensor2D {
  const [, h, w, c] = activation.shape;
  const n = Math.min(count, c);
  const rows = Math.ceil(n / cols);
  const maps = tf.transpose(
    tf.reshape(tf.slice(activation, [0, 0, 0, 0], [1, h, w, n]), [h, w, n]),
    [2, 0, 1],
  ); // [n, h, w]
  const min = tf.min(maps, [1, 2], true);
  const max = tf.max(maps, [1, 2], true);
  const unit = tf.div(tf.sub(maps, min), tf.maximum(tf.sub(max, min), 1e-6));
  const padded = tf.pad(unit, [
    [0, rows * cols - n],
    [0, 0],
    [0, 0],
  ]);
  const tiled = tf.transpose(tf.reshape(padded, [rows, cols, h, w]), [0, 2, 1, 3]); // [rows, h, cols, w]
  return tf.reshape(tiled, [rows * h, cols * w]);
}
