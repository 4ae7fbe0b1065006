import type { CornerBox } from './boxes';

/** One layer as the receptive field sees it: its f x f kernel and its stride s. */
export interface FieldLayer {
  kernel: number;
  stride: number;
}

/**
 * The receptive field of one output cell after a stack of layers, and the jump (total stride)
 * between neighbouring cells, both in input pixels: r_l = r_(l-1) + (f_l - 1) j_(l-1),
 * j_l = j_(l-1) s_l, from r_0 = j_0 = 1.
 */
export function receptiveField(layers: readonly FieldLayer[]): { size: number; jump: number } {
  let size = 1;
  let jump = 1;
  for (const { kernel, stride } of layers) {
    if (!(Number.isInteger(kernel) && kernel >= 1 && Number.isInteger(stride) && stride >= 1)) {
      throw new RangeError(
        `A layer needs an integer kernel and stride >= 1, got f=${kernel} s=${stride}.`,
      );
    }
    size += (kernel - 1) * jump;
    jump *= stride;
  }
  return { size, jump };
}

/**
 * How the convolutional implementation's output grid sits on the frame: the frame was resized by
 * scaleX, scaleY (network pixels per frame pixel), the backbone's feature map has one cell every
 * `cellStride` network pixels, and an average pool of `windowCells` x `windowCells` cells with
 * stride 1 gives one output per window.
 */
export interface PooledGrid {
  cellStride: number;
  windowCells: number;
  scaleX: number;
  scaleY: number;
}

/** Output cells along an axis of `cells` feature-map cells: n - f + 1 (pool f, stride 1, no padding). */
export function pooledGridSize(cells: number, windowCells: number): number {
  return Math.max(0, cells - windowCells + 1);
}

/**
 * The window in frame pixels (x right, y down) that output cell (row, col) classifies: it pools
 * feature cells col .. col + f - 1, which cover network pixels col·j .. (col + f)·j, with j the
 * backbone's total stride. Neighbouring outputs are j / scale frame pixels apart.
 */
export function cellWindow(row: number, col: number, grid: PooledGrid): CornerBox {
  const { cellStride: j, windowCells: f, scaleX, scaleY } = grid;
  return {
    x1: (col * j) / scaleX,
    y1: (row * j) / scaleY,
    x2: ((col + f) * j) / scaleX,
    y2: ((row + f) * j) / scaleY,
  };
}

/** Frame pixels between neighbouring windows of the grid, along x and y. */
export function pooledGridStride(grid: PooledGrid): { x: number; y: number } {
  return { x: grid.cellStride / grid.scaleX, y: grid.cellStride / grid.scaleY };
}
