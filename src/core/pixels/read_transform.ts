import { invertAffine } from './affine';
import type { FrameTransform, ReadOptions } from './read_options';

/**
 * Where each output point of a read lands in the frame. The roi (the whole frame if absent),
 * enlarged to the output's aspect ratio when `keepAspect`, maps onto the whole output:
 * p = c + R(angle) S (q - outputSize / 2), S = diag(±roi.width / W, roi.height / H), the x scale
 * negative when flipped.
 */
export function readTransform(
  frame: { width: number; height: number },
  { outputSize, roi, keepAspect = false, flipHorizontally = false }: ReadOptions,
): FrameTransform {
  const { width: W, height: H } = outputSize;
  if (!(Number.isInteger(W) && Number.isInteger(H) && W > 0 && H > 0)) {
    throw new RangeError(`A frame read needs a whole, positive output size, got ${W}x${H}.`);
  }
  if (!(frame.width > 0 && frame.height > 0)) {
    throw new RangeError(`A frame must have a positive size, got ${frame.width}x${frame.height}.`);
  }
  const { cx, cy, angle = 0 } = roi ?? { cx: frame.width / 2, cy: frame.height / 2 };
  let { width: rw, height: rh } = roi ?? frame;
  if (!(rw > 0 && rh > 0)) {
    throw new RangeError(`A region to read must have a positive size, got ${rw}x${rh}.`);
  }
  if (keepAspect) {
    // Letterbox: grow the short side so the roi has the output's aspect ratio.
    if (rw * H > rh * W) rh = (rw * H) / W;
    else rw = (rh * W) / H;
  }
  const sx = ((flipHorizontally ? -1 : 1) * rw) / W;
  const sy = rh / H;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const a = sx * cos;
  const b = -sy * sin;
  const d = sx * sin;
  const e = sy * cos;
  const toFrame = [a, b, cx - (a * W + b * H) / 2, d, e, cy - (d * W + e * H) / 2] as const;
  return { toFrame, fromFrame: invertAffine(toFrame) };
}
