/**
 * A square crop of a frame, rotated by `angle` about its centre and resized to
 * `outputSize` x `outputSize`: how a landmark model sees an upright face or hand.
 * Frame and crop coordinates are continuous pixels (x right, y down; a pixel's centre is at +0.5).
 */
export interface RotatedCrop {
  /** Centre of the crop, in frame pixels. */
  cx: number;
  cy: number;
  /** Side of the crop, in frame pixels. */
  size: number;
  /** Direction of the crop's x axis in the frame, in radians (positive turns x towards y). */
  angle: number;
  /** Side of the model input, in input pixels. */
  outputSize: number;
}

/** The frame point under a crop point: p = c + (size / N) R(angle) (q - N / 2). */
export function cropToFrame(crop: RotatedCrop, x: number, y: number): { x: number; y: number } {
  const k = crop.size / crop.outputSize;
  const u = (x - crop.outputSize / 2) * k;
  const v = (y - crop.outputSize / 2) * k;
  const cos = Math.cos(crop.angle);
  const sin = Math.sin(crop.angle);
  return { x: crop.cx + u * cos - v * sin, y: crop.cy + u * sin + v * cos };
}

/** The crop point over a frame point: the inverse of cropToFrame. */
export function frameToCrop(crop: RotatedCrop, x: number, y: number): { x: number; y: number } {
  const k = crop.outputSize / crop.size;
  const dx = x - crop.cx;
  const dy = y - crop.cy;
  const cos = Math.cos(crop.angle);
  const sin = Math.sin(crop.angle);
  return {
    x: (dx * cos + dy * sin) * k + crop.outputSize / 2,
    y: (-dx * sin + dy * cos) * k + crop.outputSize / 2,
  };
}

/**
 * The 8 numbers tf.image.transform takes: output pixel (j, i) samples the frame at
 * ((a0 j + a1 i + a2), (b0 j + b1 i + b2)). TF indexes pixels by their top-left corner,
 * so both sides shift by half a pixel.
 */
export function cropTransform(
  crop: RotatedCrop,
): [number, number, number, number, number, number, number, number] {
  const k = crop.size / crop.outputSize;
  const cos = Math.cos(crop.angle) * k;
  const sin = Math.sin(crop.angle) * k;
  const o = 0.5 - crop.outputSize / 2; // q - N/2 for output index 0
  const a2 = crop.cx - 0.5 + o * cos - o * sin;
  const b2 = crop.cy - 0.5 + o * sin + o * cos;
  return [cos, -sin, a2, sin, cos, b2, 0, 0];
}

/** Angle of the line from point a to point b, in radians (y down): 0 when b is right of a. */
export function lineAngle(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.atan2(b.y - a.y, b.x - a.x);
}
