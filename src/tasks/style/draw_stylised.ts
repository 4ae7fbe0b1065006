import type { Context2D } from '../../render/context_2d';
import { drawFrameImage } from '../../render/draw_frame_image';
import type { OverlayView } from '../../render/overlay_view';
import type { LiveStyleResult } from './live_style_result';

/** Draws the stylised picture over the whole frame, through a scratch canvas of its own size. */
export function drawStylised(
  ctx: Context2D,
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
  drawFrameImage(ctx, view, scratch);
}
