import { describe, expect, it } from 'vitest';
import { slidingWindows } from '../../vision/sliding_windows';
import { nearestWindow } from './nearest_window';
import type { WindowScan } from './window_scan_result';

// Two sizes on a 100 x 60 frame: 50 px windows (3 x 1, stride 20) then 20 px (5 x 3).
const { windows, grids } = slidingWindows({ width: 100, height: 60 }, [50, 20], 20);
const scan: WindowScan = {
  mode: 'naive',
  grids: [
    { size: 50, strideX: 20, strideY: 20, rows: grids[0]!.rows, cols: grids[0]!.cols, first: 0 },
    { size: 20, strideX: 20, strideY: 20, rows: grids[1]!.rows, cols: grids[1]!.cols, first: 3 },
  ],
  windows,
  probabilities: windows.map(() => [0.5, 0.5]),
  candidates: [],
  detections: [],
  backboneRuns: windows.length,
  milliseconds: 1,
};

describe('nearestWindow', () => {
  it.each([
    // grid, x, y, [row, col]
    [0, 0, 0, [0, 0]],
    [0, 44, 30, [0, 1]], // centres at x 25, 45, 65
    [0, 99, 59, [0, 2]],
    [1, 31, 29, [1, 1]], // centres at 10, 30, 50, 70, 90 and 10, 30, 50
    [1, 95, 55, [2, 4]],
  ])('size %i at (%i, %i) -> window %j', (grid, x, y, [row, col]) => {
    const i = nearestWindow(scan, grid, x, y);
    expect([scan.windows[i]!.row, scan.windows[i]!.col, scan.windows[i]!.scale]).toEqual([
      row,
      col,
      grid,
    ]);
  });

  it('gives -1 for a size the scan does not have', () => {
    expect(nearestWindow(scan, 5, 0, 0)).toBe(-1);
  });
});
