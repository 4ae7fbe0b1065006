import { capSize, MAX_STILL_SIDE } from './cap_size';

/** `createImageBitmap`, injected for tests. */
export type CreateImageBitmap = (
  image: ImageBitmapSource,
  options?: ImageBitmapOptions,
) => Promise<ImageBitmap>;

/**
 * Decodes a still picture once, scaled to at most `maxSide` on its longer side (`capSize`, aspect
 * kept); the full-size decode is closed at once, so a huge photo is never held whole.
 */
export async function decodeStill(
  image: ImageBitmapSource,
  create: CreateImageBitmap,
  maxSide = MAX_STILL_SIDE,
): Promise<ImageBitmap> {
  const full = await create(image);
  const { width, height } = capSize(full.width, full.height, maxSide);
  if (width === full.width && height === full.height) return full;
  try {
    return await create(full, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
  } finally {
    full.close();
  }
}
