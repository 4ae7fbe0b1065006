/**
 * One stylised frame, as plain data. The picture is the whole source frame at the network's
 * size (aspect kept), to be stretched over the frame when drawn.
 */
export interface LiveStyleResult {
  /** The style network's id (public/styles/<id>.json). */
  style: string;
  /** Size the network ran at, in pixels. */
  width: number;
  height: number;
  /** The stylised picture, RGBA bytes, width x height x 4, rows top to bottom, not mirrored. */
  pixels: Uint8ClampedArray;
  /** Source frame size in pixels. */
  frame: { width: number; height: number };
  /** Mean |f_W(x) - x| over pixels and channels, on 0-255: how far the style moved the picture. */
  meanChange: number;
  /** Mean R, G, B of the stylised picture, 0-255. */
  meanColour: [number, number, number];
}

/** The result without its pixels, for the JSON that tests and assistive technology read. */
export function liveStyleSummary(r: LiveStyleResult): Omit<LiveStyleResult, 'pixels'> {
  const { style, width, height, frame, meanChange, meanColour } = r;
  return { style, width, height, frame, meanChange, meanColour };
}
