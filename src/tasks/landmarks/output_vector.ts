import type { LandmarkMode, LandmarksResult } from './landmarks_result';

/** One landmark as the course writes it: l_x, l_y in [0, 1] of the frame, and a confidence. */
export interface VectorEntry {
  /** Index in the mode's own output. */
  index: number;
  lx: number;
  ly: number;
  /** The point's score where the model gives one (body), else its face's or hand's score. */
  confidence: number;
}

/**
 * The output vector y = (l1x, l1y, ..., lNx, lNy) for the chosen points of the `instance`-th
 * face, hand or body of `mode`, normalised by the frame size (x right, y down); null when that
 * face, hand or body is not in the result.
 */
export function outputVector(
  result: LandmarksResult,
  mode: LandmarkMode,
  instance: number,
  indices: readonly number[],
): VectorEntry[] | null {
  const { width, height } = result.frame;
  const source = pointsOf(result, mode, instance);
  if (!source) return null;
  return indices.flatMap((index) => {
    const p = source.points[index];
    if (!p) return [];
    const confidence = 'score' in p && typeof p.score === 'number' ? p.score : source.score;
    return [{ index, lx: p.x / width, ly: p.y / height, confidence }];
  });
}

/** The points of the `i`-th face, hand or body of `mode`, with its score; null if absent. */
export function pointsOf(result: LandmarksResult, mode: LandmarkMode, i: number) {
  switch (mode) {
    case 'mesh':
      return result.faces[i] ?? null;
    case 'face68':
      return result.faces68[i] ?? null;
    case 'hands':
      return result.hands[i] ?? null;
    case 'body': {
      const pose = result.poses[i];
      return pose ? { points: pose.keypoints, score: pose.score } : null;
    }
  }
}

/**
 * The course's output y = (p_c, l1x, l1y, ..., lNx, lNy): first "is there a face?" (here the
 * detector's score for the face, hand or body), then the points. With none found, p_c = 0 and the
 * N points are "don't care", written `?`.
 */
export interface CourseVector {
  pc: number;
  /** The points, or null when there is nothing: then they are "don't care". */
  entries: VectorEntry[] | null;
  /** How many points the vector has (N), found or not. */
  count: number;
}

export function courseVector(
  result: LandmarksResult,
  mode: LandmarkMode,
  instance: number,
  indices: readonly number[],
): CourseVector {
  const source = pointsOf(result, mode, instance);
  const entries = outputVector(result, mode, instance, indices);
  return { pc: source?.score ?? 0, entries, count: indices.length };
}

/** The vector as one line: y = [p_c, l1x, l1y, l2x, ...] with `digits` decimals, or [0, ?, ?, ...]. */
export function formatVector({ pc, entries, count }: CourseVector, digits = 2): string {
  const points = entries
    ? entries.flatMap((e) => [e.lx.toFixed(digits), e.ly.toFixed(digits)])
    : Array.from({ length: 2 * count }, () => '?');
  return `y = [${[entries ? pc.toFixed(digits) : '0', ...points].join(', ')}]`;
}
