import * as tf from '@tensorflow/tfjs-core';
import type { GraphModel } from '@tensorflow/tfjs-converter';

// The head's three upsamplings (c5 -> c4 -> c3) resize to sizes the converter folded into
// constants for a 512 x 512 input: [32, 32], [64, 64], [128, 128], i.e. s/16, s/8, s/4.
const upsampleSizes = [
  ['tower_0/CenternetHead/c5_upsample/up_sampling2d/mul', 16],
  ['tower_0/CenternetHead/c4_upsample/up_sampling2d_1/mul', 8],
  ['tower_0/CenternetHead/c3_upsample/up_sampling2d_2/mul', 4],
] as const;

/**
 * Makes centernet (loaded with its input freed, [-1, -1, -1, 3]) run at `size` x `size`: freeing
 * the placeholder is not enough, since the head's upsamplings have their output sizes baked in
 * for 512, so their three constants are set for `size` (a multiple of 32). Changes `model`,
 * which the caller owns.
 */
export function setCenternetInputSize(model: GraphModel, size: number): void {
  if (!(size > 0 && size % 32 === 0)) {
    throw new RangeError(`centernet's input size must be a multiple of 32, got ${size}.`);
  }
  const weights = model.weights as Record<string, tf.Tensor[]>;
  for (const [name, divisor] of upsampleSizes) {
    const old = weights[name];
    if (!old) throw new Error(`centernet has no constant ${name}: is this the CenterNet graph?`);
    weights[name] = [tf.tensor1d([size / divisor, size / divisor], 'int32')];
    tf.dispose(old);
  }
}
