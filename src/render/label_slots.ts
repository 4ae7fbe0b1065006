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
 * label placed before it, it moves down one label height, no lower than the box's bottom. Pass
 * the most important label first: it keeps its spot. Returns each label's top y (canvas px).
 */
export function labelSlots(labels: readonly LabelRequest[], height: number): number[] {
  const placed: { x: number; y: number; width: number }[] = [];
  const free = (x: number, width: number, y: number) =>
    !placed.some(
      (p) => x < p.x + p.width && p.x < x + width && y < p.y + height && p.y < y + height,
    );
  return labels.map(({ x, width, boxTop, boxBottom }) => {
    const wanted = Math.max(boxTop, height) - height;
    let y = wanted;
    while (!free(x, width, y) && y + height <= Math.max(wanted, boxBottom - height)) y += height;
    if (!free(x, width, y)) y = wanted;
    placed.push({ x, y, width });
    return y;
  });
}
