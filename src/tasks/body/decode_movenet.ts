import { unletterbox, type Letterbox } from '../../vision/letterbox';
import { bodyKeypointNames } from './body_keypoints';
import type { Pose } from './body_result';

/**
 * MoveNet's output [1, 1, 17, 3] holds, per keypoint, (y, x, score) with y and x in [0, 1] of
 * the model input. Returns the pose in source-frame pixels.
 */
export function decodeMoveNet(output: ArrayLike<number>, box: Letterbox): Pose {
  if (output.length !== bodyKeypointNames.length * 3) {
    throw new RangeError(`MoveNet output must hold 17 x 3 values, got ${output.length}.`);
  }
  let total = 0;
  const keypoints = bodyKeypointNames.map((name, i) => {
    const y01 = output[i * 3] as number;
    const x01 = output[i * 3 + 1] as number;
    const score = output[i * 3 + 2] as number;
    total += score;
    return { name, ...unletterbox(box, x01, y01), score };
  });
  return { keypoints, score: total / keypoints.length };
}
