import type { FaceDetection, Point2 } from './landmarks_result';

/** Values per anchor in BlazeFace's regressor output: box (dx, dy, w, h) and 6 (x, y) points. */
export const blazefaceRegressorSize = 16;

/**
 * Decodes BlazeFace's outputs for the anchors whose score passes `minScore`:
 *   score = σ(logit); centre = anchor + (dx, dy); size = (w, h); point_k = anchor + (x_k, y_k),
 * all in input pixels, then projected back to the frame by `toFrame`.
 * `logits` [896], `regressors` [896 * 16], `anchors` [896 * 2] (input pixels).
 */
export function decodeBlazeface(
  logits: ArrayLike<number>,
  regressors: ArrayLike<number>,
  anchors: ArrayLike<number>,
  toFrame: (x: number, y: number) => Point2,
  minScore: number,
): FaceDetection[] {
  const n = anchors.length / 2;
  if (logits.length !== n || regressors.length !== n * blazefaceRegressorSize) {
    throw new RangeError(
      `BlazeFace outputs must hold ${n} scores and ${n} x ${blazefaceRegressorSize} box values, got ${logits.length} and ${regressors.length}.`,
    );
  }
  const found: FaceDetection[] = [];
  for (let i = 0; i < n; i++) {
    const score = 1 / (1 + Math.exp(-(logits[i] as number)));
    if (score < minScore) continue;
    const r = i * blazefaceRegressorSize;
    const ax = anchors[2 * i] as number;
    const ay = anchors[2 * i + 1] as number;
    const cx = ax + (regressors[r] as number);
    const cy = ay + (regressors[r + 1] as number);
    const w = regressors[r + 2] as number;
    const h = regressors[r + 3] as number;
    const topLeft = toFrame(cx - w / 2, cy - h / 2);
    const bottomRight = toFrame(cx + w / 2, cy + h / 2);
    const keypoints = [];
    for (let k = 0; k < 6; k++) {
      keypoints.push(
        toFrame(
          ax + (regressors[r + 4 + 2 * k] as number),
          ay + (regressors[r + 5 + 2 * k] as number),
        ),
      );
    }
    found.push({
      box: {
        x: topLeft.x,
        y: topLeft.y,
        width: bottomRight.x - topLeft.x,
        height: bottomRight.y - topLeft.y,
      },
      keypoints,
      score,
    });
  }
  return found;
}
