import type { FramePlanes } from './frame_planes';

/** Raw RGBA pixels (ImageData, or { data, width, height } as tf.browser.fromPixels reads) as one plane, not copied. */
export function rgbaPlanes({
  data,
  width,
  height,
}: {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
}): FramePlanes {
  if (data.length < width * height * 4) {
    throw new RangeError(
      `${width}x${height} RGBA pixels need ${width * height * 4} bytes, got ${data.length}.`,
    );
  }
  return {
    format: 'RGBA',
    width,
    height,
    data:
      data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.length),
    planes: [{ offset: 0, stride: 4 * width }],
    matrix: 'bt601',
    fullRange: true,
  };
}
