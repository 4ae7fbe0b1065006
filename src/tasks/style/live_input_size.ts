/**
 * The size the style network runs at for a frame: its longer side scaled to `longSide`, the
 * aspect kept, each side rounded to a multiple of 4 (the network downsamples twice by 2).
 * Returns [width, height] in pixels.
 */
export function liveInputSize(width: number, height: number, longSide: number): [number, number] {
  if (!(width > 0 && height > 0)) {
    throw new Error(`A frame to stylise needs a positive size, not ${width}x${height}.`);
  }
  if (longSide % 4 !== 0 || longSide < 4) {
    throw new Error(`The network's size must be a positive multiple of 4, not ${longSide}.`);
  }
  const scale = longSide / Math.max(width, height);
  const round4 = (n: number) => Math.max(4, Math.round((n * scale) / 4) * 4);
  return [round4(width), round4(height)];
}
