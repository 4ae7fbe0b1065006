import { describe, expect, it } from 'vitest';
import { squareLetterbox } from '../../vision/letterbox';
import { yoloCellAt } from './yolo_cell';

describe('yoloCellAt', () => {
  // 640 x 480 into 416: inner 416 x 312, 52 px of padding above and below.
  const box = squareLetterbox(640, 480, 416);
  it.each([
    { x: 0, y: 0, cell: { row: 1, col: 0 } }, // frame top is 52 px into the input: row 1
    { x: 639, y: 479, cell: { row: 11, col: 12 } },
    { x: 320, y: 240, cell: { row: 6, col: 6 } },
    { x: 640, y: 240, cell: null }, // right of the grid
    { x: 100, y: -50, cell: { row: 0, col: 2 } }, // in the top padding: still a cell
    { x: 100, y: -200, cell: null },
  ])('($x, $y) -> $cell', ({ x, y, cell }) => {
    expect(yoloCellAt(box, 13, x, y)).toEqual(cell);
  });
});
