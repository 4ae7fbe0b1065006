import { describe, expect, it } from 'vitest';
import { channelGap, negativeColour, positiveColour, signedColours } from './signed_colours';

const pixel = (data: Uint8ClampedArray, i: number) => Array.from(data.slice(i * 4, i * 4 + 4));

describe('signedColours', () => {
  it('paints positive responses orange, negative blue, zero black, by sqrt(|v| / largest)', () => {
    const { image, maxPositive, maxNegative } = signedColours([30, -30, 0, 15, -7.5, 0], 3, 2);
    expect([image.width, image.height, maxPositive, maxNegative]).toEqual([3, 2, 30, -30]);
    expect(pixel(image.data, 0)).toEqual([...positiveColour, 255]);
    expect(pixel(image.data, 1)).toEqual([...negativeColour, 255]);
    expect(pixel(image.data, 2)).toEqual([0, 0, 0, 255]);
    const half = Math.SQRT1_2;
    expect(pixel(image.data, 3)).toEqual([...positiveColour.map((c) => Math.round(c * half)), 255]);
    expect(pixel(image.data, 4)).toEqual([...negativeColour.map((c) => Math.round(c / 2)), 255]);
  });

  it('keeps an all-zero response black and reports 0 as both extremes', () => {
    const { image, maxPositive, maxNegative } = signedColours(new Float32Array(4), 2, 2);
    expect(Array.from(image.data)).toEqual([
      0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255,
    ]);
    expect([maxPositive, maxNegative]).toEqual([0, 0]);
  });

  it("places a layer's output channels side by side on one scale", () => {
    // 2 x 1 pixels, 2 channels interleaved: pixel 0 = (10, -5), pixel 1 = (0, 20)
    const { image, maxPositive, maxNegative } = signedColours([10, -5, 0, 20], 2, 1, 2);
    expect([image.width, image.height, maxPositive, maxNegative]).toEqual([
      2 * 2 + channelGap,
      1,
      20,
      -5,
    ]);
    const at = (x: number) => pixel(image.data, x);
    expect(at(0)).toEqual([...positiveColour.map((c) => Math.round(c * Math.SQRT1_2)), 255]);
    expect(at(1)).toEqual([0, 0, 0, 255]);
    expect(at(2)).toEqual([0, 0, 0, 255]); // the gap
    expect(at(2 + channelGap)).toEqual([...negativeColour.map((c) => Math.round(c / 2)), 255]);
    expect(at(3 + channelGap)).toEqual([...positiveColour, 255]);
    expect(() => signedColours([1, 2, 3], 2, 1, 2)).toThrow('Expected 2x1x2 = 4 values, got 3.');
  });

  it('refuses values that do not match the size', () => {
    expect(() => signedColours([1, 2, 3], 2, 2)).toThrow('Expected 2x2 = 4 values, got 3.');
  });
});
