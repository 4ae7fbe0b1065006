import type { ScoredBox } from '../../vision/non_max_suppression';

/** The top-K peaks of CenterNet's class heat map, read back from the device. */
export interface CenterNetPeaks {
  /** Heat-map value of each peak, in [0, 1], best first. */
  scores: ArrayLike<number>;
  /** Flat index of each peak into the heat map [H, W, C]: ((y * W) + x) * C + class. */
  indices: ArrayLike<number>;
  /** Size head at each peak: (left, top, right, bottom) distances in input pixels, 4 per peak. */
  sizes: ArrayLike<number>;
}

export interface CenterNetLayout {
  /** Heat-map width W (128 for a 512 px input). */
  gridWidth: number;
  /** C: number of classes (80 for COCO). */
  numClasses: number;
  /** Input pixels per heat-map cell (4). */
  stride: number;
}

/**
 * CenterNet ("Objects as Points", Zhou et al. 2019) as this graph decodes it: a peak at heat-map
 * cell (x, y) for class c gives the box (4x − l, 4y − t, 4x + r, 4y + b). Peaks below
 * `scoreThreshold` are dropped (they come best first). Boxes in input pixels.
 */
export function decodeCenterNet(
  { scores, indices, sizes }: CenterNetPeaks,
  { gridWidth, numClasses, stride }: CenterNetLayout,
  scoreThreshold: number,
): ScoredBox[] {
  if (indices.length !== scores.length || sizes.length !== 4 * scores.length) {
    throw new RangeError(
      `CenterNet peaks need one index and 4 sizes per score, got ${scores.length} scores, ` +
        `${indices.length} indices and ${sizes.length} sizes.`,
    );
  }
  const boxes: ScoredBox[] = [];
  for (let k = 0; k < scores.length; k++) {
    const score = scores[k] as number;
    if (score < scoreThreshold) continue;
    const index = indices[k] as number;
    const classIndex = index % numClasses;
    const cell = Math.floor(index / numClasses);
    const cx = (cell % gridWidth) * stride;
    const cy = Math.floor(cell / gridWidth) * stride;
    const [l, t, r, b] = [0, 1, 2, 3].map((i) => sizes[4 * k + i] as number) as [
      number,
      number,
      number,
      number,
    ];
    boxes.push({ box: { x1: cx - l, y1: cy - t, x2: cx + r, y2: cy + b }, score, classIndex });
  }
  return boxes;
}
