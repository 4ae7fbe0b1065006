/** The YOLO output volume in the course's terms, and what the network really stores. */
export interface YoloOutputVolume {
  /** Grid side S. */
  gridSize: number;
  /** Anchors per cell A. */
  anchors: number;
  /** Classes C. */
  classes: number;
  /** Numbers per anchor in the course's vector y: p_c, b_x, b_y, b_w, b_h, c_1 … c_C = 5 + C. */
  perAnchor: number;
  /** Channels per cell of the network's [1, S, S, channels]: A x (5 + class scores stored). */
  channels: number;
}

/** Class scores stored per anchor: none for one class (its c_1 is 1), else C. */
export function storedClassCount(classes: number): number {
  return classes > 1 ? classes : 0;
}

/**
 * S x S x A x (5 + C): the course's 19 x 19 x 5 x 85 for 608 px and 80 classes; the face
 * model's 13 x 13 x 5 x 6 at 416 px, stored as 13 x 13 x 25 (5 x (t_x, t_y, t_w, t_h, t_o)).
 */
export function yoloOutputVolume(
  gridSize: number,
  anchors: number,
  classes: number,
): YoloOutputVolume {
  for (const [name, value] of Object.entries({ gridSize, anchors, classes })) {
    if (!(Number.isInteger(value) && value >= 1)) {
      throw new RangeError(`${name} must be a whole number of at least 1, got ${value}.`);
    }
  }
  return {
    gridSize,
    anchors,
    classes,
    perAnchor: 5 + classes,
    channels: anchors * (5 + storedClassCount(classes)),
  };
}

/** The course's YOLO (the car detection exercise): 608 x 608 x 3 in, 19 x 19 x 5 x 85 out. */
export const courseYoloInputSize = 608;
export const courseYoloVolume: YoloOutputVolume = yoloOutputVolume(courseYoloInputSize / 32, 5, 80);
