import type { RgbaImage } from './filter_result';

/** Display colours (0-255 RGB) of the strongest positive and negative responses; 0 is black. */
export const positiveColour = [255, 140, 0] as const; // orange
export const negativeColour = [38, 140, 255] as const; // blue

/**
 * A signed response (row by row, `width * height` values) as a picture: positive values orange,
 * negative blue, each scaled by the largest magnitude and square-rooted so that weaker edges stay
 * visible beside the strongest (the sign, not the exact magnitude, is what it shows).
 * Also returns the extremes. A plain loop: on WASM it is faster than element-wise tensor ops.
 */
export function signedColours(
  values: ArrayLike<number>,
  width: number,
  height: number,
): { image: RgbaImage; maxPositive: number; maxNegative: number } {
  if (values.length !== width * height) {
    throw new RangeError(
      `Expected ${width}x${height} = ${width * height} values, got ${values.length}.`,
    );
  }
  let maxPositive = 0;
  let maxNegative = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v > maxPositive) maxPositive = v;
    else if (v < maxNegative) maxNegative = v;
  }
  const scale = Math.max(maxPositive, -maxNegative, 1e-6);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, j = 0; i < values.length; i++, j += 4) {
    const v = values[i]!;
    const t = Math.sqrt(Math.abs(v) / scale);
    const c = v >= 0 ? positiveColour : negativeColour;
    data[j] = c[0] * t;
    data[j + 1] = c[1] * t;
    data[j + 2] = c[2] * t;
    data[j + 3] = 255;
  }
  return { image: { width, height, data }, maxPositive, maxNegative };
}
