import type { OverlayView } from '../../ui/overlay_view';
import type { LiveStyleResult } from './live_style_result';

/**
 * Draws the stylised picture over the whole frame. The picture under the overlay is mirrored by
 * CSS in a selfie view and the overlay is not, so the stylised picture is flipped here to match.
 */
export function drawStylised(
  ctx: CanvasRenderingContext2D,
  result: LiveStyleResult,
  view: OverlayView,
  scratch: OffscreenCanvas | HTMLCanvasElement = new OffscreenCanvas(result.width, result.height),
): void {
  if (scratch.width !== result.width) scratch.width = result.width;
  if (scratch.height !== result.height) scratch.height = result.height;
  const small = scratch.getContext('2d') as
    OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
  if (!small) throw new Error('This browser cannot draw on a canvas.');
  small.putImageData(
    new ImageData(result.pixels as Uint8ClampedArray<ArrayBuffer>, result.width, result.height),
    0,
    0,
  );
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  if (view.mirror) {
    ctx.translate(view.width, 0);
    ctx.scale(-1, 1);
  }
  ctx.drawImage(scratch, 0, 0, view.width, view.height);
  ctx.restore();
}
