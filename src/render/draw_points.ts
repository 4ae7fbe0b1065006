import type { Context2D } from './context_2d';
import { overlayScale, toCanvasX, type OverlayView } from './overlay_view';
import { valueFor, type PerItem } from './per_item';

/** How points are drawn (after MediaPipe's drawLandmarks); sizes in overlay units. */
export interface PointStyle<P> {
  colour: PerItem<P, string>;
  /** A circle's radius, or half a square's side. */
  radius: PerItem<P, number>;
  shape?: 'circle' | 'square';
  /** Outline circles this wide instead of filling them. */
  outline?: number;
}

/** Frame-pixel points as dots, mirror-aware. */
export function drawPoints<P extends { x: number; y: number }>(
  ctx: Context2D,
  view: OverlayView,
  points: readonly P[],
  style: PointStyle<P>,
): void {
  const s = overlayScale(view);
  ctx.save();
  if (style.outline) ctx.lineWidth = style.outline * s;
  ctx.setLineDash([]);
  // A mesh has hundreds of points of one colour: set it only when it changes.
  let last: string | null = null;
  for (const p of points) {
    const x = toCanvasX(view, p.x);
    const r = valueFor(style.radius, p) * s;
    const colour = valueFor(style.colour, p);
    if (colour !== last) {
      if (style.outline) ctx.strokeStyle = colour;
      else ctx.fillStyle = colour;
      last = colour;
    }
    if (style.shape === 'square') {
      ctx.fillRect(x - r, p.y - r, 2 * r, 2 * r);
      continue;
    }
    ctx.beginPath();
    ctx.arc(x, p.y, r, 0, 2 * Math.PI);
    if (style.outline) ctx.stroke();
    else ctx.fill();
  }
  ctx.restore();
}
