import { describe, expect, it } from 'vitest';
import {
  conv2dReference,
  conv3dReference,
  convSteps,
  padZeros,
  pool2dReference,
} from './conv2d_reference';
import { kernels } from './kernels';

// The course's step edge (10.1): a 6x6 picture, bright (10) on the left half, dark (0) on the right.
const lightToDark = Array.from({ length: 6 }, () => [10, 10, 10, 0, 0, 0]);
const darkToLight = Array.from({ length: 6 }, () => [0, 0, 0, 10, 10, 10]);

describe('conv2dReference', () => {
  it('finds the course step edge as a bright band in the middle of the 4x4 output', () => {
    expect(conv2dReference(lightToDark, kernels.vertical, { p: 0, s: 1 })).toEqual(
      Array.from({ length: 4 }, () => [0, 30, 30, 0]),
    );
  });

  it('gives the opposite sign for a dark-to-light edge', () => {
    expect(conv2dReference(darkToLight, kernels.vertical, { p: 0, s: 1 })).toEqual(
      Array.from({ length: 4 }, () => [0, -30, -30, 0]),
    );
  });

  it('does not see a vertical edge with the horizontal filter', () => {
    expect(conv2dReference(lightToDark, kernels.horizontal, { p: 0, s: 1 })).toEqual(
      Array.from({ length: 4 }, () => [0, 0, 0, 0]),
    );
  });

  it('keeps the 6x6 size with same padding (p = 1), zeros entering at the borders', () => {
    expect(conv2dReference(lightToDark, kernels.vertical, { p: 1, s: 1 })).toEqual([
      [-20, 0, 20, 20, 0, 0],
      ...Array.from({ length: 4 }, () => [-30, 0, 30, 30, 0, 0]),
      [-20, 0, 20, 20, 0, 0],
    ]);
  });

  it('skips positions with stride 2: floor((6 - 3) / 2) + 1 = 2', () => {
    expect(conv2dReference(lightToDark, kernels.vertical, { p: 0, s: 2 })).toEqual([
      [0, 30],
      [0, 30],
    ]);
  });

  it.each([
    // The course's 7x7 * 3x3 with stride 2 (10.3), then with padding.
    [{ p: 0, s: 2 }, 3],
    [{ p: 1, s: 2 }, 4],
    [{ p: 2, s: 3 }, 3],
  ])('on a 7x7 input with %j gives %i x %i', (params, size) => {
    const input = Array.from({ length: 7 }, (_, r) => Array.from({ length: 7 }, (_, c) => r + c));
    const out = conv2dReference(input, kernels.sobelX, params);
    expect(out).toHaveLength(size);
    for (const row of out) expect(row).toHaveLength(size);
  });

  it('matches a hand-computed value on a non-symmetric patch', () => {
    const input = [
      [3, 0, 1, 2],
      [1, 5, 8, 9],
      [2, 7, 2, 5],
    ];
    // Top-left window times the vertical filter: (3 + 1 + 2) - (1 + 8 + 2) = -5.
    // Next window: (0 + 5 + 7) - (2 + 9 + 5) = -4.
    expect(conv2dReference(input, kernels.vertical, { p: 0, s: 1 })).toEqual([[-5, -4]]);
  });
});

describe('convSteps', () => {
  it('lists every position with its products and their sum', () => {
    const steps = convSteps(lightToDark, kernels.vertical, { p: 0, s: 1 });
    expect(steps).toHaveLength(16);
    const second = steps[1]!;
    expect([second.row, second.col, second.top, second.left]).toEqual([0, 1, 0, 1]);
    expect(second.window).toEqual(Array.from({ length: 3 }, () => [10, 10, 0]));
    expect(second.products).toEqual(Array.from({ length: 3 }, () => [10, 0, -0]));
    expect(second.sum).toBe(30);
  });
});

describe('padZeros', () => {
  it('adds p zeros on every side', () => {
    expect(padZeros([[1, 2]], 1)).toEqual([
      [0, 0, 0, 0],
      [0, 1, 2, 0],
      [0, 0, 0, 0],
    ]);
  });
});

describe('conv3dReference', () => {
  it('sums the per-channel convolutions of a 3-channel input into one channel', () => {
    const out = conv3dReference(
      [lightToDark, lightToDark, darkToLight],
      [kernels.vertical, kernels.vertical, kernels.vertical],
      { p: 0, s: 1 },
    );
    expect(out).toEqual(Array.from({ length: 4 }, () => [0, 30, 30, 0]));
  });

  it('refuses a filter whose channels differ from the input', () => {
    expect(() =>
      conv3dReference([lightToDark], [kernels.vertical, kernels.vertical], { p: 0, s: 1 }),
    ).toThrow('The filter has 2 channels but the input has 1; they must match.');
  });
});

describe('pool2dReference', () => {
  // The course's pooling example (10.9): a 4x4 input, f = 2, s = 2.
  const input = [
    [1, 3, 2, 1],
    [2, 9, 1, 1],
    [1, 3, 2, 3],
    [5, 6, 1, 2],
  ];

  it('max pooling keeps the largest value of each 2x2 window', () => {
    expect(pool2dReference(input, 'max', 2, 2)).toEqual([
      [9, 2],
      [6, 3],
    ]);
  });

  it('average pooling keeps the mean of each 2x2 window', () => {
    expect(pool2dReference(input, 'avg', 2, 2)).toEqual([
      [3.75, 1.25],
      [3.75, 2],
    ]);
  });

  it('3x3 max pooling with stride 1 on a 5x5 gives 3x3', () => {
    const five = [
      [1, 3, 2, 1, 3],
      [2, 9, 1, 1, 5],
      [1, 3, 2, 3, 2],
      [8, 3, 5, 1, 0],
      [5, 6, 1, 2, 9],
    ];
    expect(pool2dReference(five, 'max', 3, 1)).toEqual([
      [9, 9, 5],
      [9, 9, 5],
      [8, 6, 9],
    ]);
  });
});
