import type { CornerBox } from '../vision/boxes';
import { canvasRect } from './canvas_rect';
import type { Context2D } from './context_2d';
import { labelLayout, type LabelSize } from './label_layout';
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

export interface LabelStyle extends LabelSize {
  /** The background's colour. */
  colour: string;
  /** The text's colour; black by default. */
  textColour?: string;
}

/**
 * A box's label: text on a filled background at the box's top-left corner (in canvas px, so
 * upright even in a mirrored view). `top` is the label's top y from `labelTops`; by default just
 * above the box, or just inside it when the box touches the canvas's top. Returns the label's
 * box (canvas px).
 */
export function drawLabel(
  ctx: Context2D,
  view: OverlayView,
  box: CornerBox,
  text: string,
  style: LabelStyle,
  top?: number,
): LabelBox {
  const l = labelLayout(ctx, view, style);
  const r = canvasRect(view, box);
  ctx.save();
  ctx.font = l.font;
  ctx.textBaseline = 'bottom';
  const w = ctx.measureText(text).width + 2 * l.padding;
  const y = top ?? Math.max(r.y, l.height) - l.height;
  ctx.fillStyle = style.colour;
  ctx.fillRect(r.x, y, w, l.height);
  ctx.fillStyle = style.textColour ?? '#000000';
  ctx.fillText(text, r.x + l.padding, y + l.textBottom);
  ctx.restore();
  return { x: r.x, y, width: w, height: l.height };
}
