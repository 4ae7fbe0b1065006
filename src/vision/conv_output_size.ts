/** How the padding p of a convolution is chosen (course notation: n input, f filter, p, s). */
export type PaddingMode = 'valid' | 'same' | 'custom';

/**
 * The output size of a convolution or pooling along one axis: `floor((n + 2p - f) / s) + 1`.
 * Throws a clear message when the window does not fit or a parameter is out of range.
 */
export function convOutputSize(n: number, f: number, p: number, s: number): number {
  for (const [name, value, min] of [
    ['n', n, 1],
    ['f', f, 1],
    ['p', p, 0],
    ['s', s, 1],
  ] as const) {
    if (!Number.isInteger(value) || value < min) {
      throw new RangeError(`${name} must be an integer >= ${min}, got ${value}.`);
    }
  }
  if (n + 2 * p < f) {
    throw new RangeError(`The ${f}x${f} filter does not fit in n + 2p = ${n + 2 * p} pixels.`);
  }
  return Math.floor((n + 2 * p - f) / s) + 1;
}

/**
 * The padding p for a mode: valid is 0; same is (f - 1) / 2, which keeps n when s = 1 (f odd);
 * custom is the user's p.
 */
export function paddingFor(mode: PaddingMode, f: number, custom = 0): number {
  switch (mode) {
    case 'valid':
      return 0;
    case 'same':
      return Math.floor((f - 1) / 2);
    case 'custom':
      return custom;
  }
}
