/**
 * BlazeFace's anchor centres at a 256 px input, in input pixels, in the order its outputs use:
 * a 16x16 grid of stride 16 with 2 anchors per cell (512), then an 8x8 grid of stride 32
 * with 6 anchors per cell (384): 896 anchors. Each cell's anchors share its centre
 * ((c + 0.5) · stride); the box regressor predicts offsets from it.
 */
export function blazefaceAnchors(inputSize = 256): Float32Array {
  const layers = [
    { stride: inputSize / 16, perCell: 2 },
    { stride: inputSize / 8, perCell: 6 },
  ];
  const out: number[] = [];
  for (const { stride, perCell } of layers) {
    const cells = Math.ceil(inputSize / stride);
    for (let gy = 0; gy < cells; gy++) {
      for (let gx = 0; gx < cells; gx++) {
        for (let n = 0; n < perCell; n++) out.push((gx + 0.5) * stride, (gy + 0.5) * stride);
      }
    }
  }
  return Float32Array.from(out);
}
