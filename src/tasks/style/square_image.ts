import * as tf from '@tensorflow/tfjs-core';
import type { FrameReader } from '../../core/pixels/frame_reader';
import type { PixelFrame } from '../task';

/**
 * The centre square of a still picture resized to size x size (bilinear, half-pixel centres):
 * [1, size, size, 3] RGB 0-255 float32. The caller disposes it.
 */
export function squareImage(reader: FrameReader, frame: PixelFrame, size: number): tf.Tensor4D {
  const { width, height } = frame;
  const side = Math.min(width, height);
  const opened = reader.openStill(frame);
  try {
    const { tensor } = opened.read({
      outputSize: { width: size, height: size },
      roi: {
        cx: Math.floor((width - side) / 2) + side / 2,
        cy: Math.floor((height - side) / 2) + side / 2,
        width: side,
        height: side,
      },
      border: 'replicate',
    });
    const batch = tf.expandDims<tf.Tensor4D>(tensor, 0);
    tensor.dispose();
    return batch;
  } finally {
    opened.dispose();
  }
}
