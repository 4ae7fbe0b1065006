import type { Letterbox } from '../../vision/letterbox';

/**
 * The grid cell (c_y = row, c_x = col) under a point in source-frame pixels, or null when the
 * point is outside the grid (the grid covers the letterboxed model input).
 */
export function yoloCellAt(
  letterbox: Letterbox,
  gridSize: number,
  x: number,
  y: number,
): { row: number; col: number } | null {
  const { x: x01, y: y01 } = frameToInput(letterbox, x, y);
  if (!(x01 >= 0 && x01 < 1 && y01 >= 0 && y01 < 1)) return null;
  return { row: Math.floor(y01 * gridSize), col: Math.floor(x01 * gridSize) };
}

/** A point in source-frame pixels in [0, 1] coordinates of the model input (unletterbox's inverse). */
export function frameToInput(letterbox: Letterbox, x: number, y: number): { x: number; y: number } {
  return {
    x: ((x * letterbox.innerWidth) / letterbox.width + letterbox.padLeft) / letterbox.size,
    y: ((y * letterbox.innerHeight) / letterbox.height + letterbox.padTop) / letterbox.size,
  };
}
