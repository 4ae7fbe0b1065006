import type { Context2D } from './context_2d';
import type { OverlayView } from './overlay_view';

/**
 * An image over the whole frame (a stylised picture). The picture under the overlay is mirrored
 * by CSS in a selfie view and the overlay is not, so the image is flipped here to match.
 */
export function drawFrameImage(ctx: Context2D, view: OverlayView, image: CanvasImageSource): void {
  ctx.save();
  ctx.imageSmoothingEnabled = true;
  if (view.mirror) {
    ctx.translate(view.width, 0);
    ctx.scale(-1, 1);
  }
  ctx.drawImage(image, 0, 0, view.width, view.height);
  ctx.restore();
}
