import type { Affine } from './affine';
import type { FramePlanes } from './frame_planes';
import { yuvCoefficients } from './yuv_coefficients';

/**
 * Samples `frame` into `out` ([height, width, 3] RGB 0-255, row-major): output pixel (u, v) reads
 * the frame at x = a0 u + a1 v + a2, y = b0 u + b1 v + b2 (pixel indices: `indexAffine` of a
 * read's toFrame), bilinearly, as tf.image.transform does. 'black': a neighbour outside the
 * frame counts as zero (tf.image.transform's 'constant' fill); 'replicate': points are clamped
 * into the frame ('nearest' fill; tf.image.resizeBilinear's edges). Only width x height points
 * are read, whatever the frame's size. The YUV case, every camera frame, is written out in the
 * loop: luma bilinear, chroma from the chroma sample under the top-left neighbour, one
 * conversion per point. Each value v (0-255) is written as v * scale + offset (`range`: a
 * model's input range, set as the pixels are written rather than by a tensor op after).
 */
export function samplePlanes(
  frame: FramePlanes,
  [a0, a1, a2, b0, b1, b2]: Affine,
  width: number,
  height: number,
  border: 'black' | 'replicate',
  out: Float32Array,
  { scale, offset }: { scale: number; offset: number } = { scale: 1, offset: 0 },
): void {
  if (out.length !== width * height * 3) {
    throw new RangeError(`samplePlanes needs ${width * height * 3} floats, got ${out.length}.`);
  }
  const { width: w, height: h, data } = frame;
  const clamp = border === 'replicate';
  if (clamp && (w < 2 || h < 2)) {
    throw new RangeError(`A ${w}x${h} frame is too small to read with its edges replicated.`);
  }
  const maxX = w - 1 - 1e-6;
  const maxY = h - 1 - 1e-6;
  const yuv = frame.format === 'I420' || frame.format === 'NV12';
  const { offset: yo, stride: ys } = frame.planes[0]!;
  const { offset: uo, stride: us } = frame.planes[1] ?? frame.planes[0]!;
  // NV12 interleaves Cb, Cr in one plane (Cr the next byte); I420 has Cr in its own plane.
  const nv12 = frame.format === 'NV12';
  const { offset: vo, stride: vs } = nv12
    ? { offset: uo + 1, stride: us }
    : (frame.planes[2] ?? frame.planes[0]!);
  const step = nv12 ? 2 : 1;
  const { yScale, yOffset, rv, gu, gv, bu } = yuvCoefficients(frame.matrix, frame.fullRange);
  const rgbaAt = rgbaInner(frame, scale, offset);
  const read = pixelReader(frame);
  const rgb = [0, 0, 0];
  let o = 0;
  for (let v = 0; v < height; v++) {
    let x = a1 * v + a2;
    let y = b1 * v + b2;
    for (let u = 0; u < width; u++, x += a0, y += b0, o += 3) {
      const px = clamp ? (x < 0 ? 0 : x > maxX ? maxX : x) : x;
      const py = clamp ? (y < 0 ? 0 : y > maxY ? maxY : y) : y;
      const x0 = Math.floor(px);
      const y0 = Math.floor(py);
      const fx = px - x0;
      const fy = py - y0;
      if (x0 < -1 || y0 < -1 || x0 >= w || y0 >= h) {
        // Every neighbour outside the frame ('black' only: clamped points never are).
        out[o] = offset;
        out[o + 1] = offset;
        out[o + 2] = offset;
      } else if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
        atEdge(read, w, h, x0, y0, fx, fy, rgb, out, o, scale, offset);
      } else if (yuv) {
        const i = yo + y0 * ys + x0;
        const p00 = data[i]!;
        const p01 = data[i + 1]!;
        const p10 = data[i + ys]!;
        const p11 = data[i + ys + 1]!;
        const top = p00 + (p01 - p00) * fx;
        const bottom = p10 + (p11 - p10) * fx;
        const luma = (top + (bottom - top) * fy - yOffset) * yScale;
        const cx = (x0 >> 1) * step;
        const cy = y0 >> 1;
        const cb = data[uo + cy * us + cx]! - 128;
        const cr = data[vo + cy * vs + cx]! - 128;
        const r = luma + rv * cr;
        const g = luma - gu * cb - gv * cr;
        const b = luma + bu * cb;
        out[o] = (r < 0 ? 0 : r > 255 ? 255 : r) * scale + offset;
        out[o + 1] = (g < 0 ? 0 : g > 255 ? 255 : g) * scale + offset;
        out[o + 2] = (b < 0 ? 0 : b > 255 ? 255 : b) * scale + offset;
      } else {
        rgbaAt(x0, y0, fx, fy, out, o);
      }
    }
  }
}

/** At the border: each neighbour inside the frame weighted bilinearly, one outside adds nothing. */
function atEdge(
  read: PixelReader,
  w: number,
  h: number,
  x0: number,
  y0: number,
  fx: number,
  fy: number,
  rgb: number[],
  out: Float32Array,
  o: number,
  scale: number,
  offset: number,
): void {
  let r = 0;
  let g = 0;
  let b = 0;
  for (let k = 0; k < 4; k++) {
    const px = x0 + (k & 1);
    const py = y0 + (k >> 1);
    if (px < 0 || py < 0 || px >= w || py >= h) continue;
    const weight = (k & 1 ? fx : 1 - fx) * (k >> 1 ? fy : 1 - fy);
    if (weight === 0) continue;
    read(px, py, rgb);
    r += weight * rgb[0]!;
    g += weight * rgb[1]!;
    b += weight * rgb[2]!;
  }
  out[o] = r * scale + offset;
  out[o + 1] = g * scale + offset;
  out[o + 2] = b * scale + offset;
}

type InnerSampler = (
  x0: number,
  y0: number,
  fx: number,
  fy: number,
  out: Float32Array,
  o: number,
) => void;

/** Each of R, G, B interpolated bilinearly (RGBA-like formats, 4 bytes a pixel), then scaled. */
function rgbaInner(frame: FramePlanes, scale: number, offset: number): InnerSampler {
  const { data, planes } = frame;
  const { offset: start, stride: s } = planes[0]!;
  const bgr = frame.format === 'BGRA' || frame.format === 'BGRX';
  return (x0, y0, fx, fy, out, o) => {
    const i = start + y0 * s + 4 * x0;
    for (let c = 0; c < 3; c++) {
      const j = i + (bgr ? 2 - c : c);
      const top = data[j]! + (data[j + 4]! - data[j]!) * fx;
      const bottom = data[j + s]! + (data[j + s + 4]! - data[j + s]!) * fx;
      out[o + c] = (top + (bottom - top) * fy) * scale + offset;
    }
  };
}

type PixelReader = (x: number, y: number, rgb: number[]) => void;

/** Reads one pixel as RGB 0-255 (YUV converted and clamped). */
function pixelReader(frame: FramePlanes): PixelReader {
  const { data, planes } = frame;
  const [p0, p1, p2] = planes;
  if (!p0) throw new RangeError('A frame needs at least one plane.');
  if (frame.format === 'I420' || frame.format === 'NV12') {
    const k = yuvCoefficients(frame.matrix, frame.fullRange);
    const nv12 = frame.format === 'NV12';
    if (!p1 || (!nv12 && !p2))
      throw new RangeError(`A ${frame.format} frame needs its chroma planes.`);
    return (x, y, rgb) => {
      const luma = (data[p0.offset + y * p0.stride + x]! - k.yOffset) * k.yScale;
      const cx = x >> 1;
      const cy = y >> 1;
      let cb: number;
      let cr: number;
      if (nv12) {
        const i = p1.offset + cy * p1.stride + 2 * cx;
        cb = data[i]! - 128;
        cr = data[i + 1]! - 128;
      } else {
        cb = data[p1.offset + cy * p1.stride + cx]! - 128;
        cr = data[p2!.offset + cy * p2!.stride + cx]! - 128;
      }
      rgb[0] = clamp255(luma + k.rv * cr);
      rgb[1] = clamp255(luma - k.gu * cb - k.gv * cr);
      rgb[2] = clamp255(luma + k.bu * cb);
    };
  }
  const bgr = frame.format === 'BGRA' || frame.format === 'BGRX';
  return (x, y, rgb) => {
    const i = p0.offset + y * p0.stride + 4 * x;
    rgb[0] = data[bgr ? i + 2 : i]!;
    rgb[1] = data[i + 1]!;
    rgb[2] = data[bgr ? i : i + 2]!;
  };
}

function clamp255(v: number): number {
  return v < 0 ? 0 : v > 255 ? 255 : v;
}
