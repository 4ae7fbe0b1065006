/**
 * The size the frame is scaled to before filtering: the longer side becomes at most `longSide`
 * pixels, the aspect ratio is kept, and a frame is never scaled up.
 */
export function workSize(
  width: number,
  height: number,
  longSide: number,
): { width: number; height: number } {
  if (!(width > 0 && height > 0)) {
    throw new RangeError(`A frame must have a positive size, got ${width}x${height}.`);
  }
  if (!(longSide >= 1))
    throw new RangeError(`The working size must be at least 1, got ${longSide}.`);
  const scale = Math.min(1, longSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}
