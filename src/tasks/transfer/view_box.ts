/** A crop of the frame as fractions of its width and height, and whether to mirror it. */
export interface ViewBox {
  /** [y1, x1, y2, x2]: the box's edges as fractions of the frame's height and width (tf.image.cropAndResize's order). */
  box: [number, number, number, number];
  flip: boolean;
  /** Multiplies the pixel values (brightness augmentation); 1 leaves them. */
  brightness: number;
}

/** The largest centred square of a width x height frame, as a ViewBox. */
export function centreSquare(width: number, height: number): ViewBox {
  const side = Math.min(width, height);
  const y1 = (height - side) / 2 / height;
  const x1 = (width - side) / 2 / width;
  return { box: [y1, x1, 1 - y1, 1 - x1], flip: false, brightness: 1 };
}
