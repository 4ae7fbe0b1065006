import type { Context2D } from './context_2d';
import { overlayFont } from './overlay_font';
import { overlayScale, type OverlayView } from './overlay_view';

/** A label's size in overlay units: font size, background height, padding left and right. */
export interface LabelSize {
  fontSize?: number;
  height?: number;
  padding?: number;
}

/** A label's size in canvas px, and where its text's bottom sits below the label's top. */
export interface LabelLayout {
  font: string;
  height: number;
  padding: number;
  textBottom: number;
}

/**
 * A box label's layout (default 12-unit text on a 16-unit background). Labels scale with the
 * frame like lines, but a unit is never less than 1 CSS px, so the default label never reads
 * smaller than 12 CSS px: a phone shows a 640 px frame about 370 px wide, which would shrink it
 * to 7 px.
 */
export function labelLayout(
  ctx: Context2D,
  view: OverlayView,
  { fontSize = 12, height = 16, padding = 3 }: LabelSize = {},
): LabelLayout {
  const s = Math.max(overlayScale(view), canvasPxPerCssPx(ctx, view));
  return {
    font: overlayFont(fontSize * s),
    height: height * s,
    padding: padding * s,
    // The text's line box centred on the background.
    textBottom: ((height + fontSize) / 2) * s,
  };
}

/** The least size of overlay text, in CSS px: readable on a phone. */
export const minTextCssPx = 12;

/** Canvas px per CSS px of the overlay canvas as shown (0 while it is not laid out). */
export function canvasPxPerCssPx(ctx: Context2D, view: OverlayView): number {
  const shown = view.cssWidth ?? ('clientWidth' in ctx.canvas ? ctx.canvas.clientWidth : 0);
  return shown > 0 ? view.width / shown : 0;
}

/** A text's font size in canvas px: `fontSize` overlay units, never under 12 CSS px. */
export function textFontPx(ctx: Context2D, view: OverlayView, fontSize: number): number {
  return Math.max(fontSize * overlayScale(view), minTextCssPx * canvasPxPerCssPx(ctx, view));
}
