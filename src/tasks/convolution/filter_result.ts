/** Pixels to show as they are: RGBA, row by row, `width * height * 4` bytes. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Tensor shapes are NHWC: [1, n_H, n_W, n_C]. Sizes from the formula are [n_H, n_W]. */
export interface FilterShapes {
  /** The working picture fed to the convolution, before padding. */
  input: number[];
  /** The layer's output tensor [1, out_H, out_W, n_C'], and its size by `floor((n + 2p - f) / s) + 1`. */
  conv: number[];
  convFormula: [number, number];
  /** The pooling layer's output tensor and formula size; null without pooling. */
  pool: number[] | null;
  poolFormula: [number, number] | null;
}

/** One frame through the live filter, as plain data. */
export interface FilterResult {
  /** The source frame's size in pixels. */
  frame: { width: number; height: number };
  /** f, p and s as used for this frame, and the pooling window. */
  f: number;
  p: number;
  s: number;
  /** The layer: n_C' filters, their biases, ReLU or not, and (f * f * n_C + 1) * n_C' parameters. */
  layer: { filters: number; b: number[]; relu: boolean; parameters: number };
  shapes: FilterShapes;
  /** The largest positive and the most negative response (input scaled to 0-1). */
  maxPositive: number;
  maxNegative: number;
  /** The working picture and the output: positive responses orange, negative blue, 0 black. */
  inputImage: RgbaImage;
  outputImage: RgbaImage;
}

/** The result without its pixels: what the lab publishes as JSON for tests and screen readers. */
export function filterSummary(r: FilterResult): Omit<FilterResult, 'inputImage' | 'outputImage'> {
  return {
    frame: r.frame,
    f: r.f,
    p: r.p,
    s: r.s,
    layer: r.layer,
    shapes: r.shapes,
    maxPositive: r.maxPositive,
    maxNegative: r.maxNegative,
  };
}
