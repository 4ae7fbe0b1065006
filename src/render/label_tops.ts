import type { CornerBox } from '../vision/boxes';
import { canvasRect } from './canvas_rect';
import type { Context2D } from './context_2d';
import { labelLayout, type LabelSize } from './label_layout';
import { labelSlots } from './label_slots';
import type { OverlayView } from './overlay_view';
import type { LabelBox } from './text_slots';

/**
 * Each labelled box's label top (for `drawLabel`'s `top`), so no label hides another. Pass the
 * most important first: it keeps its spot; `taken` are labels already drawn (canvas px).
 */
export function labelTops(
  ctx: Context2D,
  view: OverlayView,
  items: readonly { box: CornerBox; text: string }[],
  size: LabelSize = {},
  taken: readonly LabelBox[] = [],
): number[] {
  const l = labelLayout(ctx, view, size);
  ctx.save();
  ctx.font = l.font;
  const requests = items.map(({ box, text }) => {
    const r = canvasRect(view, box);
    return {
      x: r.x,
      width: ctx.measureText(text).width + 2 * l.padding,
      boxTop: r.y,
      boxBottom: r.y + r.h,
    };
  });
  ctx.restore();
  return labelSlots(requests, l.height, view.height, taken);
}
