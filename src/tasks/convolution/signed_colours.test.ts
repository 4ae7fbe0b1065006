import { describe, expect, it } from 'vitest';
import { negativeColour, positiveColour, signedColours } from './signed_colours';

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

  it('refuses values that do not match the size', () => {
    expect(() => signedColours([1, 2, 3], 2, 2)).toThrow('Expected 2x2 = 4 values, got 3.');
  });
});
