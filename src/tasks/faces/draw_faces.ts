import { overlayScale, toCanvasX, type OverlayView } from '../../ui/overlay_view';
import type { FaceMatch } from './faces_lab.svelte';

export interface FaceLabels {
  accept: string;
  reject: string;
  unknown: string;
}

/** Boxes around faces, green when accepted, orange otherwise, with name and distance upright. */
export function drawFaces(
  ctx: CanvasRenderingContext2D,
  matches: readonly FaceMatch[],
  view: OverlayView,
  labels: FaceLabels,
): void {
  const s = overlayScale(view);
  ctx.lineWidth = 3 * s;
  ctx.font = `${Math.round(14 * s)}px system-ui, sans-serif`;
  ctx.textBaseline = 'bottom';
  for (const { face, match } of matches) {
    const { x, y, width, height } = face.box;
    // In a mirrored view the box's left edge is the frame's right edge.
    const left = view.mirror ? toCanvasX(view, x + width) : x;
    const colour = match.accepted ? '#4ade80' : '#fb923c';
    ctx.strokeStyle = colour;
    ctx.strokeRect(left, y, width, height);
    const who = match.identity
      ? `${match.identity.name} · d = ${match.distance.toFixed(2)} · ${match.accepted ? labels.accept : labels.reject}`
      : labels.unknown;
    const text =
      match.identity && !match.accepted && !Number.isFinite(match.distance) ? labels.unknown : who;
    const w = ctx.measureText(text).width + 8 * s;
    ctx.fillStyle = colour;
    ctx.fillRect(left, y - 20 * s, w, 20 * s);
    ctx.fillStyle = '#111827';
    ctx.fillText(text, left + 4 * s, y - 3 * s);
  }
}
