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
  const x01 = ((x * letterbox.innerWidth) / letterbox.width + letterbox.padLeft) / letterbox.size;
  const y01 = ((y * letterbox.innerHeight) / letterbox.height + letterbox.padTop) / letterbox.size;
  if (!(x01 >= 0 && x01 < 1 && y01 >= 0 && y01 < 1)) return null;
  return { row: Math.floor(y01 * gridSize), col: Math.floor(x01 * gridSize) };
}
