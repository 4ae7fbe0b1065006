import type { CornerBox } from './boxes';

/**
 * What to do where the last window of a row or column would cross the frame's edge:
 * 'drop' keeps only windows wholly inside, floor((n - f) / s) + 1 per axis (the course's formula
 * with p = 0); 'clip' slides on until the edge is covered and cuts the last window at the edge,
 * ceil((n - f) / s) + 1 per axis (at least 1).
 */
export type WindowEdge = 'drop' | 'clip';

/** One window: its box in frame pixels (x right, y down), its size and place in its size's grid. */
export interface SlidingWindow {
  box: CornerBox;
  /** The side f of the square window before clipping, in pixels. */
  size: number;
  /** Index of the window size in the sizes given. */
  scale: number;
  row: number;
  col: number;
}

/** A window size's grid: rows x cols windows, `stride` pixels apart. */
export interface WindowGrid {
  size: number;
  stride: number;
  rows: number;
  cols: number;
}

/** Start positions along one axis of n pixels for a window of f pixels with stride s. */
export function windowStarts(n: number, f: number, s: number, edge: WindowEdge): number[] {
  for (const [name, value] of [
    ['n', n],
    ['f', f],
    ['s', s],
  ] as const) {
    if (!(value > 0) || !Number.isFinite(value)) {
      throw new RangeError(
        `The ${name} of a sliding window must be a positive number, got ${value}.`,
      );
    }
  }
  const count =
    edge === 'drop'
      ? f > n
        ? 0
        : Math.floor((n - f) / s) + 1
      : Math.max(1, Math.ceil((n - f) / s) + 1);
  return Array.from({ length: count }, (_, i) => i * s);
}

/**
 * Every window of every size, sizes in the order given, each size row by row (top to bottom,
 * left to right). Square windows of side `size` pixels, moved `stride` pixels at a time.
 */
export function slidingWindows(
  frame: { width: number; height: number },
  sizes: readonly number[],
  stride: number,
  edge: WindowEdge = 'drop',
): { windows: SlidingWindow[]; grids: WindowGrid[] } {
  if (sizes.length === 0) throw new RangeError('Choose at least one window size.');
  const windows: SlidingWindow[] = [];
  const grids: WindowGrid[] = [];
  sizes.forEach((size, scale) => {
    const ys = windowStarts(frame.height, size, stride, edge);
    const xs = windowStarts(frame.width, size, stride, edge);
    grids.push({ size, stride, rows: ys.length, cols: xs.length });
    ys.forEach((y, row) =>
      xs.forEach((x, col) =>
        windows.push({
          box: {
            x1: x,
            y1: y,
            x2: Math.min(x + size, frame.width),
            y2: Math.min(y + size, frame.height),
          },
          size,
          scale,
          row,
          col,
        }),
      ),
    );
  });
  return { windows, grids };
}
