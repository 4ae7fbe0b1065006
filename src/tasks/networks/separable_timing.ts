/**
 * The measured speed of a normal convolution against a depthwise-separable one, from the last
 * `window` frames: medians, so one slow frame (a garbage collection, a busy core) does not swing it.
 */
export class SeparableTiming {
  readonly #normal: number[] = [];
  readonly #separable: number[] = [];

  constructor(private readonly window = 15) {}

  add(normalMs: number, separableMs: number): void {
    for (const [list, ms] of [
      [this.#normal, normalMs],
      [this.#separable, separableMs],
    ] as const) {
      list.push(ms);
      if (list.length > this.window) list.shift();
    }
  }

  clear(): void {
    this.#normal.length = 0;
    this.#separable.length = 0;
  }

  /** Median milliseconds of each and normal / separable; null before the first frame. */
  get summary(): {
    normalMs: number;
    separableMs: number;
    speedup: number;
    samples: number;
  } | null {
    if (this.#normal.length === 0) return null;
    const normalMs = median(this.#normal);
    const separableMs = median(this.#separable);
    return { normalMs, separableMs, speedup: normalMs / separableMs, samples: this.#normal.length };
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('The median of no values is undefined.');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
