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
  const unit = tf.div(resized, 255);
  const input = channels === 'grey' ? tf.sum(tf.mul(unit, lumaWeights), 2, true) : unit;
  return tf.expandDims(input, 0);
}
