import { convOutputSize } from './conv_output_size';
import type { Kernel } from './kernels';

/** A single-channel picture or activation as rows of numbers (y down, x right). */
export type Matrix = number[][];

export interface ConvParams {
  /** Zero padding p on every side. */
  p: number;
  /** Stride s. */
  s: number;
}

/** `input` with p rows and columns of zeros added on every side. */
export function padZeros(input: Matrix, p: number): Matrix {
  const w = (input[0]?.length ?? 0) + 2 * p;
  const zeros = () => Array<number>(w).fill(0);
  return [
    ...Array.from({ length: p }, zeros),
    ...input.map((row) => [...Array<number>(p).fill(0), ...row, ...Array<number>(p).fill(0)]),
    ...Array.from({ length: p }, zeros),
  ];
}

/** One position of the filter: the element-wise products and their sum (the output value). */
export interface ConvStep {
  /** Output row and column. */
  row: number;
  col: number;
  /** Top-left corner of the window in the padded input. */
  top: number;
  left: number;
  /** The input values under the filter, and each times its filter weight. */
  window: Matrix;
  products: Matrix;
  sum: number;
}

/** The filter placed at output (row, col) of the padded input with stride s. */
export function convStep(
  padded: Matrix,
  kernel: Kernel,
  row: number,
  col: number,
  s: number,
): ConvStep {
  const f = kernel.length;
  const top = row * s;
  const left = col * s;
  const window = kernel.map((_, i) => padded[top + i]!.slice(left, left + f));
  const products = window.map((r, i) => r.map((v, j) => v * kernel[i]![j]!));
  const sum = products.flat().reduce((a, b) => a + b, 0);
  return { row, col, top, left, window, products, sum };
}

/**
 * Every position of the filter in reading order: the course's "slide the filter" picture.
 * The output is `floor((n + 2p - f) / s) + 1` on each side.
 */
export function convSteps(input: Matrix, kernel: Kernel, { p, s }: ConvParams): ConvStep[] {
  const f = kernel.length;
  const outH = convOutputSize(input.length, f, p, s);
  const outW = convOutputSize(input[0]?.length ?? 0, f, p, s);
  const padded = padZeros(input, p);
  const steps: ConvStep[] = [];
  for (let row = 0; row < outH; row++) {
    for (let col = 0; col < outW; col++) steps.push(convStep(padded, kernel, row, col, s));
  }
  return steps;
}

/** The convolution (cross-correlation, no flip) of a 2-D input, by hand, for checking tf.conv2d. */
export function conv2dReference(input: Matrix, kernel: Kernel, params: ConvParams): Matrix {
  const outW = convOutputSize(input[0]?.length ?? 0, kernel.length, params.p, params.s);
  const sums = convSteps(input, kernel, params).map((step) => step.sum);
  return Array.from({ length: sums.length / outW }, (_, r) => sums.slice(r * outW, (r + 1) * outW));
}

/**
 * A 3-D input (channels of the same size) with a filter that has as many channels: each channel is
 * convolved with its own slice and the results are summed into one output channel.
 */
export function conv3dReference(channels: Matrix[], filter: Kernel[], params: ConvParams): Matrix {
  if (channels.length !== filter.length) {
    throw new RangeError(
      `The filter has ${filter.length} channels but the input has ${channels.length}; they must match.`,
    );
  }
  const maps = channels.map((c, i) => conv2dReference(c, filter[i]!, params));
  return maps[0]!.map((row, r) => row.map((_, c) => maps.reduce((a, m) => a + m[r]![c]!, 0)));
}

export type PoolKind = 'max' | 'avg';

/** Max or average pooling with an f x f window and stride s (no padding). */
export function pool2dReference(input: Matrix, kind: PoolKind, f: number, s: number): Matrix {
  const outH = convOutputSize(input.length, f, 0, s);
  const outW = convOutputSize(input[0]?.length ?? 0, f, 0, s);
  return Array.from({ length: outH }, (_, row) =>
    Array.from({ length: outW }, (_, col) => {
      const values = input
        .slice(row * s, row * s + f)
        .flatMap((r) => r.slice(col * s, col * s + f));
      return kind === 'max'
        ? Math.max(...values)
        : values.reduce((a, b) => a + b, 0) / values.length;
    }),
  );
}
