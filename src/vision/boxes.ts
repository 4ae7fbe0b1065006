/**
 * Bounding boxes in the two formats the course uses. Units are whatever the caller uses
 * (pixels of the source frame, or [0, 1] of the model input); x right, y down.
 */

/** Corner format: top-left (x1, y1) and bottom-right (x2, y2). */
export interface CornerBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Top-left format (COCO's [x, y, w, h], a canvas rectangle's): top-left corner and size. */
export interface TopLeftBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Centre format, the course's (b_x, b_y, b_w, b_h): centre, width and height. */
export interface CentreBox {
  bx: number;
  by: number;
  bw: number;
  bh: number;
}

export function centreToCorner({ bx, by, bw, bh }: CentreBox): CornerBox {
  return { x1: bx - bw / 2, y1: by - bh / 2, x2: bx + bw / 2, y2: by + bh / 2 };
}

export function cornerToCentre({ x1, y1, x2, y2 }: CornerBox): CentreBox {
  return { bx: (x1 + x2) / 2, by: (y1 + y2) / 2, bw: x2 - x1, bh: y2 - y1 };
}

export function topLeftToCorner({ x, y, width, height }: TopLeftBox): CornerBox {
  return { x1: x, y1: y, x2: x + width, y2: y + height };
}

export function cornerToTopLeft({ x1, y1, x2, y2 }: CornerBox): TopLeftBox {
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

/** Area of a corner box; an inverted box (x2 < x1 or y2 < y1) has area 0. */
export function boxArea({ x1, y1, x2, y2 }: CornerBox): number {
  return Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
}

/** Applies `f` to both corners: maps a box from one coordinate system to another. */
export function mapCorners(
  box: CornerBox,
  f: (x: number, y: number) => { x: number; y: number },
): CornerBox {
  const a = f(box.x1, box.y1);
  const b = f(box.x2, box.y2);
  return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
}
