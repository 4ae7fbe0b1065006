/**
 * Square letterbox into a model input of `size` x `size`: the frame is resized keeping its
 * aspect ratio to fit (one scale both ways), then padded equally on both sides of its short edge.
 * Sizes and pads are exact, so not always whole pixels (548x342 into 192: 192 x 119.8, 36.09
 * above): the geometry of a FrameReader read with `keepAspect` (core/pixels/read_transform.ts).
 */
export interface Letterbox {
  /** Side of the model input, in input pixels. */
  size: number;
  /** Size of the resized frame inside the square, in input pixels. */
  innerWidth: number;
  innerHeight: number;
  /** Padding before the frame, in input pixels. */
  padLeft: number;
  padTop: number;
  /** Source-frame size, in frame pixels. */
  width: number;
  height: number;
}

export function squareLetterbox(width: number, height: number, size: number): Letterbox {
  if (!(width > 0 && height > 0)) {
    throw new RangeError(`A frame must have a positive size, got ${width}x${height}.`);
  }
  const scale = size / Math.max(width, height);
  const innerWidth = width * scale;
  const innerHeight = height * scale;
  return {
    size,
    innerWidth,
    innerHeight,
    padLeft: (size - innerWidth) / 2,
    padTop: (size - innerHeight) / 2,
    width,
    height,
  };
}

/**
 * Maps a point in [0, 1] coordinates of the model input back to source-frame pixels
 * (x right, y down). Points in the padding land outside [0, width) x [0, height).
 */
export function unletterbox(box: Letterbox, x01: number, y01: number): { x: number; y: number } {
  return {
    x: ((x01 * box.size - box.padLeft) * box.width) / box.innerWidth,
    y: ((y01 * box.size - box.padTop) * box.height) / box.innerHeight,
  };
}
