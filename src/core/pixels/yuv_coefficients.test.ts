import { describe, expect, it } from 'vitest';
import { yuvCoefficients } from './yuv_coefficients';

describe('yuvCoefficients', () => {
  // The usual published constants (ITU-R BT.601 and BT.709, video and full range).
  it.each([
    {
      matrix: 'bt601',
      fullRange: false,
      rv: 1.596,
      gu: 0.392,
      gv: 0.813,
      bu: 2.017,
      yScale: 1.164,
    },
    {
      matrix: 'bt709',
      fullRange: false,
      rv: 1.793,
      gu: 0.213,
      gv: 0.533,
      bu: 2.112,
      yScale: 1.164,
    },
    { matrix: 'bt601', fullRange: true, rv: 1.402, gu: 0.344, gv: 0.714, bu: 1.772, yScale: 1 },
  ] as const)('$matrix full range $fullRange', ({ matrix, fullRange, ...expected }) => {
    const k = yuvCoefficients(matrix, fullRange);
    for (const [name, value] of Object.entries(expected)) {
      expect(k[name as keyof typeof expected]).toBeCloseTo(value, 3);
    }
  });
});
