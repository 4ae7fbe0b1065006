import * as tf from '@tensorflow/tfjs-core';
import type { PixelSource } from '../task';
import type { ViewBox } from './view_box';

/**
 * [views, size, size, 3] float32 0-255: each view of the image cropped, resized to size x size,
 * optionally mirrored and brightened (clipped to 255).
 */
export function cropViews(
  image: PixelSource,
  views: readonly ViewBox[],
  size: number,
): tf.Tensor4D {
  return tf.tidy(() => {
    const rgb = tf.expandDims(
      tf.cast(tf.browser.fromPixels(image, 3), 'float32'),
      0,
    ) as tf.Tensor4D;
    const crops = tf.image.cropAndResize(
      rgb,
      views.map((v) => v.box),
      views.map(() => 0),
      [size, size],
    );
    const each = tf.unstack(crops).map((crop, i) => {
      const { flip, brightness } = views[i]!;
      const mirrored = flip ? tf.reverse(crop, 1) : crop;
      return brightness === 1 ? mirrored : tf.clipByValue(tf.mul(mirrored, brightness), 0, 255);
    });
    return tf.stack(each) as tf.Tensor4D;
  });
}
