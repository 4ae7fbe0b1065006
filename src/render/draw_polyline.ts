import type { Context2D } from './context_2d';
import { applyLineStyle, type LineStyle } from './line_style';
import { toCanvasX, type OverlayView } from './overlay_view';

/** One line through frame-pixel points, joined at each (a face's jaw, an eye), mirror-aware. */
export function drawPolyline(
  ctx: Context2D,
  view: OverlayView,
  points: readonly { x: number; y: number }[],
  style: LineStyle & { closed?: boolean },
): void {
  ctx.save();
  applyLineStyle(ctx, view, style);
  ctx.beginPath();
  for (const [i, p] of points.entries()) {
    if (i === 0) ctx.moveTo(toCanvasX(view, p.x), p.y);
    else ctx.lineTo(toCanvasX(view, p.x), p.y);
  }
  if (style.closed) ctx.closePath();
  ctx.stroke();
  ctx.restore();
}
