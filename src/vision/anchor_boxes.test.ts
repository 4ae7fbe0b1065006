import { describe, expect, it } from 'vitest';
import { anchorBoxes, tinyFaceAnchors } from './anchor_boxes';

describe('anchorBoxes', () => {
  it.each([
    { row: 0, col: 0, S: 13, bx: 0.5 / 13, by: 0.5 / 13 },
    { row: 6, col: 2, S: 13, bx: 2.5 / 13, by: 6.5 / 13 },
    { row: 18, col: 0, S: 19, bx: 0.5 / 19, by: 18.5 / 19 },
  ])('cell ($row, $col) of $S x $S is centred at ($bx, $by)', ({ row, col, S, bx, by }) => {
    const boxes = anchorBoxes(row, col, tinyFaceAnchors, S);
    expect(boxes).toHaveLength(5);
    for (const [i, b] of boxes.entries()) {
      expect(b.bx).toBeCloseTo(bx, 12);
      expect(b.by).toBeCloseTo(by, 12);
      expect(b.bw).toBeCloseTo(tinyFaceAnchors[i]!.pw / S, 12);
      expect(b.bh).toBeCloseTo(tinyFaceAnchors[i]!.ph / S, 12);
    }
  });

  it('keeps width and height apart (non-square anchor)', () => {
    const [b] = anchorBoxes(0, 0, [{ pw: 1, ph: 3 }], 10);
    expect(b!.bw).toBeCloseTo(0.1, 12);
    expect(b!.bh).toBeCloseTo(0.3, 12);
  });

  it('rejects a cell outside the grid', () => {
    expect(() => anchorBoxes(13, 0, tinyFaceAnchors, 13)).toThrow(
      'Cell (13, 0) is outside the 13 x 13 grid.',
    );
  });
});
