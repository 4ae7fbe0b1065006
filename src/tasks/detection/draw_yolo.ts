import { unletterbox } from '../../vision/letterbox';
import type { Context2D } from '../../render/context_2d';
import { drawBox, drawLabel } from '../../render/draw_box';
import { drawGrid } from '../../render/draw_grid';
import { labelTops } from '../../render/label_tops';
import { detectionText, labelAsIs, type ClassName } from './detection_text';
import type { OverlayView } from '../../render/overlay_view';
import type { AnchorView, YoloResult } from './detection_result';
import type { LabelBox } from '../../render/text_slots';

export interface YoloStyle {
  /**
   * Which boxes to draw: every box at or above the score threshold (before NMS), the survivors, or
   * none (an NMS replay draws its own).
   */
  boxes: 'candidates' | 'detections' | 'none';
  /** The tapped cell, whose anchors are drawn. */
  cell: { row: number; col: number } | null;
}

/** One colour per anchor, so a prior and its decoded box match (repeating past five anchors). */
export const anchorColours = ['#f472b6', '#a78bfa', '#38bdf8', '#4ade80', '#fb923c'];

const anchorColour = (a: AnchorView) => anchorColours[a.anchor % anchorColours.length]!;

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
 * Returns the labels' boxes (canvas px).
 */
export function drawYolo(
  ctx: Context2D,
  result: YoloResult,
  view: OverlayView,
  style: YoloStyle,
  name: ClassName = labelAsIs,
): LabelBox[] {
  const S = result.gridSize;
  // The grid covers the whole model input; in frame pixels it reaches into the letterbox padding.
  const topLeft = unletterbox(result.letterbox, 0, 0);
  const bottomRight = unletterbox(result.letterbox, 1, 1);
  const input = { x1: topLeft.x, y1: topLeft.y, x2: bottomRight.x, y2: bottomRight.y };
  drawGrid(ctx, view, input, S, S, { colour: 'rgba(255, 255, 255, 0.45)', lineWidth: 1 });

  const beforeNms = style.boxes === 'candidates';
  const boxes = style.boxes === 'none' ? [] : beforeNms ? result.candidates : result.detections;
  const boxColour = beforeNms ? '#fde68a' : '#22c55e';
  const cell = style.cell && style.cell.row < S && style.cell.col < S ? style.cell : null;
  // As many anchors as the decoder gave the cell.
  const anchors = cell
    ? result.anchors.filter((a) => a.row === cell.row && a.col === cell.col)
    : [];
  // Labels placed so none hides another: the detections' first, then anchors by objectness.
  const anchorText = (a: AnchorView) => `${a.anchor + 1}: ${a.objectness.toFixed(2)}`;
  const byObjectness = [...anchors].sort((a, b) => b.objectness - a.objectness);
  const tops = labelTops(ctx, view, [
    ...boxes.map((d) => ({ box: d.box, text: detectionText(d, name) })),
    ...byObjectness.map((a) => ({ box: a.box, text: anchorText(a) })),
  ]);
  const anchorTop = (a: AnchorView) => tops[boxes.length + byObjectness.indexOf(a)];

  if (cell) {
    drawBox(ctx, view, gridCellBox(result, cell.row, cell.col), {
      colour: '#ffffff',
      lineWidth: 3,
    });
    for (const a of anchors) {
      drawBox(ctx, view, a.prior, { colour: anchorColour(a), lineWidth: 1.5, dash: [6, 4] });
      drawBox(ctx, view, a.box, { colour: anchorColour(a), lineWidth: 2 });
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
      colour: boxColour,
      lineWidth: beforeNms ? 1.5 : 3,
      dash: beforeNms ? [6, 4] : undefined,
    });
  }
  // Labels last, so no box's stroke crosses one.
  return [
    ...anchors.map((a) =>
      drawLabel(ctx, view, a.box, anchorText(a), { colour: anchorColour(a) }, anchorTop(a)),
    ),
    ...boxes.map((d, i) =>
      drawLabel(ctx, view, d.box, detectionText(d, name), { colour: boxColour }, tops[i]),
    ),
  ];
}
