import { bodyKeypointNames } from '../body/body_keypoints';
import { handPointNames } from './hand_layout';
import type { LandmarkMode } from './landmarks_result';

/** A choice of points for the course view: their indices in the mode's output, in order. */
export interface PointSet {
  id: 'eyeCorners' | 'eyesNoseMouth' | 'fingertips' | 'head' | 'all' | 'picked';
  indices: readonly number[];
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Points whose names the panel shows, per mode: index -> message key suffix. */
export const namedPoints: Record<LandmarkMode, Readonly<Record<number, string>>> = {
  // MediaPipe canonical face mesh indices.
  mesh: {
    33: 'rightEyeOuter',
    133: 'rightEyeInner',
    362: 'leftEyeInner',
    263: 'leftEyeOuter',
    1: 'noseTip',
    61: 'mouthRight',
    291: 'mouthLeft',
  },
  // iBUG 68-point layout, 0-based.
  face68: {
    36: 'rightEyeOuter',
    39: 'rightEyeInner',
    42: 'leftEyeInner',
    45: 'leftEyeOuter',
    30: 'noseTip',
    48: 'mouthRight',
    54: 'mouthLeft',
  },
  hands: Object.fromEntries(handPointNames.map((n, i) => [i, n])),
  body: Object.fromEntries(bodyKeypointNames.map((n, i) => [i, n])),
};

/** The course's example first: the 4 eye corners, l1 to l4, from the picture's left. */
export const pointSets: Record<LandmarkMode, readonly PointSet[]> = {
  mesh: [
    { id: 'eyeCorners', indices: [33, 133, 362, 263] },
    { id: 'eyesNoseMouth', indices: [33, 133, 362, 263, 1, 61, 291] },
    { id: 'all', indices: range(468) },
  ],
  face68: [
    { id: 'eyeCorners', indices: [36, 39, 42, 45] },
    { id: 'eyesNoseMouth', indices: [36, 39, 42, 45, 30, 48, 54] },
    { id: 'all', indices: range(68) },
  ],
  hands: [
    { id: 'fingertips', indices: [4, 8, 12, 16, 20] },
    { id: 'all', indices: range(21) },
  ],
  body: [
    { id: 'head', indices: [0, 1, 2, 3, 4] },
    { id: 'all', indices: range(17) },
  ],
};

/** The point set with `id` in `mode` ('picked': the points the user tapped), or the mode's first. */
export function pointSet(mode: LandmarkMode, id: string, picked: readonly number[] = []): PointSet {
  if (id === 'picked' && picked.length > 0) return { id: 'picked', indices: picked };
  const sets = pointSets[mode];
  return sets.find((s) => s.id === id) ?? sets[0]!;
}

/** Index of the point nearest (x, y) within `radius` (frame pixels), or -1. */
export function nearestPoint(
  points: readonly { x: number; y: number }[],
  x: number,
  y: number,
  radius: number,
): number {
  let best = -1;
  let bestD = radius * radius;
  for (const [i, p] of points.entries()) {
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  }
  return best;
}
