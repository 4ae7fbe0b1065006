import type { Context2D } from './context_2d';
import { applyLineStyle, type LineStyle } from './line_style';
import { toCanvasX, type OverlayView } from './overlay_view';

/**
 * Lines between pairs of points (after MediaPipe's drawConnectors): a skeleton's bones. A pair
 * with a missing point (null: not confident enough to draw) is skipped.
 */
export function drawConnectors(
  ctx: Context2D,
  view: OverlayView,
  points: readonly ({ x: number; y: number } | null | undefined)[],
  connections: readonly (readonly [number, number])[],
  style: LineStyle,
): void {
  ctx.save();
  applyLineStyle(ctx, view, style);
  ctx.beginPath();
  for (const [a, b] of connections) {
    const p = points[a];
    const q = points[b];
    if (!p || !q) continue;
    ctx.moveTo(toCanvasX(view, p.x), p.y);
    ctx.lineTo(toCanvasX(view, q.x), q.y);
  }
  ctx.stroke();
  ctx.restore();
}
