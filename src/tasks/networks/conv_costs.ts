/**
 * Computational cost of convolutions, counted as the course counts it: multiplications, one per
 * filter weight per output value (n_H' n_W' n_C' f f n_C). Biases and additions are not counted.
 */

/** An n_H x n_W x n_C volume. */
export interface Volume {
  h: number;
  w: number;
  c: number;
}

/** Multiplies of a 'same' f x f convolution, stride 1, from n_C to n_C' channels. */
export function convMultiplies(input: Volume, f: number, filters: number): number {
  return input.h * input.w * filters * f * f * input.c;
}

export interface BottleneckCost {
  /** The f x f convolution straight on the input. */
  direct: number;
  /** 1x1 to the bottleneck's n_C channels, then the f x f convolution on it. */
  reduce: number;
  conv: number;
  withBottleneck: number;
}

/**
 * The course's 1x1 "bottleneck": 28x28x192 -> 5x5 same, 32 filters costs 120 M multiplies; with a
 * 1x1 to 16 channels first, 2.4 M + 10.0 M = 12.4 M.
 */
export function bottleneckCost(
  input: Volume,
  f: number,
  filters: number,
  bottleneck: number,
): BottleneckCost {
  const reduce = convMultiplies(input, 1, bottleneck);
  const conv = convMultiplies({ ...input, c: bottleneck }, f, filters);
  return {
    direct: convMultiplies(input, f, filters),
    reduce,
    conv,
    withBottleneck: reduce + conv,
  };
}

export interface SeparableCost {
  /** Normal convolution: n_out^2 n_C' f^2 n_C. */
  normal: number;
  /** Depthwise: one f x f filter per input channel, n_out^2 f^2 n_C. */
  depthwise: number;
  /** Pointwise: n_C' filters of 1 x 1 x n_C, n_out^2 n_C' n_C. */
  pointwise: number;
  separable: number;
  /** separable / normal, which is 1/n_C' + 1/f^2 exactly. */
  ratio: number;
}

/**
 * MobileNet's depthwise-separable convolution against a normal one of the same output shape
 * (course: 6x6x3 in, 3x3, 5 filters, valid: 2160 vs 432 + 240 = 672).
 */
export function separableCost(
  output: { h: number; w: number },
  f: number,
  nC: number,
  nCPrime: number,
): SeparableCost {
  const positions = output.h * output.w;
  const normal = positions * nCPrime * f * f * nC;
  const depthwise = positions * f * f * nC;
  const pointwise = positions * nCPrime * nC;
  return {
    normal,
    depthwise,
    pointwise,
    separable: depthwise + pointwise,
    ratio: (depthwise + pointwise) / normal,
  };
}

/** The course's closed form of the ratio above. */
export function separableRatio(f: number, nCPrime: number): number {
  return 1 / nCPrime + 1 / (f * f);
}

/** One Inception module's branches (GoogLeNet's 3a, the course's example: 64, 96->128, 16->32, 32). */
export interface InceptionSpec {
  oneByOne: number;
  three: { reduce: number; filters: number };
  five: { reduce: number; filters: number };
  /** 3x3 max pool, stride 1, same, then this many 1x1 filters. */
  poolProjection: number;
}

export interface InceptionCost {
  output: Volume;
  /** Each branch's channels, in concatenation order: 1x1, 3x3, 5x5, pool. */
  branches: [number, number, number, number];
  /** 3x3 and 5x5 straight on the input (the pool branch still has its 1x1). */
  withoutBottlenecks: number;
  withBottlenecks: number;
}

/** Output shape and multiplies of an Inception module on an input volume, 'same' everywhere. */
export function inceptionCost(input: Volume, spec: InceptionSpec): InceptionCost {
  const branches: InceptionCost['branches'] = [
    spec.oneByOne,
    spec.three.filters,
    spec.five.filters,
    spec.poolProjection,
  ];
  const oneByOne = convMultiplies(input, 1, spec.oneByOne);
  const pool = convMultiplies(input, 1, spec.poolProjection);
  const three = bottleneckCost(input, 3, spec.three.filters, spec.three.reduce);
  const five = bottleneckCost(input, 5, spec.five.filters, spec.five.reduce);
  return {
    output: { h: input.h, w: input.w, c: branches.reduce((a, b) => a + b, 0) },
    branches,
    withoutBottlenecks: oneByOne + three.direct + five.direct + pool,
    withBottlenecks: oneByOne + three.withBottleneck + five.withBottleneck + pool,
  };
}

/** GoogLeNet's inception (3a) on 28x28x192, the module the course draws. */
export const courseInception: InceptionSpec = {
  oneByOne: 64,
  three: { reduce: 96, filters: 128 },
  five: { reduce: 16, filters: 32 },
  poolProjection: 32,
};
