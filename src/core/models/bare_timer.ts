import * as tf from '@tensorflow/tfjs-core';

/** A run took longer than the caller's limit: the backend is too slow to be worth timing on. */
export class RunTooSlowError extends Error {
  override name = 'RunTooSlowError';
  constructor(
    readonly ms: number,
    readonly limitMs: number,
  ) {
    super(`a run took ${Math.round(ms)} ms, over the ${Math.round(limitMs)} ms limit`);
  }
}

/**
 * The bench's bare time of a network: milliseconds of `predict` + reading every output, per
 * run, on one random RGB 0-255 input of `shape` (reused), after `warmups` untimed runs (the first
 * compiles WebGL shaders or allocates the WASM heap). A run (warm-up or timed) over `maxRunMs`
 * stops the timing with a RunTooSlowError.
 */
export async function bareTimes(
  predict: (input: tf.Tensor) => tf.Tensor | tf.Tensor[],
  shape: number[],
  runs: number,
  dtype: 'float32' | 'int32' = 'float32',
  warmups = 3,
  maxRunMs = Infinity,
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
      const ms = performance.now() - t0;
      if (ms > maxRunMs) throw new RunTooSlowError(ms, maxRunMs);
      if (i >= warmups) times.push(ms);
    }
  } finally {
    input.dispose();
  }
  return times;
}
