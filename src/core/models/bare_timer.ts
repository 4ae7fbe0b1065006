import * as tf from '@tensorflow/tfjs-core';

/**
 * The bench's bare time of a network: milliseconds of `predict` + reading every output, per
 * run, on one random RGB 0-255 input of `shape` (reused), after `warmups` untimed runs (the first
 * compiles WebGL shaders or allocates the WASM heap).
 */
export async function bareTimes(
  predict: (input: tf.Tensor) => tf.Tensor | tf.Tensor[],
  shape: number[],
  runs: number,
  dtype: 'float32' | 'int32' = 'float32',
  warmups = 3,
): Promise<number[]> {
  const input = tf.randomUniform(shape, 0, 255, dtype);
  const times: number[] = [];
  try {
    for (let i = 0; i < runs + warmups; i++) {
      const t0 = performance.now();
      const out = predict(input);
      const outs = Array.isArray(out) ? out : [out];
      await Promise.all(outs.map((t) => t.data()));
      tf.dispose(outs);
      if (i >= warmups) times.push(performance.now() - t0);
    }
  } finally {
    input.dispose();
  }
  return times;
}
