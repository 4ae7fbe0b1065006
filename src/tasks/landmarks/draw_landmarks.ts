import { overlayScale, toCanvasX, type OverlayView } from '../../ui/overlay_view';
import { cropToFrame } from '../../vision/rotate_crop';
import { drawPose, defaultPoseStyle } from '../body/draw_pose';
import { face68Parts } from './face68_layout';
import { handSkeleton } from './hand_layout';
import type { LandmarkMode, LandmarksResult, Point2 } from './landmarks_result';
import { outputVector } from './output_vector';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface LandmarksStyle {
  /** Faces, hands and body points scoring below this are not drawn, in [0, 1]. */
  threshold: number;
  /** Number the 68 face points. */
  numbers: boolean;
  /** Outline the upright crop each face's mesh was regressed from. */
  crops: boolean;
  /** Words for the hands' labels, in the user's language (drawn upright, never mirrored). */
  handLabels: { left: string; right: string };
  /** The course view's chosen points (drawn as l1, l2, ...) and the one to emphasise. */
  selection: {
    mode: LandmarkMode;
    instance: number;
    indices: readonly number[];
    highlight: number;
  } | null;
}

export const defaultLandmarksStyle: LandmarksStyle = {
  threshold: 0.3,
  numbers: false,
  crops: true,
  handLabels: { left: 'left', right: 'right' },
  selection: null,
};

const colours = { mesh: '#38bdf8', face68: '#a3e635', hands: '#f472b6', chosen: '#facc15' };

/** Draws every mode's points, then the course view's chosen points on top. */
export function drawLandmarks(
  ctx: Ctx,
  result: LandmarksResult,
  view: OverlayView,
  style: LandmarksStyle = defaultLandmarksStyle,
): void {
  const s = overlayScale(view);
  const x = (p: Point2) => toCanvasX(view, p.x);
  ctx.font = `${Math.round(11 * s)}px system-ui, sans-serif`;
  ctx.textBaseline = 'bottom';

  for (const face of result.faces) {
    if (face.score < style.threshold) continue;
    ctx.fillStyle = colours.mesh;
    for (const p of face.points) ctx.fillRect(x(p) - s, p.y - s, 2 * s, 2 * s);
    if (style.crops) {
      const { cx, cy, size, angle } = face.crop;
      const crop = { cx, cy, size, angle, outputSize: 1 };
      ctx.strokeStyle = colours.mesh;
      ctx.lineWidth = s;
      ctx.setLineDash([4 * s, 4 * s]);
      polyline(
        ctx,
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ].map(([u, v]) => cropToFrame(crop, u!, v!)),
        view,
        true,
      );
      ctx.setLineDash([]);
    }
  }

  for (const face of result.faces68) {
    if (face.score < style.threshold) continue;
    ctx.strokeStyle = colours.face68;
    ctx.lineWidth = 1.5 * s;
    for (const part of face68Parts) {
      polyline(ctx, face.points.slice(part.from, part.to + 1), view, part.closed);
    }
    ctx.fillStyle = colours.face68;
    for (const [i, p] of face.points.entries()) {
      ctx.beginPath();
      ctx.arc(x(p), p.y, 2 * s, 0, 2 * Math.PI);
      ctx.fill();
      if (style.numbers) ctx.fillText(String(i), x(p) + 2 * s, p.y - s);
    }
  }

  for (const hand of result.hands) {
    if (hand.score < style.threshold) continue;
    ctx.strokeStyle = colours.hands;
    ctx.lineWidth = 2.5 * s;
    ctx.beginPath();
    for (const [a, b] of handSkeleton) {
      ctx.moveTo(x(hand.points[a]!), hand.points[a]!.y);
      ctx.lineTo(x(hand.points[b]!), hand.points[b]!.y);
    }
    ctx.stroke();
    ctx.fillStyle = colours.hands;
    for (const p of hand.points) {
      ctx.beginPath();
      ctx.arc(x(p), p.y, 3 * s, 0, 2 * Math.PI);
      ctx.fill();
    }
    const wrist = hand.points[0]!;
    ctx.fillStyle = '#ffffff';
    ctx.fillText(
      `${style.handLabels[hand.handedness]} ${hand.score.toFixed(2)}`,
      x(wrist) + 4 * s,
      wrist.y + 14 * s,
    );
  }

  if (result.poses.length > 0) {
    drawPose(ctx, { frame: result.frame, poses: result.poses }, view, {
      ...defaultPoseStyle,
      threshold: style.threshold,
      highlight: -1,
    });
  }

  drawSelection(ctx, result, view, style);
}

function drawSelection(
  ctx: Ctx,
  result: LandmarksResult,
  view: OverlayView,
  style: LandmarksStyle,
): void {
  const sel = style.selection;
  if (!sel) return;
  const entries = outputVector(result, sel.mode, sel.instance, sel.indices);
  if (!entries) return;
  const s = overlayScale(view);
  ctx.lineWidth = 2 * s;
  for (const [k, e] of entries.entries()) {
    if (e.confidence < style.threshold) continue;
    const chosen = e.index === sel.highlight;
    const cx = toCanvasX(view, e.lx * result.frame.width);
    const cy = e.ly * result.frame.height;
    ctx.strokeStyle = colours.chosen;
    ctx.beginPath();
    ctx.arc(cx, cy, (chosen ? 9 : 5) * s, 0, 2 * Math.PI);
    ctx.stroke();
    if (chosen || entries.length <= 24) {
      ctx.fillStyle = colours.chosen;
      ctx.fillText(`l${k + 1}`, cx + 6 * s, cy - 4 * s);
    }
  }
}

function polyline(ctx: Ctx, points: readonly Point2[], view: OverlayView, closed: boolean): void {
  ctx.beginPath();
  for (const [i, p] of points.entries()) {
    if (i === 0) ctx.moveTo(toCanvasX(view, p.x), p.y);
    else ctx.lineTo(toCanvasX(view, p.x), p.y);
  }
  if (closed) ctx.closePath();
  ctx.stroke();
}
