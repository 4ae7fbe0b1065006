import * as tf from '@tensorflow/tfjs-core';
import { cropTransform, type RotatedCrop } from '../../vision/rotate_crop';

/**
 * Samples each rotated crop from `rgb` ([h, w, 3] float32, not disposed) with bilinear
 * interpolation, in one tf.image.transform per crop: [n, N, N, 3], zero outside the frame.
 * All crops must share one outputSize N. Call inside tf.tidy.
 */
export function cropBatch(rgb: tf.Tensor3D, crops: readonly RotatedCrop[]): tf.Tensor4D {
  const size = crops[0]?.outputSize;
  if (size === undefined) throw new RangeError('cropBatch needs at least one crop.');
  if (crops.some((c) => c.outputSize !== size)) {
    throw new RangeError('All crops of a batch must have the same output size.');
  }
  const image = tf.expandDims(rgb, 0) as tf.Tensor4D;
  const parts = crops.map((crop) =>
    tf.image.transform(image, tf.tensor2d([cropTransform(crop)]), 'bilinear', 'constant', 0, [
      size,
      size,
    ]),
  );
  return parts.length === 1 ? parts[0]! : tf.concat(parts, 0);
}
