import type { Context2D } from '../../render/context_2d';
import { drawBox, drawLabel } from '../../render/draw_box';
import { labelTops } from '../../render/label_tops';
import type { OverlayView } from '../../render/overlay_view';
import type { Translator } from '../../i18n/translate';
import type { FaceMatch } from './faces_lab.svelte';

/** The words of a face's label; `d` comes formatted to two decimals. */
export interface FaceLabels {
  /** d ≤ τ: the person's name with d. */
  accepted: (name: string, d: string) => string;
  /** d > τ: a stranger, named only as the nearest enrolled person with d. */
  rejected: (name: string, d: string) => string;
  /** Nobody to compare with. */
  unknown: string;
}

/** The label words in the UI's language. */
export function faceLabelsOf(i18n: Translator): FaceLabels {
  return {
    accepted: (name, d) => i18n.t('faces.labelAccepted', { name, d }),
    rejected: (name, d) => i18n.t('faces.labelRejected', { name, d }),
    unknown: i18n.t('faces.unknown'),
  };
}

/** What a face's label says: its name and d, or "unknown" with the nearest name and d. */
export function faceLabel(match: FaceMatch['match'], labels: FaceLabels): string {
  const d = match.distance.toFixed(2);
  const nearest = match.identity && Number.isFinite(match.distance) ? match.identity.name : null;
  if (nearest === null) return labels.unknown;
  return match.accepted ? labels.accepted(nearest, d) : labels.rejected(nearest, d);
}

/** 14-unit text on a 20-unit background, darker than a box label's. */
const labelStyle = { fontSize: 14, height: 20, padding: 4, textColour: '#111827' };

/**
 * Boxes around faces, green when accepted, orange otherwise, then each face's label upright above
 * its box (the name and d, or "unknown" with the nearest name and d), placed so no label hides
 * another.
 */
export function drawFaces(
  ctx: Context2D,
  matches: readonly FaceMatch[],
  view: OverlayView,
  labels: FaceLabels,
): void {
  const shown = matches.map(({ face, match }) => {
    const { x, y, width, height } = face.box;
    return {
      box: { x1: x, y1: y, x2: x + width, y2: y + height },
      colour: match.accepted ? '#4ade80' : '#fb923c',
      text: faceLabel(match, labels),
    };
  });
  const tops = labelTops(ctx, view, shown, labelStyle);
  for (const f of shown) drawBox(ctx, view, f.box, { colour: f.colour, lineWidth: 3 });
  shown.forEach((f, i) => {
    drawLabel(ctx, view, f.box, f.text, { ...labelStyle, colour: f.colour }, tops[i]);
  });
}
