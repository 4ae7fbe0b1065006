import {
  boxArea,
  centreToCorner,
  topLeftToCorner,
  type CentreBox,
  type CornerBox,
  type TopLeftBox,
} from './boxes';

/** The parts of IoU, for showing the formula: IoU = intersection / union. */
export interface IouParts {
  intersection: number;
  union: number;
  iou: number;
}

/**
 * IoU = area(A ∩ B) / area(A ∪ B), with area(A ∪ B) = area(A) + area(B) − area(A ∩ B).
 * Boxes that only touch, or are disjoint, give 0; empty boxes give 0.
 */
export function intersectionOverUnionParts(a: CornerBox, b: CornerBox): IouParts {
  const intersection = boxArea({
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
    x2: Math.min(a.x2, b.x2),
    y2: Math.min(a.y2, b.y2),
  });
  const union = boxArea(a) + boxArea(b) - intersection;
  return { intersection, union, iou: union > 0 ? intersection / union : 0 };
}

/** IoU of two corner-format boxes (x1, y1, x2, y2). */
export function intersectionOverUnion(a: CornerBox, b: CornerBox): number {
  return intersectionOverUnionParts(a, b).iou;
}

/** IoU of two centre-format boxes (b_x, b_y, b_w, b_h). */
export function intersectionOverUnionCentre(a: CentreBox, b: CentreBox): number {
  return intersectionOverUnion(centreToCorner(a), centreToCorner(b));
}

/** IoU of two top-left-format boxes (x, y, width, height). */
export function intersectionOverUnionTopLeft(a: TopLeftBox, b: TopLeftBox): number {
  return intersectionOverUnion(topLeftToCorner(a), topLeftToCorner(b));
}
