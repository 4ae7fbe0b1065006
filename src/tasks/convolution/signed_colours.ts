import * as tf from '@tensorflow/tfjs-core';

/** Display colours (0-1 RGB) of the strongest positive and negative responses; 0 is black. */
export const positiveColour = [1, 0.55, 0] as const; // orange
export const negativeColour = [0.15, 0.55, 1] as const; // blue

/**
 * A signed response [h, w] as colours [h, w, 3] in 0-1: positive values orange, negative blue,
 * each scaled by the largest magnitude in the picture, then square-rooted so that weaker edges
 * stay visible beside the strongest (the sign, not the exact magnitude, is what it shows).
 * Call inside tf.tidy.
 */
export function signedColours(response: tf.Tensor2D): tf.Tensor3D {
  const scale = tf.maximum(tf.max(tf.abs(response)), 1e-6);
  const pos = tf.expandDims(tf.sqrt(tf.div(tf.relu(response), scale)), 2);
  const neg = tf.expandDims(tf.sqrt(tf.div(tf.relu(tf.neg(response)), scale)), 2);
  return tf.clipByValue(
    tf.add(
      tf.mul(pos, tf.tensor1d([...positiveColour])),
      tf.mul(neg, tf.tensor1d([...negativeColour])),
    ),
    0,
    1,
  ) as tf.Tensor3D;
}
