import type { OverlayView } from '../../ui/overlay_view';
import { drawBox } from './draw_boxes';
import type { FrozenNms } from './nms_stepper.svelte';
import type { NmsReplayState } from './nms_replay';

/** A replayed NMS state: kept boxes green, removed red (with the IoU that removed them), pending grey. */
export function drawNmsStep(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  frozen: FrozenNms,
  state: NmsReplayState,
  view: OverlayView,
): void {
  for (const i of state.pending) {
    const d = frozen.candidates[i]!;
    drawBox(ctx, view, d.box, { colour: '#d4d4d4', lineWidth: 1.5, dashed: true });
  }
  for (const r of state.removed) {
    const d = frozen.candidates[r.index]!;
    const fresh = state.current?.suppressed.some((s) => s.index === r.index) ?? false;
    if (!fresh) continue;
    drawBox(ctx, view, d.box, {
      colour: '#ef4444',
      lineWidth: 2,
      dashed: true,
      text: `IoU ${r.iou.toFixed(2)}`,
    });
  }
  for (const i of state.kept) {
    const d = frozen.candidates[i]!;
    drawBox(ctx, view, d.box, {
      colour: i === state.current?.kept ? '#facc15' : '#22c55e',
      lineWidth: 3,
      text: `${d.label} ${d.score.toFixed(2)}`,
    });
  }
}
