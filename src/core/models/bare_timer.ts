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

export interface BareTimesOptions {
  dtype?: 'float32' | 'int32';
  /** Untimed runs first (the first compiles WebGL shaders or allocates the WASM heap); 3. */
  warmups?: number;
  /** A run (warm-up or timed) over this stops the timing with a RunTooSlowError. */
  maxRunMs?: number;
  /**
   * The input's values, as the model reads them (the catalogue's `input.range`): [0, 255] by
   * default. A network fed values far outside its range runs at another speed (saturated
   * activations, no denormals): on WASM the face mesh took 4.7 ms a run on 0-255 and 6.3-7.2 ms
   * on the 0-1 it reads from a frame.
   */
  range?: readonly [number, number];
  /**
   * Runs start this many ms apart (the rest of each interval idle), as a frame loop fed by a
   * camera runs its model: 0, back to back, by default. A run after an idle gap is slower than one
   * straight after another (the face mesh on WASM: 7.2 ms after 30 ms idle, 5.9 back to back).
   */
  intervalMs?: number;
}

/**
 * The bench's bare time of a network: milliseconds of `predict` + reading every output, per
 * run, on one random input of `shape` (reused) in the model's value range, after the warm-ups.
 */
export async function bareTimes(
  predict: (input: tf.Tensor) => tf.Tensor | tf.Tensor[],
  shape: number[],
  runs: number,
  options: BareTimesOptions = {},
): Promise<number[]> {
  const {
    dtype = 'float32',
    warmups = 3,
    maxRunMs = Infinity,
    range: [low, high] = [0, 255],
    intervalMs = 0,
  } = options;
  const input = tf.randomUniform(shape, low, high, dtype);
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
      await idleUntil(t0 + intervalMs);
    }
  } finally {
    input.dispose();
  }
  return times;
}

/**
 * Waits until performance.now() reaches `ms`. A timer may fire a little early (Node's timers count
 * from the event loop's cached time, up to ~1.5 ms early under load), so it waits again for the rest.
 */
async function idleUntil(ms: number): Promise<void> {
  for (let left = ms - performance.now(); left > 0; left = ms - performance.now()) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.ceil(left))));
  }
}
