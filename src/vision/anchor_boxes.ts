import type { CentreBox } from './boxes';

/** An anchor (prior) box shape: width p_w and height p_h in grid cells. */
export interface AnchorSize {
  pw: number;
  ph: number;
}

/**
 * The 5 anchors of face-api's Tiny Face Detector (Tiny YOLOv2), in grid cells (width, height),
 * from @vladmandic/face-api src/tinyFaceDetector/const.ts. Faces are taller than wide.
 */
export const tinyFaceAnchors: readonly AnchorSize[] = [
  { pw: 1.603231, ph: 2.094468 },
  { pw: 6.041143, ph: 7.080126 },
  { pw: 2.882459, ph: 3.518061 },
  { pw: 4.266906, ph: 5.178857 },
  { pw: 9.041765, ph: 10.66308 },
];

/**
 * The anchor boxes of grid cell (row, col) in an S x S grid, centred on the cell, as centre
 * boxes in [0, 1] of the model input: b_x = (c_x + 0.5) / S, b_w = p_w / S.
 */
export function anchorBoxes(
  row: number,
  col: number,
  anchors: readonly AnchorSize[],
  gridSize: number,
): CentreBox[] {
  if (!(row >= 0 && row < gridSize && col >= 0 && col < gridSize)) {
    throw new RangeError(`Cell (${row}, ${col}) is outside the ${gridSize} x ${gridSize} grid.`);
  }
  return anchors.map(({ pw, ph }) => ({
    bx: (col + 0.5) / gridSize,
    by: (row + 0.5) / gridSize,
    bw: pw / gridSize,
    bh: ph / gridSize,
  }));
}
