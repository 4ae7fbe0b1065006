import { boxesOverlap, type LabelBox } from './text_slots';

/** A box's label to place: its left edge and width, and the box's top and bottom (canvas px). */
export interface LabelRequest {
  x: number;
  width: number;
  boxTop: number;
  boxBottom: number;
}

/**
 * Places box labels so that none hides another. Each label wants the spot just above its box's
 * top-left corner (just inside when the box touches the top edge); while that spot overlaps a
 * label placed before it, it moves down one label height, no lower than the box's bottom. With
 * no free spot there, it takes the free spot nearest the wanted one on the canvas (`canvasHeight`
 * px tall): just above or below a placed label. Pass the most important label first: it keeps
 * its spot; `taken` are labels already drawn. Returns each label's top y (canvas px).
 */
export function labelSlots(
  labels: readonly LabelRequest[],
  height: number,
  canvasHeight = Infinity,
  taken: readonly LabelBox[] = [],
): number[] {
  const placed: LabelBox[] = [...taken];
  const free = (x: number, width: number, y: number) =>
    !placed.some((p) => boxesOverlap({ x, y, width, height }, p));
  return labels.map(({ x, width, boxTop, boxBottom }) => {
    const wanted = Math.max(boxTop, height) - height;
    let y = wanted;
    while (!free(x, width, y) && y + height <= Math.max(wanted, boxBottom - height)) y += height;
    if (!free(x, width, y))
      y = nearestFree(wanted, (c) => free(x, width, c), placed, height, canvasHeight);
    placed.push({ x, y, width, height });
    return y;
  });
}

/**
 * The free top nearest `wanted` (the lower one on a tie) among the spots just above and just
 * below each placed label, on the canvas if any is; else just below every placed label (free).
 */
function nearestFree(
  wanted: number,
  free: (y: number) => boolean,
  placed: readonly LabelBox[],
  height: number,
  canvasHeight: number,
): number {
  const spots = placed.flatMap((p) => [p.y - height, p.y + p.height]);
  const onCanvas = spots
    .filter((y) => y >= 0 && y + height <= canvasHeight && free(y))
    .sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || b - a);
  return onCanvas[0] ?? Math.max(...placed.map((p) => p.y + p.height));
}
