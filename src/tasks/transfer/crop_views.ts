import * as tf from '@tensorflow/tfjs-core';
import type { OpenedFrame } from '../../core/pixels/read_options';
import type { ViewBox } from './view_box';

/**
 * [views, size, size, 3] float32 0-255: each view of the frame read at size x size (its box
 * stretched, half-pixel centres, optionally mirrored), then brightened (clipped to 255).
 * Call inside tf.tidy.
 */
export function cropViews(
  frame: OpenedFrame,
  views: readonly ViewBox[],
  size: number,
): tf.Tensor4D {
  const { width, height } = frame;
  const each = views.map(({ box: [y1, x1, y2, x2], flip, brightness }) => {
    const { tensor } = frame.read({
      outputSize: { width: size, height: size },
      roi: {
        cx: ((x1 + x2) / 2) * width,
        cy: ((y1 + y2) / 2) * height,
        width: (x2 - x1) * width,
        height: (y2 - y1) * height,
      },
      border: 'replicate',
      flipHorizontally: flip,
    });
    return brightness === 1 ? tensor : tf.clipByValue(tf.mul(tensor, brightness), 0, 255);
  });
  return tf.stack(each) as tf.Tensor4D;
}
