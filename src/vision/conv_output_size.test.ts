import { describe, expect, it } from 'vitest';
import { convOutputSize, paddingFor } from './conv_output_size';

describe('convOutputSize: floor((n + 2p - f) / s) + 1', () => {
  it.each([
    // n, f, p, s, output: the course's examples first
    [6, 3, 0, 1, 4],
    [6, 3, 1, 1, 6],
    [7, 3, 0, 2, 3],
    [7, 3, 1, 2, 4],
    [6, 2, 0, 2, 3], // 2x2 pooling with stride 2 halves the size
    [5, 3, 0, 2, 2],
    [5, 3, 0, 1, 3],
    [320, 3, 1, 1, 320],
    [320, 3, 0, 2, 159],
    [240, 5, 2, 3, 80],
    [39, 3, 0, 1, 37],
    [37, 5, 0, 2, 17],
    [1, 1, 0, 1, 1],
    [4, 7, 2, 1, 2],
  ])('n=%i f=%i p=%i s=%i gives %i', (n, f, p, s, want) => {
    expect(convOutputSize(n, f, p, s)).toBe(want);
  });

  it.each([
    [0, 3, 0, 1, 'n must be an integer >= 1, got 0.'],
    [6, 3, -1, 1, 'p must be an integer >= 0, got -1.'],
    [6, 3, 0, 0, 's must be an integer >= 1, got 0.'],
    [6, 2.5, 0, 1, 'f must be an integer >= 1, got 2.5.'],
    [2, 5, 1, 1, 'The 5x5 filter does not fit in n + 2p = 4 pixels.'],
  ])('rejects n=%s f=%s p=%s s=%s', (n, f, p, s, message) => {
    expect(() => convOutputSize(n, f, p, s)).toThrow(message);
  });
});

describe('paddingFor', () => {
  it.each([
    ['valid', 3, 7, 0],
    ['same', 3, 7, 1],
    ['same', 5, 0, 2],
    ['same', 1, 0, 0],
    ['custom', 3, 7, 7],
  ] as const)('%s with f=%i (custom p %i) is p=%i', (mode, f, custom, want) => {
    expect(paddingFor(mode, f, custom)).toBe(want);
  });

  it.each([1, 3, 5, 7])('same padding keeps n at s=1 for f=%i', (f) => {
    expect(convOutputSize(12, f, paddingFor('same', f), 1)).toBe(12);
  });
});
