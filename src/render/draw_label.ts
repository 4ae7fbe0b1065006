import type { CornerBox } from '../vision/boxes';
import { canvasRect } from './canvas_rect';
import type { Context2D } from './context_2d';
import { labelLayout, type LabelSize } from './label_layout';
import type { OverlayView } from './overlay_view';
import type { LabelBox } from './text_slots';

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
