/** The longer side, in pixels, a still photo is scaled to on opening: no lab needs more. */
export const MAX_STILL_SIDE = 1920;

/**
 * The size a w x h picture is scaled to so that its longer side is at most `maxSide`, aspect
 * kept (each side rounded, at least 1 px); a picture already that small keeps its size.
 */
export function capSize(
  width: number,
  height: number,
  maxSide = MAX_STILL_SIDE,
): { width: number; height: number } {
  const scale = maxSide / Math.max(width, height);
  if (scale >= 1) return { width, height };
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}
