import * as tf from '@tensorflow/tfjs-core';

// ITU-R BT.601 luma weights: the greyscale picture has n_C = 1.
const lumaWeights = [0.299, 0.587, 0.114];

/**
 * The frame as the filter's input: `rgb` [n_H, n_W, 3] 0-255 (the frame read at the working
 * size) -> values 0-1, greyscale [1, n_H, n_W, 1] or RGB [1, n_H, n_W, 3]. Call inside tf.tidy.
 */
export function framePicture(rgb: tf.Tensor3D, channels: 'grey' | 'rgb'): tf.Tensor4D {
  const rgb4d = tf.expandDims<tf.Tensor4D>(rgb, 0);
  // Greyscale is itself a 1x1 convolution: one filter of 1 x 1 x 3 luma weights (scaled to 0-1).
  if (channels === 'grey') {
    return tf.conv2d(
      rgb4d,
      tf.tensor4d(
        lumaWeights.map((w) => w / 255),
        [1, 1, 3, 1],
      ),
      1,
      'valid',
    );
  }
  return tf.div(rgb4d, 255);
}
