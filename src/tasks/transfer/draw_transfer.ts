import { overlayScale, toCanvasX, type OverlayView } from '../../ui/overlay_view';
import type { TransferResult } from './transfer_result';

/**
 * Outlines the centred square the backbone sees and writes the predicted class and ŷ above it
 * (text upright, also in a mirrored view).
 */
export function drawTransfer(
  ctx: CanvasRenderingContext2D,
  result: TransferResult,
  view: OverlayView,
): void {
  const s = overlayScale(view);
  const side = Math.min(view.width, view.height);
  const left = (view.width - side) / 2;
  const top = (view.height - side) / 2;
  ctx.strokeStyle = 'rgba(96, 165, 250, 0.9)';
  ctx.lineWidth = 2 * s;
  ctx.setLineDash([8 * s, 6 * s]);
  ctx.strokeRect(
    left + ctx.lineWidth,
    top + ctx.lineWidth,
    side - 2 * ctx.lineWidth,
    side - 2 * ctx.lineWidth,
  );
  ctx.setLineDash([]);
  if (!result.best) return;
  const text = `${result.best.label}  ŷ = ${result.best.probability.toFixed(2)}`;
  ctx.font = `${Math.round(16 * s)}px system-ui, sans-serif`;
  // The square is centred, so its left edge in the canvas is the same mirrored or not.
  const x = Math.min(toCanvasX(view, left), toCanvasX(view, left + side)) + 8 * s;
  const y = top + 24 * s;
  const w = ctx.measureText(text).width + 12 * s;
  ctx.fillStyle = 'rgba(17, 24, 39, 0.75)';
  ctx.fillRect(x - 6 * s, y - 18 * s, w, 24 * s);
  ctx.fillStyle = '#f9fafb';
  ctx.fillText(text, x, y);
}
