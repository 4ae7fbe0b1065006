import * as tf from '@tensorflow/tfjs-core';
import type { Kernel } from '../../vision/kernels';

/**
 * One filter of a convolutional layer: its own f x f kernel for each input channel (so the filter
 * is f x f x n_C) and a bias b. The course's "one layer of a ConvNet" has n_C' of them.
 */
export interface LayerFilter {
  /** One kernel per input channel, all f x f; kernels[c] meets channel c. */
  kernels: Kernel[];
  b: number;
}

/**
 * The layer's weights W as [f, f, n_C, n_C']: W[.., .., c, k] is filter k's kernel for channel c.
 * Every filter needs n_C kernels of the same f.
 */
export function layerWeights(filters: readonly LayerFilter[]): tf.Tensor4D {
  const first = filters[0]?.kernels[0];
  if (!first) throw new RangeError('A layer needs at least one filter with one kernel.');
  const f = first.length;
  const nC = filters[0]!.kernels.length;
  const values = new Float32Array(f * f * nC * filters.length);
  filters.forEach(({ kernels }, k) => {
    if (kernels.length !== nC) {
      throw new RangeError(`Filter ${k + 1} has ${kernels.length} kernels; the input has ${nC}.`);
    }
    kernels.forEach((kernel, c) => {
      if (kernel.length !== f || kernel.some((row) => row.length !== f)) {
        throw new RangeError(`Filter ${k + 1}, channel ${c + 1} is not ${f}x${f}.`);
      }
      kernel.forEach((row, r) =>
        row.forEach((w, col) => {
          values[((r * f + col) * nC + c) * filters.length + k] = w;
        }),
      );
    });
  });
  return tf.tensor4d(values, [f, f, nC, filters.length]);
}

/**
 * The course's parameter count of one layer: each of the n_C' filters has f x f x n_C weights and
 * one bias, so (f * f * n_C + 1) * n_C' (10 filters of 3 x 3 x 3: 280), whatever the input size.
 */
export function layerParameterCount(f: number, nC: number, nCPrime: number): number {
  return (f * f * nC + 1) * nCPrime;
}
