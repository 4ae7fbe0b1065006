import type { Context2D } from '../../render/context_2d';
import { drawBox } from '../../render/draw_box';
import { labelTops } from '../../render/label_tops';
import type { OverlayView } from '../../render/overlay_view';
import type { LabelBox } from '../../render/text_slots';
import type { FrozenNms } from './nms_stepper.svelte';
import { detectionText, labelAsIs, type ClassName } from './detection_text';
import type { NmsReplayState } from './nms_replay';

/**
 * A replayed NMS state: kept boxes green, removed red (with the IoU that removed them), pending
 * grey, its labels clear of those `taken` (canvas px). Returns the labels' boxes (canvas px).
 */
export function drawNmsStep(
  ctx: Context2D,
  frozen: FrozenNms,
  state: NmsReplayState,
  view: OverlayView,
  taken: readonly LabelBox[] = [],
  name: ClassName = labelAsIs,
): LabelBox[] {
  for (const i of state.pending) {
    const d = frozen.candidates[i]!;
    drawBox(ctx, view, d.box, { colour: '#d4d4d4', lineWidth: 1.5, dash: [6, 4] });
  }
  const fresh = state.removed.filter(
    (r) => state.current?.suppressed.some((s) => s.index === r.index) ?? false,
  );
  // Labels placed so none hides another: the kept boxes' first.
  const kept = state.kept.map((i) => frozen.candidates[i]!);
  const tops = labelTops(
    ctx,
    view,
    [
      ...kept.map((d) => ({ box: d.box, text: detectionText(d, name) })),
      ...fresh.map((r) => ({
        box: frozen.candidates[r.index]!.box,
        text: `IoU ${r.iou.toFixed(2)}`,
      })),
    ],
    {},
    taken,
  );
  const labels: (LabelBox | null)[] = [];
  fresh.forEach((r, k) => {
    labels.push(
      drawBox(ctx, view, frozen.candidates[r.index]!.box, {
        colour: '#ef4444',
        lineWidth: 2,
        dash: [6, 4],
        text: `IoU ${r.iou.toFixed(2)}`,
        textTop: tops[kept.length + k],
      }),
    );
  });
  kept.forEach((d, k) => {
    labels.push(
      drawBox(ctx, view, d.box, {
        colour: state.kept[k] === state.current?.kept ? '#facc15' : '#22c55e',
        lineWidth: 3,
        text: detectionText(d, name),
        textTop: tops[k],
      }),
    );
  });
  return labels.filter((l) => l !== null);
}
