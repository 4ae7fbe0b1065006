import type { CornerBox } from '../vision/boxes';
import { canvasRect } from './canvas_rect';
import type { Context2D } from './context_2d';
import { drawLabel } from './draw_label';
import { applyLineStyle, type LineStyle } from './line_style';
import type { OverlayView } from './overlay_view';
import type { LabelBox } from './text_slots';

export interface BoxStyle extends LineStyle {
  /** Fill with the colour at this opacity (0: no fill). */
  fill?: number;
  /** A label in the box's colour at its top-left corner, upright even in a mirrored view. */
  text?: string;
  /** The label's top y in canvas px, from `labelTops`; default just above the box. */
  textTop?: number;
}

/**
 * A frame-pixel box (after MediaPipe's drawBoundingBox), mirror-aware, then its label. Returns
 * the label's box (canvas px), or null without a label.
 */
export function drawBox(
  ctx: Context2D,
  view: OverlayView,
  box: CornerBox,
  style: BoxStyle,
): LabelBox | null {
  const r = canvasRect(view, box);
  ctx.save();
  if (style.fill) {
    ctx.globalAlpha = style.fill;
    ctx.fillStyle = style.colour;
    ctx.fillRect(r.x, r.y, r.w, r.h);
    ctx.globalAlpha = 1;
  }
  applyLineStyle(ctx, view, style);
  ctx.strokeRect(r.x, r.y, r.w, r.h);
  ctx.restore();
  if (!style.text) return null;
  return drawLabel(ctx, view, box, style.text, { colour: style.colour }, style.textTop);
}
