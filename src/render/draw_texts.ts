import type { Context2D } from './context_2d';
import { overlayFont } from './overlay_font';
import { overlayScale, toCanvasX, type OverlayView } from './overlay_view';
import { valueFor, type PerItem } from './per_item';

/** Text beside points; sizes and offsets in overlay units. */
export interface TextStyle<P> {
  colour: string;
  fontSize: number;
  /** From the point to the text's bottom-left: right and down on the canvas, mirrored or not. */
  dx?: PerItem<P, number>;
  dy?: number;
}

/** Each item's text beside its frame-pixel point, upright: text is never mirrored. */
export function drawTexts<P extends { x: number; y: number; text: string }>(
  ctx: Context2D,
  view: OverlayView,
  items: readonly P[],
  style: TextStyle<P>,
): void {
  const s = overlayScale(view);
  ctx.save();
  ctx.font = overlayFont(style.fontSize * s);
  ctx.textBaseline = 'bottom';
  ctx.fillStyle = style.colour;
  for (const p of items) {
    const dx = valueFor(style.dx ?? 0, p) * s;
    ctx.fillText(p.text, toCanvasX(view, p.x) + dx, p.y + (style.dy ?? 0) * s);
  }
  ctx.restore();
}
