import type { RgbaImage } from '../convolution/filter_result';

/**
 * Square patches laid out `cols` across (the course's 3 x 3 grid), a 2 px dark gap between them;
 * missing patches stay dark. All patches are `size` x `size`.
 */
export function patchGrid(
  patches: readonly RgbaImage[],
  size: number,
  cols = 3,
  count = 9,
): RgbaImage {
  const gap = 2;
  const rows = Math.ceil(count / cols);
  const width = cols * size + (cols - 1) * gap;
  const height = rows * size + (rows - 1) * gap;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  for (const [n, patch] of patches.slice(0, count).entries()) {
    if (patch.width !== size || patch.height !== size) {
      throw new RangeError(`Patch ${n} is ${patch.width}x${patch.height}, not ${size}x${size}.`);
    }
    const left = (n % cols) * (size + gap);
    const top = Math.floor(n / cols) * (size + gap);
    for (let y = 0; y < size; y++) {
      const from = y * size * 4;
      data.set(patch.data.subarray(from, from + size * 4), ((top + y) * width + left) * 4);
    }
  }
  return { width, height, data };
}
