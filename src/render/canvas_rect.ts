import type { CornerBox } from '../vision/boxes';
import { toCanvasX, type OverlayView } from './overlay_view';

/** A frame-pixel box as a canvas rectangle; a mirrored view flips x, so corners swap. */
export function canvasRect(view: OverlayView, box: CornerBox) {
  const a = toCanvasX(view, box.x1);
  const b = toCanvasX(view, box.x2);
  return { x: Math.min(a, b), y: box.y1, w: Math.abs(b - a), h: box.y2 - box.y1 };
}
