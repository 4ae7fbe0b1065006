/**
 * How overlay drawings map to the picture. Source-frame pixels in, canvas pixels out; the canvas
 * has the frame's size. In a mirrored (selfie) view the picture is flipped by CSS, so points
 * are flipped here and text is drawn upright: text is never mirrored.
 */
export interface OverlayView {
  width: number;
  height: number;
  mirror: boolean;
}

export function toCanvasX(view: OverlayView, x: number): number {
  return view.mirror ? view.width - x : x;
}

/** Line widths and fonts scale with the frame so they read the same at 480p and 1080p. */
export function overlayScale(view: OverlayView): number {
  return Math.max(1, Math.min(view.width, view.height) / 360);
}

/**
 * The source-frame pixel under a pointer event on an element that shows the whole frame
 * (the stage), undoing the CSS scaling and, in a mirrored view, the flip.
 */
export function framePointFromClient(
  view: OverlayView,
  rect: { left: number; top: number; width: number; height: number },
  clientX: number,
  clientY: number,
): { x: number; y: number } {
  const x = ((clientX - rect.left) / rect.width) * view.width;
  const y = ((clientY - rect.top) / rect.height) * view.height;
  return { x: view.mirror ? view.width - x : x, y };
}
