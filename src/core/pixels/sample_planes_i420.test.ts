import { describe, expect, it } from 'vitest';
import { indexAffine } from './affine';
import type { FramePlanes } from './frame_planes';
import type { ReadOptions } from './read_options';
import { readTransform } from './read_transform';
import { samplePlanes } from './sample_planes';
import { yuvCoefficients } from './yuv_coefficients';

// samplePlanes on a camera's own format, with varied content (sample_planes.test.ts reads
// one-colour YUV frames and varied RGBA ones).
describe('samplePlanes on an I420 frame', () => {
  it.each([
    {
      why: 'a turned crop inside the frame',
      roi: { cx: 8, cy: 6, width: 8, height: 8, angle: 0.5 },
    },
    { why: 'a crop half outside', roi: { cx: 14, cy: 2, width: 10, height: 10, angle: -0.3 } },
    { why: 'the whole frame', roi: undefined },
  ])(
    'reads each point inside an I420 frame as its bilinear luma and top-left chroma: $why',
    ({ roi }) => {
      // A 16x12 I420 frame of varied bytes (a fixed pseudo-random sequence).
      const [fw, fh] = [16, 12];
      const data = new Uint8Array(fw * fh * 1.5).map((_, i) => (i * 2654435761) >>> 24);
      const planes = [
        { offset: 0, stride: fw },
        { offset: fw * fh, stride: fw / 2 },
        { offset: fw * fh * 1.25, stride: fw / 2 },
      ];
      const frame: FramePlanes = {
        format: 'I420',
        ...{ width: fw, height: fh, data, planes },
        ...{ matrix: 'bt709', fullRange: false },
      };
      const options: ReadOptions = { outputSize: { width: 13, height: 11 }, ...(roi && { roi }) };
      const m = indexAffine(readTransform(frame, options).toFrame);
      const got = new Float32Array(13 * 11 * 3);
      samplePlanes(frame, m, 13, 11, 'black', got);
      const k = yuvCoefficients('bt709', false);
      const clamp = (v: number) => Math.min(255, Math.max(0, v));
      let inside = 0;
      for (let v = 0; v < 11; v++) {
        for (let u = 0; u < 13; u++) {
          const x = m[0] * u + m[1] * v + m[2];
          const y = m[3] * u + m[4] * v + m[5];
          if (x < 0 || y < 0 || x > fw - 1 - 1e-6 || y > fh - 1 - 1e-6) continue;
          inside++;
          const [x0, y0] = [Math.floor(x), Math.floor(y)];
          const at = (px: number, py: number) => data[py * fw + px]!;
          const top = at(x0, y0) + (at(x0 + 1, y0) - at(x0, y0)) * (x - x0);
          const bottom = at(x0, y0 + 1) + (at(x0 + 1, y0 + 1) - at(x0, y0 + 1)) * (x - x0);
          const luma = (top + (bottom - top) * (y - y0) - k.yOffset) * k.yScale;
          const c = (y0 >> 1) * (fw / 2) + (x0 >> 1);
          const cb = data[fw * fh + c]! - 128;
          const cr = data[fw * fh * 1.25 + c]! - 128;
          const rgb = [luma + k.rv * cr, luma - k.gu * cb - k.gv * cr, luma + k.bu * cb].map(clamp);
          const o = (v * 13 + u) * 3;
          rgb.forEach((value, i) => expect(got[o + i]).toBeCloseTo(value, 3));
        }
      }
      expect(inside).toBeGreaterThan(40);
    },
  );
});
