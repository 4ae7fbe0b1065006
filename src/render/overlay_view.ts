/**
 * How overlay drawings map to the picture. Source-frame pixels in, canvas pixels out; the canvas
 * has the frame's size. In a mirrored (selfie) view the picture is flipped by CSS, so points
 * are flipped here and text is drawn upright: text is never mirrored.
 */
export interface OverlayView {
  width: number;
  height: number;
  mirror: boolean;
  /**
   * The least canvas px per overlay unit: presenter mode sets it from the size the canvas is
   * shown at, so lines and labels read from the back of a room whatever the frame's size.
   */
  minUnit?: number;
  /** The CSS px the canvas is shown across (0: not laid out); read from the canvas if absent. */
  cssWidth?: number;
}

export function toCanvasX(view: OverlayView, x: number): number {
  return view.mirror ? view.width - x : x;
}

/** Line widths and fonts scale with the frame so they read the same at 480p and 1080p. */
export function overlayScale(view: OverlayView): number {
  return Math.max(1, Math.min(view.width, view.height) / 360, view.minUnit ?? 0);
}

/**
 * Presenter mode's overlay unit: 2.8 CSS px, so the smallest label (11 units) is 31 px tall and
 * the thinnest box or skeleton line (1.5 units) 4.2 px on the screen, at any frame size.
 */
export const presenterUnitCssPx = 2.8;

/** `minUnit` for a canvas of `canvasWidth` px shown `shownWidth` CSS px wide (0: not laid out). */
export function presenterMinUnit(canvasWidth: number, shownWidth: number): number {
  return shownWidth > 0 ? (presenterUnitCssPx * canvasWidth) / shownWidth : 0;
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
