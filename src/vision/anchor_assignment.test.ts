import { describe, expect, it } from 'vitest';
import { anchorAssignment } from './anchor_assignment';
import { tinyFaceAnchors } from './anchor_boxes';

// The course's picture: a 3 x 3 grid, anchor 1 tall (a pedestrian), anchor 2 wide (a car).
const tallAndWide = [
  { pw: 1, ph: 2 },
  { pw: 2, ph: 1 },
];

describe('anchorAssignment', () => {
  it.each([
    {
      // 1.8 x 0.9 cells, midpoint (1.5, 2.1) cells. Tall: 0.9 / (1.62 + 2 - 0.9) = 0.9 / 2.72;
      // wide: 1.62 / (1.62 + 2 - 1.62) = 0.81.
      name: 'a car goes to the wide anchor',
      box: { bx: 0.5, by: 0.7, bw: 0.6, bh: 0.3 },
      expected: { row: 2, col: 1, anchor: 1, iou: 0.81, ious: [0.9 / 2.72, 0.81] },
    },
    {
      // 0.6 x 1.8 cells at (0.6, 1.5). Tall: 1.08 / 2 = 0.54; wide: 0.6 / (1.08 + 2 - 0.6).
      name: 'a pedestrian goes to the tall anchor',
      box: { bx: 0.2, by: 0.5, bw: 0.2, bh: 0.6 },
      expected: { row: 1, col: 0, anchor: 0, iou: 0.54, ious: [0.54, 0.6 / 2.48] },
    },
    {
      // 1 x 1 cell: 1 / 2 with either anchor; the first wins the tie.
      name: 'a square box ties; the first anchor wins',
      box: { bx: 0.99, by: 0, bw: 1 / 3, bh: 1 / 3 },
      expected: { row: 0, col: 2, anchor: 0, iou: 0.5, ious: [0.5, 0.5] },
    },
  ])('$name', ({ box, expected }) => {
    const a = anchorAssignment(box, tallAndWide, 3)!;
    expect({ row: a.row, col: a.col, anchor: a.anchor }).toEqual({
      row: expected.row,
      col: expected.col,
      anchor: expected.anchor,
    });
    expect(a.iou).toBeCloseTo(expected.iou, 12);
    expect(a.ious).toHaveLength(2);
    for (const [k, iou] of expected.ious.entries()) expect(a.ious[k]).toBeCloseTo(iou, 12);
  });

  it("picks among the face model's five anchors by shape", () => {
    // 65 x 65 input px at 416 px (S = 13): 2.03125 x 2.03125 cells, midpoint (97.5, 149.5) px.
    // Anchor 0 (1.603231 x 2.094468): 1.603231 * 2.03125 / (2.03125² + 1.603231 * 2.094468
    //   - 1.603231 * 2.03125) = 0.770; anchor 2 (2.882459 x 3.518061): 2.03125² / (2.882459 *
    //   3.518061) = 0.407; the bigger anchors less.
    const a = anchorAssignment(
      { bx: 97.5 / 416, by: 149.5 / 416, bw: 65 / 416, bh: 65 / 416 },
      tinyFaceAnchors,
      13,
    )!;
    expect([a.row, a.col, a.anchor]).toEqual([4, 3, 0]);
    const s = 2.03125;
    const small = 1.603231 * s;
    expect(a.iou).toBeCloseTo(small / (s * s + 1.603231 * 2.094468 - small), 12);
    expect(a.iou).toBeCloseTo(0.77, 2);
    expect(a.ious[2]).toBeCloseTo((s * s) / (2.882459 * 3.518061), 12);
  });

  it.each([
    { bx: 1, by: 0.5 },
    { bx: 0.5, by: -0.01 },
  ])('a midpoint outside the grid ($bx, $by) has no cell', ({ bx, by }) => {
    expect(anchorAssignment({ bx, by, bw: 0.1, bh: 0.1 }, tallAndWide, 3)).toBeNull();
  });

  it('needs anchors', () => {
    expect(() => anchorAssignment({ bx: 0.5, by: 0.5, bw: 0.1, bh: 0.1 }, [], 3)).toThrow(
      'There must be at least one anchor.',
    );
  });
});
