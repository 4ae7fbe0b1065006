import { unletterbox } from '../../vision/letterbox';
import type { OverlayView } from '../../ui/overlay_view';
import { overlayScale, toCanvasX } from '../../ui/overlay_view';
import type { YoloResult } from './detection_result';
import { drawBox, drawLabel, labelTops } from './draw_boxes';

export interface YoloStyle {
  /**
   * Which boxes to draw: every box above the score threshold (before NMS), the survivors, or
   * none (an NMS replay draws its own).
   */
  boxes: 'candidates' | 'detections' | 'none';
  /** The tapped cell, whose anchors are drawn. */
  cell: { row: number; col: number } | null;
}

/** One colour per anchor, so a prior and its decoded box match. */
export const anchorColours = ['#f472b6', '#a78bfa', '#38bdf8', '#4ade80', '#fb923c'];

/** The S x S grid over the model input, mapped to frame pixels (padding included). */
export function gridCellBox(result: YoloResult, row: number, col: number) {
  const S = result.gridSize;
  const a = unletterbox(result.letterbox, col / S, row / S);
  const b = unletterbox(result.letterbox, (col + 1) / S, (row + 1) / S);
  return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
}

/**
 * Draws the grid, the tapped cell's anchors (dashed priors, solid decoded boxes labelled
 * "anchor: σ(t_o)"), then the responsible cells and the boxes before or after NMS on top.
 */
export function drawYolo(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  result: YoloResult,
  view: OverlayView,
  style: YoloStyle,
): void {
  const s = overlayScale(view);
  const S = result.gridSize;
  // The grid covers the whole model input; in frame pixels it reaches into the letterbox padding.
  const topLeft = unletterbox(result.letterbox, 0, 0);
  const bottomRight = unletterbox(result.letterbox, 1, 1);
  const cellW = (bottomRight.x - topLeft.x) / S;
  const cellH = (bottomRight.y - topLeft.y) / S;
  ctx.save();
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.45)';
  ctx.lineWidth = 1 * s;
  ctx.beginPath();
  for (let k = 0; k <= S; k++) {
    const x = toCanvasX(view, topLeft.x + k * cellW);
    const y = topLeft.y + k * cellH;
    ctx.moveTo(x, topLeft.y);
    ctx.lineTo(x, bottomRight.y);
    ctx.moveTo(toCanvasX(view, topLeft.x), y);
    ctx.lineTo(toCanvasX(view, bottomRight.x), y);
  }
  ctx.stroke();
  ctx.restore();

  const beforeNms = style.boxes === 'candidates';
  const boxes = style.boxes === 'none' ? [] : beforeNms ? result.candidates : result.detections;
  const cell = style.cell && style.cell.row < S && style.cell.col < S ? style.cell : null;
  const first = cell ? (cell.row * S + cell.col) * 5 : 0;
  const anchors = cell ? result.anchors.slice(first, first + 5) : [];
  // Labels placed so none hides another: the detections' first, then anchors by objectness.
  const anchorText = (a: (typeof anchors)[number]) => `${a.anchor + 1}: ${a.objectness.toFixed(2)}`;
  const byObjectness = [...anchors].sort((a, b) => b.objectness - a.objectness);
  const tops = labelTops(ctx, view, [
    ...boxes.map((d) => ({ box: d.box, text: `${d.label} ${d.score.toFixed(2)}` })),
    ...byObjectness.map((a) => ({ box: a.box, text: anchorText(a) })),
  ]);
  const anchorTop = (a: (typeof anchors)[number]) => tops[boxes.length + byObjectness.indexOf(a)];

  if (cell) {
    drawBox(ctx, view, gridCellBox(result, cell.row, cell.col), {
      colour: '#ffffff',
      lineWidth: 3,
    });
    for (const a of anchors) {
      const colour = anchorColours[a.anchor % anchorColours.length]!;
      drawBox(ctx, view, a.prior, { colour, lineWidth: 1.5, dashed: true });
      drawBox(ctx, view, a.box, { colour, lineWidth: 2 });
    }
  }

  for (const d of boxes) {
    drawBox(ctx, view, gridCellBox(result, d.row, d.col), {
      colour: '#facc15',
      lineWidth: 2,
      fill: 0.3,
    });
  }
  for (const d of boxes) {
    drawBox(ctx, view, d.box, {
      colour: beforeNms ? '#fde68a' : '#22c55e',
      lineWidth: beforeNms ? 1.5 : 3,
      dashed: beforeNms,
    });
  }
  // Labels last, so no box's stroke crosses one.
  for (const a of anchors) {
    const colour = anchorColours[a.anchor % anchorColours.length]!;
    drawLabel(ctx, view, a.box, colour, anchorText(a), anchorTop(a));
  }
  boxes.forEach((d, i) => {
    const colour = beforeNms ? '#fde68a' : '#22c55e';
    drawLabel(ctx, view, d.box, colour, `${d.label} ${d.score.toFixed(2)}`, tops[i]);
  });
}
