/** A picture chosen for training: its pixels (sent to the worker) and a thumbnail. */
export interface TrainingPicture {
  image: ImageData;
  /** data: URL of a small JPEG. */
  thumb: string;
}

/** The image scaled so its longer side is at most `max`, as RGBA pixels, plus a thumbnail. */
export function picture(
  image: CanvasImageSource,
  width: number,
  height: number,
  max: number,
): TrainingPicture {
  const scale = Math.min(1, max / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const thumb = document.createElement('canvas');
  const t = 64 / Math.max(canvas.width, canvas.height);
  thumb.width = Math.round(canvas.width * t);
  thumb.height = Math.round(canvas.height * t);
  thumb.getContext('2d')!.drawImage(canvas, 0, 0, thumb.width, thumb.height);
  return { image: pixels, thumb: thumb.toDataURL('image/jpeg', 0.8) };
}
