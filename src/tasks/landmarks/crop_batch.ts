import * as tf from '@tensorflow/tfjs-core';
import { cropOptions } from '../../core/pixels/crop_options';
import type { OpenedFrame } from '../../core/pixels/read_options';
import type { RotatedCrop } from '../../vision/rotate_crop';

/**
 * The crops sampled from the frame as one batch [n, N, N, 3] float32 0-255, zero outside the
 * frame. All crops must share one outputSize N. Call inside tf.tidy.
 */
export function cropBatch(frame: OpenedFrame, crops: readonly RotatedCrop[]): tf.Tensor4D {
  const size = crops[0]?.outputSize;
  if (size === undefined) throw new RangeError('cropBatch needs at least one crop.');
  if (crops.some((c) => c.outputSize !== size)) {
    throw new RangeError('All crops of a batch must have the same output size.');
  }
  return tf.stack(crops.map((c) => frame.read(cropOptions(c)).tensor)) as tf.Tensor4D;
}
