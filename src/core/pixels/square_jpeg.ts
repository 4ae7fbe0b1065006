/**
 * The centred square of a picture (video frame, image, canvas), scaled to size x size, as a JPEG
 * blob: a transfer sample, or a trained style's thumbnail. Never mirrored.
 */
export async function squareJpeg(
  image: CanvasImageSource,
  width: number,
  height: number,
  size: number,
): Promise<Blob> {
  const side = Math.min(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  ctx.drawImage(image, (width - side) / 2, (height - side) / 2, side, side, 0, 0, size, size);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('The picture could not be encoded as JPEG.')),
      'image/jpeg',
      0.9,
    ),
  );
}
