import type { Context2D } from '../../render/context_2d';
import { drawConnectors } from '../../render/draw_connectors';
import { drawPoints } from '../../render/draw_points';
import { drawPolyline } from '../../render/draw_polyline';
import { drawTexts } from '../../render/draw_texts';
import type { OverlayView } from '../../render/overlay_view';
import type { LabelBox } from '../../render/text_slots';
import { cropToFrame } from '../../vision/rotate_crop';
import { drawPose, defaultPoseStyle } from '../body/draw_pose';
import { face68Parts } from './face68_layout';
import { handSkeleton } from './hand_layout';
import type { LandmarkMode, LandmarksResult } from './landmarks_result';
import { outputVector } from './output_vector';

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

/**
 * Draws every mode's points, then the course view's chosen points on top; no text hides
 * another. Returns the texts' boxes (canvas px).
 */
export function drawLandmarks(
  ctx: Context2D,
  result: LandmarksResult,
  view: OverlayView,
  style: LandmarksStyle = defaultLandmarksStyle,
): LabelBox[] {
  const labels: LabelBox[] = [];
  for (const face of result.faces) {
    if (face.score < style.threshold) continue;
    drawPoints(ctx, view, face.points, { colour: colours.mesh, radius: 1, shape: 'square' });
    if (style.crops) {
      const crop = { ...face.crop, outputSize: 1 };
      const corners = [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ].map(([u, v]) => cropToFrame(crop, u!, v!));
      drawPolyline(ctx, view, corners, {
        colour: colours.mesh,
        lineWidth: 1,
        dash: [4, 4],
        closed: true,
      });
    }
  }

  for (const face of result.faces68) {
    if (face.score < style.threshold) continue;
    for (const part of face68Parts) {
      drawPolyline(ctx, view, face.points.slice(part.from, part.to + 1), {
        colour: colours.face68,
        lineWidth: 1.5,
        closed: part.closed,
      });
    }
    drawPoints(ctx, view, face.points, { colour: colours.face68, radius: 2 });
    if (style.numbers) {
      const numbered = face.points.map((p, i) => ({ ...p, text: String(i) }));
      const numberStyle = { colour: colours.face68, fontSize: 11, dx: 2, dy: -1 };
      labels.push(...drawTexts(ctx, view, numbered, numberStyle, labels));
    }
  }

  for (const hand of result.hands) {
    if (hand.score < style.threshold) continue;
    drawConnectors(ctx, view, hand.points, handSkeleton, {
      colour: colours.hands,
      lineWidth: 2.5,
    });
    drawPoints(ctx, view, hand.points, { colour: colours.hands, radius: 3 });
    const label = `${style.handLabels[hand.handedness]} ${hand.score.toFixed(2)}`;
    const wrist = [{ ...hand.points[0]!, text: label }];
    const handStyle = { colour: '#ffffff', fontSize: 11, dx: 4, dy: 14 };
    labels.push(...drawTexts(ctx, view, wrist, handStyle, labels));
  }

  if (result.poses.length > 0) {
    const poses = { frame: result.frame, poses: result.poses };
    const scores = drawPose(
      ctx,
      poses,
      view,
      {
        ...defaultPoseStyle,
        threshold: style.threshold,
        highlight: -1,
      },
      labels,
    );
    labels.push(...scores);
  }

  return drawSelection(ctx, result, view, style, labels);
}

/**
 * The chosen points as rings, l1, l2, ... beside them (all when few, else only the emphasised),
 * clear of the `labels` drawn before. Returns those labels and these.
 */
function drawSelection(
  ctx: Context2D,
  result: LandmarksResult,
  view: OverlayView,
  style: LandmarksStyle,
  labels: LabelBox[],
): LabelBox[] {
  const sel = style.selection;
  if (!sel) return labels;
  const entries = outputVector(result, sel.mode, sel.instance, sel.indices);
  if (!entries) return labels;
  const points = entries
    .map((e, k) => ({
      x: e.lx * result.frame.width,
      y: e.ly * result.frame.height,
      text: `l${k + 1}`,
      chosen: e.index === sel.highlight,
      confidence: e.confidence,
    }))
    .filter((p) => p.confidence >= style.threshold);
  drawPoints(ctx, view, points, {
    colour: colours.chosen,
    radius: (p) => (p.chosen ? 9 : 5),
    outline: 2,
  });
  const named = points.filter((p) => p.chosen || entries.length <= 24);
  const nameStyle = { fontSize: 11, colour: colours.chosen, dx: 6, dy: -4 };
  return [...labels, ...drawTexts(ctx, view, named, nameStyle, labels)];
}
