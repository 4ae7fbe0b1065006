import type { LabSource } from '../../lab/lab_context';

/**
 * Freezes a live camera or video: copies the current frame as the model reads it (unflipped,
 * same size) and opens it as a still image shown as the camera was (mirrored in a selfie view),
 * so the lab runs on the same pixels: the same grid cells and objectness as live.
 * Returns false when the source is already a still image or has no frame.
 */
export async function freezeFrame(source: LabSource, doc: Document = document) {
  const frame = source.frame();
  if (source.kind === 'image' || !frame) return false;
  const canvas = doc.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  ctx.drawImage(frame.image, 0, 0, frame.width, frame.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('Could not copy the frame to freeze it.');
  await source.openImage(blob, { mirrored: source.mirrored });
  return true;
}
