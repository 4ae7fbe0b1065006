import { describe, expect, it } from 'vitest';
import { squareLetterbox, unletterbox } from '../../vision/letterbox';
import { frameToInput, yoloCellAt } from './yolo_cell';

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

describe('frameToInput', () => {
  it.each([
    { w: 640, h: 480, x: 0, y: 0, input: { x: 0, y: 52 / 416 } },
    { w: 640, h: 480, x: 640, y: 480, input: { x: 1, y: 364 / 416 } },
    { w: 480, h: 640, x: 240, y: 320, input: { x: 0.5, y: 0.5 } },
  ])('undoes unletterbox: ($x, $y) of $w x $h -> $input', ({ w, h, x, y, input }) => {
    const box = squareLetterbox(w, h, 416);
    const p = frameToInput(box, x, y);
    expect(p.x).toBeCloseTo(input.x, 12);
    expect(p.y).toBeCloseTo(input.y, 12);
    const back = unletterbox(box, p.x, p.y);
    expect(back.x).toBeCloseTo(x, 9);
    expect(back.y).toBeCloseTo(y, 9);
  });
});
