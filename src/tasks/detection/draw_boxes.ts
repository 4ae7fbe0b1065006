import type { CornerBox } from '../../vision/boxes';
import { overlayScale, toCanvasX, type OverlayView } from '../../ui/overlay_view';
import { labelSlots } from './label_slots';

type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface BoxStyle {
  colour: string;
  /** Line width in overlay units (scaled with the frame). */
  lineWidth: number;
  dashed?: boolean;
  /** Written above the box's top-left corner, upright even in a mirrored view. */
  text?: string;
  /** The label's top y in canvas px, from `labelTops`; default just above the box. */
  textTop?: number;
  /** Fill with the colour at this opacity (0: no fill). */
  fill?: number;
}

/** A frame-pixel box as a canvas rectangle; a mirrored view flips x, so corners swap. */
export function canvasRect(view: OverlayView, box: CornerBox) {
  const a = toCanvasX(view, box.x1);
  const b = toCanvasX(view, box.x2);
  return { x: Math.min(a, b), y: box.y1, w: Math.abs(b - a), h: box.y2 - box.y1 };
}

export function drawBox(ctx: Ctx2D, view: OverlayView, box: CornerBox, style: BoxStyle): void {
  const s = overlayScale(view);
  const r = canvasRect(view, box);
  ctx.save();
  if (style.fill) {
    ctx.globalAlpha = style.fill;
    ctx.fillStyle = style.colour;
    ctx.fillRect(r.x, r.y, r.w, r.h);
    ctx.globalAlpha = 1;
  }
  ctx.strokeStyle = style.colour;
  ctx.lineWidth = style.lineWidth * s;
  ctx.setLineDash(style.dashed ? [6 * s, 4 * s] : []);
  ctx.strokeRect(r.x, r.y, r.w, r.h);
  ctx.restore();
  if (style.text) drawLabel(ctx, view, box, style.colour, style.text, style.textTop);
}

/** A box's label alone (drawn after every box, no stroke crosses it); `top` as `textTop`. */
export function drawLabel(
  ctx: Ctx2D,
  view: OverlayView,
  box: CornerBox,
  colour: string,
  text: string,
  top?: number,
): void {
  const s = labelScale(ctx, view);
  const r = canvasRect(view, box);
  ctx.save();
  ctx.font = labelFont(s);
  ctx.textBaseline = 'bottom';
  const w = ctx.measureText(text).width + 6 * s;
  const y = top ?? Math.max(r.y, 16 * s) - 16 * s;
  ctx.fillStyle = colour;
  ctx.fillRect(r.x, y, w, 16 * s);
  ctx.fillStyle = '#000000';
  ctx.fillText(text, r.x + 3 * s, y + 14 * s);
  ctx.restore();
}

const labelFont = (s: number) => `${Math.round(12 * s)}px system-ui, sans-serif`;

/**
 * Labels scale with the frame like lines, but never read smaller than 12 CSS px: a phone shows
 * a 640 px frame about 370 px wide, which would shrink them to 7 px.
 */
function labelScale(ctx: Ctx2D, view: OverlayView): number {
  const shown = 'clientWidth' in ctx.canvas ? ctx.canvas.clientWidth : 0;
  return Math.max(overlayScale(view), shown > 0 ? view.width / shown : 0);
}

/** Each labelled box's label top (for `textTop`), so no label hides another; the first keeps its spot. */
export function labelTops(
  ctx: Ctx2D,
  view: OverlayView,
  items: readonly { box: CornerBox; text: string }[],
): number[] {
  const s = labelScale(ctx, view);
  ctx.save();
  ctx.font = labelFont(s);
  const requests = items.map(({ box, text }) => {
    const r = canvasRect(view, box);
    return {
      x: r.x,
      width: ctx.measureText(text).width + 6 * s,
      boxTop: r.y,
      boxBottom: r.y + r.h,
    };
  });
  ctx.restore();
  return labelSlots(requests, 16 * s);
}
