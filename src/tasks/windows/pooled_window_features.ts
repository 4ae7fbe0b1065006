import * as tf from '@tensorflow/tfjs-core';

/**
 * The Transfer lab's features for every window of a frame at once. Its backbone pools two maps
 * over the whole 224 px crop and L2-normalises each: x = [x_11 / ||x_11||, x_e / ||x_e||].
 * Here the global pools become average pools the size of a window: `windowCells` cells of the
 * coarse map (stride 32) with stride 1, and 2 x windowCells cells of the fine map (stride 16) with
 * stride 2, so both land on the same grid. Each position is then normalised like the original.
 * fine [1, 2H, 2W, 528], coarse [1, H, W, 480] -> [1, H - f + 1, W - f + 1, 1008].
 */
export function pooledWindowFeatures(
  fine: tf.Tensor4D,
  coarse: tf.Tensor4D,
  windowCells: number,
): tf.Tensor4D {
  const [, h, w] = coarse.shape;
  if (fine.shape[1] !== 2 * h || fine.shape[2] !== 2 * w) {
    throw new RangeError(
      `The fine map must be twice the coarse one (${2 * h}x${2 * w}), got ${fine.shape[1]}x${fine.shape[2]}: ` +
        'give the backbone a picture whose sides are multiples of 32.',
    );
  }
  return tf.tidy(() => {
    const normalise = (x: tf.Tensor4D) =>
      tf.div(x, tf.maximum(tf.norm(x, 'euclidean', 3, true), 1e-12));
    const f = windowCells;
    return tf.concat(
      [
        normalise(tf.avgPool(fine, 2 * f, 2, 'valid')),
        normalise(tf.avgPool(coarse, f, 1, 'valid')),
      ],
      3,
    ) as tf.Tensor4D;
  });
}
