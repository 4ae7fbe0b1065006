import * as tf from '@tensorflow/tfjs-core';
import type { PixelSource } from '../task';

// ITU-R BT.601 luma weights: the greyscale picture has n_C = 1.
const lumaWeights = [0.299, 0.587, 0.114];

/**
 * The frame as the filter's input: scaled to `size` (bilinear), values 0-1, greyscale
 * [1, n_H, n_W, 1] or RGB [1, n_H, n_W, 3]. Call inside tf.tidy.
 */
export function framePicture(
  image: PixelSource,
  size: { width: number; height: number },
  channels: 'grey' | 'rgb',
): tf.Tensor4D {
  const rgb = tf.browser.fromPixels(image, 3); // [h, w, 3] int32 0-255
  const resized =
    rgb.shape[0] === size.height && rgb.shape[1] === size.width
      ? tf.cast(rgb, 'float32')
      : tf.image.resizeBilinear(rgb, [size.height, size.width]);
  const rgb4d = tf.expandDims(resized, 0) as tf.Tensor4D;
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
