/**
 * A 2-D affine map as six numbers [a, b, c, d, e, f]: x' = a x + b y + c, y' = d x + e y + f
 * (the first two rows of a 3 x 3 matrix, row-major).
 */
export type Affine = readonly [number, number, number, number, number, number];

/** The point `m` maps (x, y) to. */
export function applyAffine(m: Affine, x: number, y: number): { x: number; y: number } {
  return { x: m[0] * x + m[1] * y + m[2], y: m[3] * x + m[4] * y + m[5] };
}

/** The inverse map; throws for a map that flattens the plane (determinant 0). */
export function invertAffine([a, b, c, d, e, f]: Affine): Affine {
  const det = a * e - b * d;
  if (det === 0 || !Number.isFinite(det)) {
    throw new RangeError('This affine map flattens the plane: it has no inverse.');
  }
  return [e / det, -b / det, (b * f - c * e) / det, -d / det, a / det, (c * d - a * f) / det];
}

/**
 * The same map between pixel indices, where pixel (i, j) is the integer point (i, j) and not
 * the centre (i + 0.5, j + 0.5): what tf.image.transform and the plane samplers take.
 */
export function indexAffine([a, b, c, d, e, f]: Affine): Affine {
  return [a, b, c + 0.5 * (a + b) - 0.5, d, e, f + 0.5 * (d + e) - 0.5];
}
