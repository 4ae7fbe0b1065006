import { describe, expect, it } from 'vitest';
import {
  kernelCells,
  kernelNames,
  kernels,
  parseKernel,
  parseKernelText,
  resizeKernel,
} from './kernels';
import { conv2dReference } from './conv2d_reference';

const sum = (k: number[][]) => k.flat().reduce((a, b) => a + b, 0);
const transpose = (k: number[][]) => k[0]!.map((_, c) => k.map((row) => row[c]!));

describe('kernels', () => {
  it.each(kernelNames)('%s is a 3x3 filter', (name) => {
    expect(kernels[name]).toHaveLength(3);
    for (const row of kernels[name]) expect(row).toHaveLength(3);
  });

  it.each([
    ['vertical', 0],
    ['horizontal', 0],
    ['sobelX', 0],
    ['sobelY', 0],
    ['scharrX', 0],
    ['scharrY', 0],
    ['sharpen', 1],
    ['boxBlur', 1],
  ] as const)('%s sums to %i (edges: 0 on flat areas; smoothing: keeps brightness)', (n, s) => {
    expect(sum(kernels[n])).toBeCloseTo(s, 12);
  });

  it.each([
    ['vertical', 'horizontal'],
    ['sobelX', 'sobelY'],
    ['scharrX', 'scharrY'],
  ] as const)('%s transposed is %s', (x, y) => {
    expect(transpose(kernels[x])).toEqual(kernels[y]);
  });

  it('has the course values for the vertical and Sobel filters', () => {
    expect(kernels.vertical).toEqual([
      [1, 0, -1],
      [1, 0, -1],
      [1, 0, -1],
    ]);
    expect(kernels.sobelX[1]).toEqual([2, 0, -2]);
    expect(kernels.scharrX[1]).toEqual([10, 0, -10]);
  });
});

describe('parseKernel', () => {
  it('reads 9 cells as a 3x3 filter, row by row', () => {
    expect(parseKernel(['1', '0', '-1', ' 2 ', '0', '-2', '0.5', '0', '-1e0'])).toEqual({
      ok: true,
      kernel: [
        [1, 0, -1],
        [2, 0, -2],
        [0.5, 0, -1],
      ],
    });
  });

  it('reads 25 cells as a 5x5 filter', () => {
    const r = parseKernel(Array.from({ length: 25 }, (_, i) => String(i)));
    expect(r.ok && r.kernel).toHaveLength(5);
    expect(r.ok && r.kernel[4]).toEqual([20, 21, 22, 23, 24]);
  });

  it.each([
    [[], 0],
    [['1', '2', '3', '4'], 4],
    [Array(10).fill('0'), 10],
    [Array(16).fill('0'), 16],
  ])('refuses %j: wrong count', (cells, got) => {
    expect(parseKernel(cells)).toEqual({ ok: false, error: { kind: 'count', got } });
  });

  it.each([
    [4, 2, 2, 'abc'],
    [0, 1, 1, ''],
    [8, 3, 3, '1,5'],
    [5, 2, 3, 'Infinity'],
    [3, 2, 1, '--1'],
  ])('refuses a cell that is not a number (cell %i -> row %i col %i: %j)', (at, row, col, text) => {
    const cells = Array<string>(9).fill('1');
    cells[at] = text;
    expect(parseKernel(cells)).toEqual({ ok: false, error: { kind: 'notNumber', row, col, text } });
  });
});

describe('parseKernelText', () => {
  it.each([
    ['1 0 -1\n1 0 -1\n1 0 -1', kernels.vertical],
    ['1,1,1; 0,0,0; -1,-1,-1', kernels.horizontal],
  ])('reads %j', (text, want) => {
    expect(parseKernelText(text)).toEqual({ ok: true, kernel: want });
  });

  it('counts the numbers it was given', () => {
    expect(parseKernelText('  ')).toEqual({ ok: false, error: { kind: 'count', got: 0 } });
    expect(parseKernelText('1 2 3 4 5 6 7 8')).toEqual({
      ok: false,
      error: { kind: 'count', got: 8 },
    });
  });
});

describe('kernelCells', () => {
  it('round-trips through parseKernel', () => {
    for (const name of kernelNames) {
      const r = parseKernel(kernelCells(kernels[name]));
      expect(r.ok).toBe(true);
      if (r.ok)
        r.kernel.flat().forEach((v, i) => expect(v).toBeCloseTo(kernels[name].flat()[i]!, 4));
    }
  });
});

describe('resizeKernel', () => {
  it('grows a 3x3 filter to 5x5 with a ring of zeros, and shrinks it back', () => {
    const five = resizeKernel(kernels.sobelX, 5);
    expect(five).toEqual([
      [0, 0, 0, 0, 0],
      [0, 1, 0, -1, 0],
      [0, 2, 0, -2, 0],
      [0, 1, 0, -1, 0],
      [0, 0, 0, 0, 0],
    ]);
    expect(resizeKernel(five, 3)).toEqual(kernels.sobelX);
    expect(resizeKernel(kernels.sobelX, 3)).toBe(kernels.sobelX);
  });

  it('the grown filter gives the same response with p larger by 1', () => {
    const input = Array.from({ length: 7 }, (_, r) =>
      Array.from({ length: 7 }, (_, c) => (r * c) % 5),
    );
    expect(conv2dReference(input, resizeKernel(kernels.sobelX, 5), { p: 1, s: 1 })).toEqual(
      conv2dReference(input, kernels.sobelX, { p: 0, s: 1 }),
    );
  });

  it('refuses an even size', () => {
    expect(() => resizeKernel(kernels.vertical, 4)).toThrow(
      'A 3x3 filter can only become another odd size, not 4x4.',
    );
  });
});
