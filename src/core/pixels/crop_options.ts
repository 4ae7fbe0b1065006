import type { RotatedCrop } from '../../vision/rotate_crop';
import type { ReadOptions } from './read_options';

/** The read of a landmark model's square, turned crop: black outside the frame. */
export function cropOptions({ cx, cy, size, angle, outputSize }: RotatedCrop): ReadOptions {
  return {
    roi: { cx, cy, width: size, height: size, angle },
    outputSize: { width: outputSize, height: outputSize },
  };
}
