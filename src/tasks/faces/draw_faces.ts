import type { Context2D } from '../../render/context_2d';
import { drawBox } from '../../render/draw_box';
import { drawLabel } from '../../render/draw_label';
import { labelTops } from '../../render/label_tops';
import type { OverlayView } from '../../render/overlay_view';
import type { FaceMatch } from './faces_lab.svelte';

export interface FaceLabels {
  accept: string;
  reject: string;
  unknown: string;
}

/** 14-unit text on a 20-unit background, darker than a box label's. */
const faceLabel = { fontSize: 14, height: 20, padding: 4, textColour: '#111827' };

/**
 * Boxes around faces, green when accepted, orange otherwise, then each face's name and distance
 * upright above its box, placed so no label hides another.
 */
export function drawFaces(
  ctx: Context2D,
  matches: readonly FaceMatch[],
  view: OverlayView,
  labels: FaceLabels,
): void {
  const shown = matches.map(({ face, match }) => {
    const { x, y, width, height } = face.box;
    const who = match.identity
      ? `${match.identity.name} · d = ${match.distance.toFixed(2)} · ${match.accepted ? labels.accept : labels.reject}`
      : labels.unknown;
    return {
      box: { x1: x, y1: y, x2: x + width, y2: y + height },
      colour: match.accepted ? '#4ade80' : '#fb923c',
      text:
        match.identity && !match.accepted && !Number.isFinite(match.distance)
          ? labels.unknown
          : who,
    };
  });
  const tops = labelTops(ctx, view, shown, faceLabel);
  for (const f of shown) drawBox(ctx, view, f.box, { colour: f.colour, lineWidth: 3 });
  shown.forEach((f, i) => {
    drawLabel(ctx, view, f.box, f.text, { ...faceLabel, colour: f.colour }, tops[i]);
  });
}
