import type { Context2D } from '../../render/context_2d';
import { drawBox, drawLabel } from '../../render/draw_box';
import { labelTops } from '../../render/label_tops';
import type { OverlayView } from '../../render/overlay_view';
import type { LabelBox } from '../../render/text_slots';
import type { CocoResult, Detection } from './detection_result';
import { detectionText, labelAsIs, type ClassName } from './detection_text';

export interface CocoStyle {
  beforeNms: boolean;
  /** Only this class, or null for all. */
  classFilter: string | null;
}

/** The boxes shown for a style: before or after NMS, of the chosen class. */
export function cocoShown(result: CocoResult, style: CocoStyle): Detection[] {
  const boxes = style.beforeNms ? result.candidates : result.detections;
  return style.classFilter ? boxes.filter((d) => d.label === style.classFilter) : boxes;
}

/**
 * Labelled boxes; before NMS they are dashed. Labels are drawn last, so no box's stroke crosses
 * one. Each class is written as `name` gives it (the reader's language). Returns the labels' boxes
 * (canvas px).
 */
export function drawCoco(
  ctx: Context2D,
  result: CocoResult,
  view: OverlayView,
  style: CocoStyle,
  name: ClassName = labelAsIs,
): LabelBox[] {
  // Best score first (NMS order), so the best box's label keeps its spot.
  const shown = cocoShown(result, style).map((d) => ({
    ...d,
    text: detectionText(d, name),
  }));
  const tops = labelTops(ctx, view, shown);
  const colour = (d: Detection) => `hsl(${(d.classIndex * 47) % 360} 90% 60%)`;
  for (const d of shown) {
    drawBox(ctx, view, d.box, {
      colour: colour(d),
      lineWidth: style.beforeNms ? 1.5 : 3,
      dash: style.beforeNms ? [6, 4] : undefined,
    });
  }
  return shown.map((d, i) => drawLabel(ctx, view, d.box, d.text, { colour: colour(d) }, tops[i]));
}
