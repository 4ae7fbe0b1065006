import type { CornerBox } from '../../vision/boxes';
import { overlayScale, toCanvasX, type OverlayView } from '../../ui/overlay_view';

type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface BoxStyle {
  colour: string;
  /** Line width in overlay units (scaled with the frame). */
  lineWidth: number;
  dashed?: boolean;
  /** Written above the box's top-left corner, upright even in a mirrored view. */
  text?: string;
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
  if (style.text) {
    ctx.font = `${Math.round(12 * s)}px system-ui, sans-serif`;
    ctx.textBaseline = 'bottom';
    const w = ctx.measureText(style.text).width + 6 * s;
    const y = Math.max(r.y, 16 * s);
    ctx.fillStyle = style.colour;
    ctx.fillRect(r.x, y - 16 * s, w, 16 * s);
    ctx.fillStyle = '#000000';
    ctx.fillText(style.text, r.x + 3 * s, y - 2 * s);
  }
  ctx.restore();
}
