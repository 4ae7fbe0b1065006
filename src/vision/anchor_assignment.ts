import type { AnchorSize } from './anchor_boxes';
import type { CentreBox } from './boxes';
import { intersectionOverUnionCentre } from './intersection_over_union';

/** Where the course's YOLO training puts an object: a grid cell and one of its anchors. */
export interface AnchorAssignment {
  /** The cell holding the box's midpoint: c_y = row, c_x = col. */
  row: number;
  col: number;
  /** Index of the anchor whose shape has the highest IoU with the box's shape. */
  anchor: number;
  /** That IoU. */
  iou: number;
  /** IoU of the box's shape with each anchor's, both centred on one point, by anchor. */
  ious: number[];
}

/**
 * The course's rule for a training label (course 4 week 3, "Anchor boxes"): an object goes to
 * the grid cell that holds its midpoint (b_x, b_y), and to the anchor of that cell whose shape
 * p_w x p_h has the highest IoU with the box's b_w x b_h, the two centred on one point.
 * `box` in [0, 1] of the model input; `anchors` in grid cells. Ties go to the first anchor.
 * Null when the midpoint is outside the grid.
 */
export function anchorAssignment(
  box: CentreBox,
  anchors: readonly AnchorSize[],
  gridSize: number,
): AnchorAssignment | null {
  if (anchors.length === 0) throw new RangeError('There must be at least one anchor.');
  if (!(box.bx >= 0 && box.bx < 1 && box.by >= 0 && box.by < 1)) return null;
  const shape = { bx: 0, by: 0, bw: box.bw * gridSize, bh: box.bh * gridSize }; // grid cells
  const ious = anchors.map(({ pw, ph }) =>
    intersectionOverUnionCentre(shape, { bx: 0, by: 0, bw: pw, bh: ph }),
  );
  const anchor = ious.indexOf(Math.max(...ious));
  return {
    row: Math.floor(box.by * gridSize),
    col: Math.floor(box.bx * gridSize),
    anchor,
    iou: ious[anchor]!,
    ious,
  };
}
