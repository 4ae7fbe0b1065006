import { drawConnectors } from '../../render/draw_connectors';
import type { Context2D } from '../../render/context_2d';
import { drawPoints } from '../../render/draw_points';
import { drawTexts } from '../../render/draw_texts';
import type { OverlayView } from '../../render/overlay_view';
import type { LabelBox } from '../../render/text_slots';
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

/**
 * Draws the skeleton: bones between confident keypoints, then the points and their scores,
 * clear of the labels `taken`. Returns the scores' boxes (canvas px).
 */
export function drawPose(
  ctx: Context2D,
  result: BodyResult,
  view: OverlayView,
  style: PoseStyle = defaultPoseStyle,
  taken: readonly LabelBox[] = [],
): LabelBox[] {
  const labels: LabelBox[] = [];
  for (const pose of result.poses) {
    const confident = pose.keypoints.map((p, index) =>
      p.score >= style.threshold ? { ...p, index, text: p.score.toFixed(2) } : null,
    );
    drawConnectors(ctx, view, confident, bodySkeleton, {
      colour: style.boneColour,
      lineWidth: 3,
    });
    const points = confident.filter((p) => p !== null);
    const chosen = (p: { index: number }) => p.index === style.highlight;
    const radius = (p: { index: number }) => (chosen(p) ? 7 : 4);
    drawPoints(ctx, view, points, {
      colour: (p) => (chosen(p) ? '#facc15' : style.pointColour),
      radius,
    });
    if (style.scores) {
      const style = {
        colour: '#ffffff',
        fontSize: 11,
        dx: (p: { index: number }) => radius(p) + 2,
        dy: -2,
      };
      labels.push(...drawTexts(ctx, view, points, style, [...taken, ...labels]));
    }
  }
  return labels;
}
