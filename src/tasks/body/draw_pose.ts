import { overlayScale, toCanvasX, type OverlayView } from '../../ui/overlay_view';
import { bodySkeleton } from './body_keypoints';
import type { BodyResult } from './body_result';

export interface PoseStyle {
  threshold: number;
  boneColour: string;
  pointColour: string;
  /** Draw each keypoint's score beside it. */
  scores: boolean;
  /** The keypoint to emphasise (the course view's chosen point), or -1. */
  highlight: number;
}

export const defaultPoseStyle: PoseStyle = {
  threshold: 0.3,
  boneColour: '#38bdf8',
  pointColour: '#fb923c',
  scores: true,
  highlight: -1,
};

/** Draws the skeleton: bones between confident keypoints, then the points and their scores. */
export function drawPose(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  result: BodyResult,
  view: OverlayView,
  style: PoseStyle = defaultPoseStyle,
): void {
  const s = overlayScale(view);
  for (const pose of result.poses) {
    const kp = pose.keypoints;
    ctx.lineWidth = 3 * s;
    ctx.strokeStyle = style.boneColour;
    ctx.beginPath();
    for (const [a, b] of bodySkeleton) {
      const p = kp[a];
      const q = kp[b];
      if (!p || !q || p.score < style.threshold || q.score < style.threshold) continue;
      ctx.moveTo(toCanvasX(view, p.x), p.y);
      ctx.lineTo(toCanvasX(view, q.x), q.y);
    }
    ctx.stroke();

    ctx.font = `${Math.round(11 * s)}px system-ui, sans-serif`;
    ctx.textBaseline = 'bottom';
    for (const [i, p] of kp.entries()) {
      if (p.score < style.threshold) continue;
      const x = toCanvasX(view, p.x);
      const r = (i === style.highlight ? 7 : 4) * s;
      ctx.fillStyle = i === style.highlight ? '#facc15' : style.pointColour;
      ctx.beginPath();
      ctx.arc(x, p.y, r, 0, 2 * Math.PI);
      ctx.fill();
      if (style.scores) {
        ctx.fillStyle = '#ffffff';
        ctx.fillText(p.score.toFixed(2), x + r + 2, p.y - 2);
      }
    }
  }
}
