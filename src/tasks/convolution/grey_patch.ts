import type { Matrix } from '../../vision/conv2d_reference';
import type { RgbaImage } from './filter_result';

/**
 * The n x n greyscale values (0-255, rounded; BT.601 luma) of the patch whose top-left corner is
 * nearest (left, top), moved inside the picture when it would fall off an edge.
 */
export function greyPatch(image: RgbaImage, left: number, top: number, n: number): Matrix {
  if (image.width < n || image.height < n) {
    throw new RangeError(
      `A ${n}x${n} patch does not fit in a ${image.width}x${image.height} picture.`,
    );
  }
  const x0 = Math.min(Math.max(0, Math.round(left)), image.width - n);
  const y0 = Math.min(Math.max(0, Math.round(top)), image.height - n);
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, c) => {
      const i = ((y0 + r) * image.width + x0 + c) * 4;
      const d = image.data;
      return Math.round(0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!);
    }),
  );
}
