import * as tf from '@tensorflow/tfjs-core';
import type { PixelSource } from '../task';

/**
 * The centre square of an image resized to size x size: [1, size, size, 3] RGB 0-255 float32.
 * The caller disposes it.
 */
export function squareImage(
  image: PixelSource,
  width: number,
  height: number,
  size: number,
): tf.Tensor4D {
  return tf.tidy(() => {
    const side = Math.min(width, height);
    const top = Math.floor((height - side) / 2);
    const left = Math.floor((width - side) / 2);
    const rgb = tf.browser.fromPixels(image, 3);
    const square = tf.slice(rgb, [top, left, 0], [side, side, 3]);
    return tf.expandDims(
      tf.image.resizeBilinear(square as tf.Tensor3D, [size, size]),
      0,
    ) as tf.Tensor4D;
  });
}
