import type { Context2D } from './context_2d';
import { overlayScale, type OverlayView } from './overlay_view';

/** How a line is stroked; widths and dashes in overlay units (scaled with the frame). */
export interface LineStyle {
  colour: string;
  lineWidth: number;
  /** Dash and gap lengths; solid when absent. */
  dash?: readonly number[];
}

/** Sets the context's stroke to `style` at the view's scale (inside the caller's save/restore). */
export function applyLineStyle(ctx: Context2D, view: OverlayView, style: LineStyle): void {
  const s = overlayScale(view);
  ctx.strokeStyle = style.colour;
  ctx.lineWidth = style.lineWidth * s;
  ctx.setLineDash(style.dash ? style.dash.map((d) => d * s) : []);
}
