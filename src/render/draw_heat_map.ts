import type { CornerBox } from '../vision/boxes';
import { canvasRect } from './canvas_rect';
import type { Context2D } from './context_2d';
import type { OverlayView } from './overlay_view';

/** A heat map's one colour, and its opacity where the score is 1. */
export interface HeatMapStyle {
  colour: string;
  opacity: number;
}

/** Frame-pixel cells filled with the colour at `opacity x score` (score in [0, 1]). */
export function drawHeatMap(
  ctx: Context2D,
  view: OverlayView,
  cells: readonly { box: CornerBox; score: number }[],
  style: HeatMapStyle,
): void {
  ctx.save();
  ctx.fillStyle = style.colour;
  for (const cell of cells) {
    const r = canvasRect(view, cell.box);
    ctx.globalAlpha = style.opacity * cell.score;
    ctx.fillRect(r.x, r.y, r.w, r.h);
  }
  ctx.restore();
}
