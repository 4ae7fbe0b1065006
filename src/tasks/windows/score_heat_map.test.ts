import { describe, expect, it } from 'vitest';
import { scoreHeatMap } from './score_heat_map';
import type { WindowScan } from './window_scan_result';

const scan: WindowScan = {
  mode: 'naive',
  grids: [
    { size: 20, strideX: 10, strideY: 10, rows: 1, cols: 2, first: 0 },
    { size: 30, strideX: 10, strideY: 10, rows: 1, cols: 1, first: 2 },
  ],
  windows: [
    { box: { x1: 0, y1: 0, x2: 20, y2: 20 }, scale: 0, row: 0, col: 0 },
    { box: { x1: 10, y1: 0, x2: 30, y2: 20 }, scale: 0, row: 0, col: 1 },
    { box: { x1: 0, y1: 0, x2: 30, y2: 30 }, scale: 1, row: 0, col: 0 },
  ],
  probabilities: [
    [0.9, 0.1],
    [0.3, 0.7],
    [0.5, 0.5],
  ],
  candidates: [],
  detections: [],
  backboneRuns: 3,
  milliseconds: 1,
};

describe('scoreHeatMap', () => {
  it.each([
    // grid, class, cells
    [
      0,
      0,
      [
        [5, 5, 15, 15, 0.9],
        [15, 5, 25, 15, 0.3],
      ],
    ],
    [
      0,
      1,
      [
        [5, 5, 15, 15, 0.1],
        [15, 5, 25, 15, 0.7],
      ],
    ],
    [1, 0, [[10, 10, 20, 20, 0.5]]],
  ])('size %i, class %i: stride-sized squares at the window centres', (grid, c, want) => {
    expect(
      scoreHeatMap(scan, grid, c).map(({ box, score }) => [box.x1, box.y1, box.x2, box.y2, score]),
    ).toEqual(want);
  });

  it('refuses a size the scan does not have', () => {
    expect(() => scoreHeatMap(scan, 2, 0)).toThrow(
      'There is no window size number 2 in this scan.',
    );
  });
});
