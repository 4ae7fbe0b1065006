import type { Context2D } from '../../render/context_2d';
import { drawBox, drawLabel } from '../../render/draw_box';
import { overlayScale, type OverlayView } from '../../render/overlay_view';
import type { TransferResult } from './transfer_result';

/** 16-unit light text on a dark, translucent 24-unit background. */
const predictionLabel = {
  colour: 'rgba(17, 24, 39, 0.75)',
  textColour: '#f9fafb',
  fontSize: 16,
  height: 24,
  padding: 6,
};

/**
 * Outlines the centred square the backbone sees and writes the predicted class and ŷ inside its
 * top-left corner (text upright, also in a mirrored view).
 */
export function drawTransfer(ctx: Context2D, result: TransferResult, view: OverlayView): void {
  const s = overlayScale(view);
  const side = Math.min(view.width, view.height);
  const left = (view.width - side) / 2;
  const top = (view.height - side) / 2;
  // Inset by the line's width, so the whole line shows at the frame's edges.
  const inset = 2 * s;
  const square = {
    x1: left + inset,
    y1: top + inset,
    x2: left + side - inset,
    y2: top + side - inset,
  };
  drawBox(ctx, view, square, { colour: 'rgba(96, 165, 250, 0.9)', lineWidth: 2, dash: [8, 6] });
  if (!result.best) return;
  const text = `${result.best.label}  ŷ = ${result.best.probability.toFixed(2)}`;
  drawLabel(ctx, view, square, text, predictionLabel, top + 6 * s);
}
