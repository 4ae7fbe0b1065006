import type { Context2D } from './context_2d';
import { textFontPx } from './label_layout';
import { overlayFont } from './overlay_font';
import { overlayScale, toCanvasX, type OverlayView } from './overlay_view';
import { valueFor, type PerItem } from './per_item';
import { textSlots, type LabelBox } from './text_slots';

/** Text beside points; sizes and offsets in overlay units. */
export interface TextStyle<P> {
  colour: string;
  /** At least 12 CSS px however the canvas is scaled. */
  fontSize: number;
  /** From the point to the text's bottom-left: right and down on the canvas, mirrored or not. */
  dx?: PerItem<P, number>;
  dy?: number;
}

/**
 * Each item's text beside its frame-pixel point, upright (text is never mirrored), where it
 * hides no text before it nor the labels `taken` (`textSlots`). Returns the texts' boxes
 * (canvas px).
 */
export function drawTexts<P extends { x: number; y: number; text: string }>(
  ctx: Context2D,
  view: OverlayView,
  items: readonly P[],
  style: TextStyle<P>,
  taken: readonly LabelBox[] = [],
): LabelBox[] {
  const s = overlayScale(view);
  const fontPx = Math.round(textFontPx(ctx, view, style.fontSize));
  ctx.save();
  ctx.font = overlayFont(fontPx);
  ctx.textBaseline = 'bottom';
  ctx.fillStyle = style.colour;
  const requests = items.map((p) => {
    const pointX = toCanvasX(view, p.x);
    const bottom = p.y + (style.dy ?? 0) * s;
    const box = {
      x: pointX + valueFor(style.dx ?? 0, p) * s,
      y: bottom - fontPx,
      width: ctx.measureText(p.text).width,
      height: fontPx,
    };
    return { pointX, pointY: p.y, box };
  });
  const boxes = textSlots(requests, view, taken);
  items.forEach((p, i) => ctx.fillText(p.text, boxes[i]!.x, boxes[i]!.y + boxes[i]!.height));
  ctx.restore();
  return boxes;
}
