import type { RgbaImage } from './filter_result';

/** Display colours (0-255 RGB) of the strongest positive and negative responses; 0 is black. */
export const positiveColour = [255, 140, 0] as const; // orange
export const negativeColour = [38, 140, 255] as const; // blue

/** Pixels between the output channels when a layer has several filters. */
export const channelGap = 4;

/**
 * A signed response (row by row, `width * height * channels` values, channels interleaved as in
 * an NHWC tensor) as a picture: positive values orange, negative blue, each scaled by the largest
 * magnitude over every channel and square-rooted so that weaker edges stay visible beside the
 * strongest (the sign, not the exact magnitude, is what it shows). Several channels (a layer's
 * n_C' filters) are placed side by side, `channelGap` black pixels apart, on one scale.
 * Also returns the extremes. A plain loop: on WASM it is faster than element-wise tensor ops.
 */
export function signedColours(
  values: ArrayLike<number>,
  width: number,
  height: number,
  channels = 1,
): { image: RgbaImage; maxPositive: number; maxNegative: number } {
  if (values.length !== width * height * channels) {
    const size = channels === 1 ? `${width}x${height}` : `${width}x${height}x${channels}`;
    throw new RangeError(
      `Expected ${size} = ${width * height * channels} values, got ${values.length}.`,
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
  const outWidth = width * channels + channelGap * (channels - 1);
  const data = new Uint8ClampedArray(outWidth * height * 4);
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  for (let i = 0; i < values.length; i++) {
    const pixel = Math.floor(i / channels);
    const k = i - pixel * channels;
    const y = Math.floor(pixel / width);
    const x = pixel - y * width + k * (width + channelGap);
    const j = (y * outWidth + x) * 4;
    const v = values[i]!;
    const t = Math.sqrt(Math.abs(v) / scale);
    const c = v >= 0 ? positiveColour : negativeColour;
    data[j] = c[0] * t;
    data[j + 1] = c[1] * t;
    data[j + 2] = c[2] * t;
  }
  return { image: { width: outWidth, height, data }, maxPositive, maxNegative };
}
