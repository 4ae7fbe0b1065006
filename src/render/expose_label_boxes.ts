import type { Context2D } from './context_2d';
import type { LabelBox } from './text_slots';

/**
 * Shows the boxes of the labels just drawn on the overlay canvas as its `data-label-boxes`
 * (JSON, canvas px, rounded to 0.1 px), so a test can check that no label hides another.
 */
export function exposeLabelBoxes(ctx: Context2D, boxes: readonly LabelBox[]): void {
  const canvas = ctx.canvas;
  if (!('dataset' in canvas)) return;
  const r = (v: number) => Math.round(v * 10) / 10;
  canvas.dataset.labelBoxes = JSON.stringify(
    boxes.map((b) => ({ x: r(b.x), y: r(b.y), width: r(b.width), height: r(b.height) })),
  );
}
