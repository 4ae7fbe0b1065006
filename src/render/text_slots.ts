/** A rectangle on the canvas (px): a placed label's box. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share some area; boxes that only touch along an edge do not. */
export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every pair of `boxes` that overlap: none when no label hides another. */
export function overlappingPairs(boxes: readonly LabelBox[]): [LabelBox, LabelBox][] {
  return boxes.flatMap((a, i) =>
    boxes.slice(i + 1).flatMap((b): [LabelBox, LabelBox][] => (boxesOverlap(a, b) ? [[a, b]] : [])),
  );
}

/** A point's text to place: the point and the text's preferred box (canvas px). */
export interface TextRequest {
  /** The point's canvas y: the text may move to its other side. */
  pointY: number;
  /** The point's canvas x. */
  pointX: number;
  /** The preferred box: beside the point, at the style's offset. */
  box: LabelBox;
}

/** How far (in text heights) a text may move from the point before it gives up its spot. */
const maxSteps = 3;

/**
 * Places texts beside their points (landmark names l1, l2, ..., scores) so that none hides
 * another: each takes the first free spot on the canvas among its preferred box, the same box
 * on the point's other side (below, left, then both), then those moved one text height
 * farther from the point, up to three; with none free it keeps its preferred box. Earlier
 * texts, and those `taken` (drawn before), keep their spots. Returns each text's box.
 */
export function textSlots(
  requests: readonly TextRequest[],
  canvas: { width: number; height: number },
  taken: readonly LabelBox[] = [],
): LabelBox[] {
  const placed: LabelBox[] = [...taken];
  const free = (b: LabelBox) =>
    b.x >= 0 &&
    b.y >= 0 &&
    b.x + b.width <= canvas.width &&
    b.y + b.height <= canvas.height &&
    !placed.some((p) => boxesOverlap(b, p));
  return requests.map(({ pointX, pointY, box }) => {
    const spot = candidates(pointX, pointY, box).find(free) ?? box;
    placed.push(spot);
    return spot;
  });
}

/** The preferred box, then its mirror images about the point, each moved 0..maxSteps away. */
function candidates(px: number, py: number, box: LabelBox): LabelBox[] {
  const left = 2 * px - box.x - box.width;
  const below = 2 * py - box.y - box.height;
  // Away from the point: up for a box above it, down for one below.
  const away = (y: number) => (y + box.height / 2 <= py ? -1 : 1);
  const out: LabelBox[] = [];
  for (let k = 0; k <= maxSteps; k++) {
    for (const x of [box.x, left]) {
      for (const y of [box.y, below]) out.push({ ...box, x, y: y + away(y) * k * box.height });
    }
  }
  return out;
}
