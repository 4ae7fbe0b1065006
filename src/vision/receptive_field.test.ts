import { describe, expect, it } from 'vitest';
import { cellWindow, pooledGridSize, pooledGridStride, receptiveField } from './receptive_field';

describe('receptiveField: r_l = r_(l-1) + (f_l - 1) j_(l-1), j_l = j_(l-1) s_l', () => {
  it.each([
    // layers [f, s], size, jump
    [[], 1, 1],
    [[[3, 1]], 3, 1],
    [
      [
        [3, 1],
        [3, 1],
      ],
      5,
      1,
    ], // two 3x3 convolutions see 5x5, like one 5x5
    [
      [
        [3, 1],
        [3, 1],
        [3, 1],
      ],
      7,
      1,
    ],
    [
      [
        [3, 2],
        [3, 1],
      ],
      7,
      2,
    ],
    [
      [
        [2, 2],
        [2, 2],
        [2, 2],
      ],
      8,
      8,
    ], // three 2x2 max pools, stride 2
    [
      [
        [3, 2],
        [3, 2],
        [3, 2],
        [3, 2],
        [3, 2],
      ],
      63,
      32,
    ], // five stride-2 3x3 layers: j = 32
  ] as const)('%j -> size %i, jump %i', (layers, size, jump) => {
    expect(receptiveField(layers.map(([kernel, stride]) => ({ kernel, stride })))).toEqual({
      size,
      jump,
    });
  });

  it('refuses a layer without an integer kernel and stride', () => {
    expect(() => receptiveField([{ kernel: 3, stride: 0 }])).toThrow(
      'A layer needs an integer kernel and stride >= 1, got f=3 s=0.',
    );
  });
});

describe('pooled grid: output cell -> window in the frame', () => {
  it.each([
    // feature cells, pool f, outputs
    [7, 7, 1], // a 224 px input, 7x7 cells at stride 32: one window, the whole picture
    [20, 7, 14], // 640 px: 14 windows across, like naive windows of 224 with stride 32
    [15, 7, 9],
    [5, 7, 0],
  ])('%i cells pooled %i at a time: %i outputs', (cells, f, want) => {
    expect(pooledGridSize(cells, f)).toBe(want);
  });

  it.each([
    // row, col, grid, window
    [0, 0, { cellStride: 32, windowCells: 7, scaleX: 1, scaleY: 1 }, [0, 0, 224, 224]],
    [2, 3, { cellStride: 32, windowCells: 7, scaleX: 1, scaleY: 1 }, [96, 64, 320, 288]],
    // a 112 px window scanned at 2x: the net sees 224 px, neighbours are 16 frame px apart
    [1, 4, { cellStride: 32, windowCells: 7, scaleX: 2, scaleY: 2 }, [64, 16, 176, 128]],
    // a 4-cell pool at stride 16 on a frame shrunk to half
    [1, 1, { cellStride: 16, windowCells: 4, scaleX: 0.5, scaleY: 0.5 }, [32, 32, 160, 160]],
  ])('cell (%i, %i) of %j is the window %j', (row, col, grid, [x1, y1, x2, y2]) => {
    expect(cellWindow(row, col, grid)).toEqual({ x1, y1, x2, y2 });
  });

  it('puts neighbouring windows j / scale frame pixels apart', () => {
    expect(pooledGridStride({ cellStride: 32, windowCells: 7, scaleX: 2, scaleY: 1.75 })).toEqual({
      x: 16,
      y: 32 / 1.75,
    });
  });
});
