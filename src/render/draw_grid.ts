import type { CornerBox } from '../vision/boxes';
import type { Context2D } from './context_2d';
import { applyLineStyle, type LineStyle } from './line_style';
import { toCanvasX, type OverlayView } from './overlay_view';

/** A rows x cols grid of equal cells over a frame-pixel area (YOLO's S x S), as one path. */
export function drawGrid(
  ctx: Context2D,
  view: OverlayView,
  area: CornerBox,
  rows: number,
  cols: number,
  style: LineStyle,
): void {
  const cellW = (area.x2 - area.x1) / cols;
  const cellH = (area.y2 - area.y1) / rows;
  const left = toCanvasX(view, area.x1);
  const right = toCanvasX(view, area.x2);
  ctx.save();
  applyLineStyle(ctx, view, style);
  ctx.beginPath();
  for (let k = 0; k <= cols; k++) {
    const x = toCanvasX(view, area.x1 + k * cellW);
    ctx.moveTo(x, area.y1);
    ctx.lineTo(x, area.y2);
  }
  for (let k = 0; k <= rows; k++) {
    const y = area.y1 + k * cellH;
    ctx.moveTo(left, y);
    ctx.lineTo(right, y);
  }
  ctx.stroke();
  ctx.restore();
}
